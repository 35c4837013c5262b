// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace UserAdmin {

class ApiClient;
class AuthSession;
class MainWindow;
class SignInDialog;
class TokenStore;
struct ApiError;
struct TokenStoreError;

/// Start-up choices from the command line.
struct StartOptions
{
    QUrl server; ///< empty: the last server used
    QString organization; ///< slug to open first; empty: the last one used on that server
    bool allowInsecureHttp = false;
    QString caFile;
};

/// Composition of the running program: the API client, the member's session and its token store, the main window
/// and the sign-in dialog; decides at start whether to use SSO_USER_ADMIN_TOKEN, a stored sign-in or the dialog,
/// and brings the dialog back whenever the server stops accepting the session.
class AppController : public QObject
{
    Q_OBJECT
public:
    /// `store` is used instead of the system keychain when given (tests).
    explicit AppController(StartOptions options, TokenStore* store = nullptr, QObject* parent = nullptr);
    ~AppController() override;

    /// False, with a message on standard error, when the options cannot work (e.g. an unreadable CA file).
    bool start();

    ApiClient* client() const;
    AuthSession* session() const;
    MainWindow* window() const;
    SignInDialog* signInDialog() const;

signals:
    /// The person closed the first sign-in dialog without signing in: the program ends.
    void quitRequested();

private:
    /// `autoStart`: begin the browser sign-in at once (the server was named on the command line, or the open window
    /// needs a new sign-in).
    void showSignIn(const QString& notice, bool reauthenticate, bool autoStart);
    void onSignedIn();
    void openWindow();
    void onSignInRequested();
    void onSessionExpired(const ApiError& error);
    void onSignedOut(const ApiError& logoutError, const TokenStoreError& storeError);
    void showReauthentication(const QString& notice);
    enum class Deletion { Now, Later };
    /// `Later` whenever the call may come from inside the window or the dialog (a signal of theirs, a job they own).
    void closeWindow(Deletion deletion);
    void showStatus(const QString& text);

    StartOptions m_options;
    QPointer<ApiClient> m_client;
    QPointer<TokenStore> m_store;
    QPointer<AuthSession> m_session;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    bool m_environmentSession = false; ///< signed in with SSO_USER_ADMIN_TOKEN: nothing is stored or removed
    /// The window asked for a sign-in while the session was refreshing its token: resume it when that works.
    bool m_resumeAfterRefresh = false;
};

} // namespace UserAdmin
