// SPDX-License-Identifier: MIT
#pragma once

#include "startup/StartOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace UserAdmin {

class ApiClient;
class AuditJournal;
class AuthSession;
class MainWindow;
class SignInDialog;
class TokenStore;
struct ApiError;
struct TokenStoreError;

/// Composition of the running program: the API client, the member's session and its token store, the audit
/// journal, the main window and the sign-in dialog. It decides at start whether to use SSO_USER_ADMIN_TOKEN, a
/// stored sign-in or the dialog, and brings the dialog back over the window whenever the session asks for a new
/// sign-in (AuthSession::signInNeeded); the window's work resumes by itself afterwards.
class AppController : public QObject
{
    Q_OBJECT
public:
    /// `store` is used instead of the system keychain and `journal` instead of the one in the data location when
    /// given (tests).
    explicit AppController(StartOptions options,
                           TokenStore* store = nullptr,
                           AuditJournal* journal = nullptr,
                           QObject* parent = nullptr);
    ~AppController() override;

    /// False, with a message on standard error, when the options cannot work (e.g. an unreadable CA file).
    bool start();

    ApiClient* client() const;
    AuthSession* session() const;
    MainWindow* window() const;
    SignInDialog* signInDialog() const;
    AuditJournal* journal() const { return m_journal; }

signals:
    /// The person closed the first sign-in dialog without signing in: the program ends.
    void quitRequested();

private:
    /// `autoStart`: begin the browser sign-in at once (the server was named on the command line, or the open window
    /// needs a new sign-in).
    void showSignIn(const QString& notice, bool reauthenticate, bool autoStart);
    void onSignedIn();
    void openWindow();
    void onSignedOut(const ApiError& logoutError, const TokenStoreError& storeError);
    enum class Deletion { Now, Later };
    /// `Later` whenever the call may come from inside the window or the dialog (a signal of theirs, a job they own).
    void closeWindow(Deletion deletion);
    void showStatus(const QString& text);

    StartOptions m_options;
    QPointer<ApiClient> m_client;
    QPointer<TokenStore> m_store;
    QPointer<AuthSession> m_session;
    std::unique_ptr<AuditJournal> m_ownJournal;
    AuditJournal* m_journal = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    bool m_environmentSession = false; ///< signed in with SSO_USER_ADMIN_TOKEN: nothing is stored or removed
};

} // namespace UserAdmin
