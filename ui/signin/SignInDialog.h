// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "auth/DeviceFlow.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace UserAdmin {

class ApiClient;
class AuthSession;

/// Signs the member in: the device authorization flow (code shown large, "Open browser", polling progress,
/// "Check now", Cancel) or a pasted access token. It holds widgets and page state only: the server address rules
/// are ServerAddress's, the flows DeviceFlow's and AuthSession's, the sentences ErrorPresenter's. Errors appear
/// inline; the dialog stays open until the session accepted a token or the person cancels.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(ApiClient* client, AuthSession* session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QUrl& url);
    /// The server as typed, turned into a URL (ServerAddress); empty when nothing usable was typed.
    QUrl serverUrl() const;
    /// False while re-authenticating an open window: the server cannot change under it.
    void setServerEditable(bool editable);
    /// A line above everything, e.g. why sign-in is needed again.
    void setNotice(const QString& text);
    /// Starts the device flow as soon as the dialog is shown (when the server URL is usable).
    void setAutoStart(bool autoStart) { m_autoStart = autoStart; }

    /// The member's code of the running device flow (tests read it to approve it).
    QString userCode() const;

protected:
    void showEvent(QShowEvent* event) override;
    void reject() override;

private:
    void buildUi();
    bool applyServerUrl();
    void startDeviceFlow();
    void cancelDeviceFlow();
    void onCodeReceived(const DeviceAuthorization& authorization);
    void onDeviceSucceeded(const TokenResponse& tokens);
    /// Back to "no code": hides the code and its buttons and offers "Get a new code".
    void resetDevicePage();
    void onDeviceFailed(DeviceFlow::Failure failure, const ApiError& error);
    void onPollScheduled(std::chrono::milliseconds delay);
    void updateCountdown();
    void signInWithPastedToken();
    void openVerificationPage();
    void showTokenPage(bool show);
    void showError(const QString& text);
    void clearError();
    void setBusy(bool busy, const QString& status = {});

    QPointer<ApiClient> m_client;
    QPointer<AuthSession> m_session;
    QPointer<DeviceFlow> m_flow;
    bool m_autoStart = false;
    bool m_autoStarted = false;

    QLabel* m_notice = nullptr;
    QLineEdit* m_server = nullptr;
    QStackedWidget* m_pages = nullptr;
    // device flow page
    QLabel* m_deviceIntro = nullptr;
    QLabel* m_userCode = nullptr;
    QPushButton* m_copyCode = nullptr;
    QLabel* m_verificationUri = nullptr;
    QPushButton* m_openBrowser = nullptr;
    QPushButton* m_startDevice = nullptr;
    QPushButton* m_checkNow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_useToken = nullptr;
    // token page
    QLineEdit* m_token = nullptr;
    QCheckBox* m_rememberToken = nullptr;
    QPushButton* m_signInWithToken = nullptr;
    QPushButton* m_useDevice = nullptr;

    QLabel* m_error = nullptr;
    QPushButton* m_cancel = nullptr;

    QTimer m_countdown;
    QDateTime m_nextPollAt;
};

} // namespace UserAdmin
