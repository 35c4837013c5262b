// SPDX-License-Identifier: MIT
#pragma once

#include "api/TokenResponse.h"
#include "auth/AuthSession.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace UserAdmin {

class ApiClient;
class DeviceSignInPage;
class PasswordSignInPage;
class SignInPage;
class TokenSignInPage;

/// Signs the member in, in one of three ways, each a page: the browser (device authorization), email and password
/// with the verification code of MFA, or a pasted access token. The dialog holds the server address and the
/// choice of way (remembered per server); the address rules are ServerAddress's, the flows the pages' and
/// AuthSession's, the sentences ErrorPresenter's. Errors appear inline; the dialog stays open until the session
/// accepted a token or the person cancels.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    /// The ways, in the order of the tabs.
    enum class Method { Device, Password, Token };
    Q_ENUM(Method)

    SignInDialog(ApiClient* client, AuthSession* session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QUrl& url);
    /// The server as typed, turned into a URL (ServerAddress); empty when nothing usable was typed.
    QUrl serverUrl() const;
    /// False while re-authenticating an open window: the server cannot change under it.
    void setServerEditable(bool editable);
    /// A line above everything, e.g. why sign-in is needed again.
    void setNotice(const QString& text);
    /// Starts the device flow as soon as the dialog is shown (when the server URL is usable and the browser is the
    /// way chosen).
    void setAutoStart(bool autoStart) { m_autoStart = autoStart; }

    Method method() const;
    void setMethod(Method method);
    /// The member's code of the running device flow (tests read it to approve it).
    QString userCode() const;

protected:
    void showEvent(QShowEvent* event) override;
    void reject() override;

private:
    void buildUi();
    /// Takes the address as typed for the next request; false (and says why) when it is not usable.
    bool prepare();
    void onServerEdited();
    void onTokensReceived(SignInPage* page, const TokenResponse& tokens, AuthSession::Persistence persistence);
    SignInPage* currentPage() const;
    void showError(const QString& text);

    QPointer<ApiClient> m_client;
    QPointer<AuthSession> m_session;
    bool m_autoStart = false;
    bool m_autoStarted = false;
    QString m_origin; ///< the origin the pages were last told about

    QLabel* m_notice = nullptr;
    QLineEdit* m_server = nullptr;
    QTabWidget* m_methods = nullptr;
    DeviceSignInPage* m_device = nullptr;
    PasswordSignInPage* m_password = nullptr;
    TokenSignInPage* m_token = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_cancel = nullptr;
    int m_shownPage = 0;
};

} // namespace UserAdmin
