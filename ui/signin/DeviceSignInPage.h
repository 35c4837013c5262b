// SPDX-License-Identifier: MIT
#pragma once

#include "api/DeviceClient.h"
#include "auth/DeviceFlow.h"
#include "signin/SignInPage.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace UserAdmin {

/// Sign-in through the browser (device authorization, contracts 4.1 and 9.5): the code shown large, "Open
/// browser", polling progress with its countdown, "Check now". Under Advanced, which client asks for the code: the
/// platform's own (for platform owners on a 2026 server) or an organization's desktop sign-in service; kept per
/// server once the server accepted it.
class DeviceSignInPage : public SignInPage
{
    Q_OBJECT
public:
    explicit DeviceSignInPage(ApiClient* client, QWidget* parent = nullptr);
    ~DeviceSignInPage() override;

    void activate() override;
    void abandon() override;
    void sessionRefused() override;
    void startFromServerField() override { start(); }
    void serverChanged(const QString& origin) override;

    /// Requests a code and waits for its approval.
    void start();
    /// The member's code of the running flow (tests read it to approve it).
    QString userCode() const;
    /// The client the next code is asked for, as the Advanced fields say.
    DeviceClient deviceClient() const;

private:
    void onCodeReceived(const DeviceAuthorization& authorization);
    void onSucceeded(const TokenResponse& tokens);
    void onFailed(DeviceFlow::Failure failure, const ApiError& error);
    void onPollScheduled(std::chrono::milliseconds delay);
    void updateCountdown();
    void openVerificationPage();
    /// The address "Open browser" opens: the complete verification address when the server sent one.
    static QUrl pageToOpen(const DeviceAuthorization& authorization);
    void stopFlow();
    /// Back to "no code": hides the code and its buttons and offers "Get a new code".
    void reset();
    void setBusy(bool busy, const QString& status = {});
    void showAdvanced(bool show);
    void setDeviceClient(const DeviceClient& deviceClient);

    QPointer<DeviceFlow> m_flow;
    QString m_origin;
    QLabel* m_userCode = nullptr;
    QLabel* m_verificationUri = nullptr;
    QPushButton* m_startDevice = nullptr;
    QPushButton* m_copyCode = nullptr;
    QPushButton* m_openBrowser = nullptr;
    QPushButton* m_checkNow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QGroupBox* m_advanced = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_service = nullptr;
    QTimer m_countdown;
    QDateTime m_nextPollAt;
};

} // namespace UserAdmin
