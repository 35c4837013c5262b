// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/AuthSession.h"
#include "auth/EnvironmentToken.h"
#include "auth/KeychainTokenStore.h"
#include "format/DisplayText.h"
#include "settings/ConnectionSettings.h"
#include "signin/SignInDialog.h"

#include <QLoggingCategory>
#include <QStatusBar>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "useradmin.ui.app")

namespace UserAdmin {

AppController::AppController(StartOptions options, TokenStore* store, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new ApiClient(this))
    , m_store(store ? store : new KeychainTokenStore(QStringLiteral("sso-user-admin"), this))
    , m_session(new AuthSession(m_client, m_store, this))
{
    connect(m_session, &AuthSession::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &AuthSession::sessionExpired, this, &AppController::onSessionExpired);
    connect(m_session, &AuthSession::signedOut, this, &AppController::onSignedOut);
    connect(m_session, &AuthSession::expiryApproaching, this, [this](const QDateTime& expiresAt) {
        showStatus(tr("Your sign-in ends at %1. Sign out and in again before then to avoid an interruption.")
                       .arg(DisplayText::localDateTime(expiresAt)));
    });
    connect(m_session, &AuthSession::storeFailed, this, [this](const TokenStoreError& error) {
        showStatus(tr("The sign-in could not be kept in the system keychain (%1); you will be asked to sign in next "
                      "time.")
                       .arg(error.message));
    });
    connect(m_session, &AuthSession::refreshFailed, this, [this](const ApiError& error) {
        if (m_resumeAfterRefresh && m_window) {
            // The window is waiting for this refresh. If it needs a new sign-in, sessionExpired() follows and
            // opens the dialog; any other failure (network, rate limit) would leave the window waiting forever.
            if (!error.needsAuthentication()) {
                m_resumeAfterRefresh = false;
                showReauthentication(
                    tr("Your sign-in could not be renewed. Sign in again to continue; your place is kept."));
            }
            return;
        }
        showStatus(tr("Your sign-in could not be renewed; it stays valid until it expires."));
    });
    connect(m_session, &AuthSession::refreshed, this, [this] {
        if (m_resumeAfterRefresh && m_window) {
            m_resumeAfterRefresh = false;
            m_window->resumeAfterSignIn();
        }
    });
    // After the person cancelled a re-authentication, the window stops asking (it waits for resumeAfterSignIn()), and
    // a session without a token no longer reports expiry: the next 401 brings the dialog back here.
    connect(m_client, &ApiClient::unauthorizedReceived, this, [this] {
        if (m_window && !m_session->isRefreshing() && !m_resumeAfterRefresh && !(m_signIn && m_signIn->isVisible()))
            showReauthentication(tr("The server no longer accepts your sign-in. Sign in again to continue; your "
                                    "place is kept."));
    });
}

AppController::~AppController()
{
    delete m_signIn.data(); // a top-level dialog (first sign-in, after sign-out) has no other owner
    closeWindow(Deletion::Now);
}

ApiClient* AppController::client() const
{
    return m_client;
}

AuthSession* AppController::session() const
{
    return m_session;
}

MainWindow* AppController::window() const
{
    return m_window;
}

SignInDialog* AppController::signInDialog() const
{
    return m_signIn;
}

bool AppController::start()
{
    m_client->setAllowInsecureHttp(m_options.allowInsecureHttp);
    if (!m_options.caFile.isEmpty()) {
        QString error;
        if (!m_client->setCaFile(m_options.caFile, &error)) {
            std::fprintf(stderr, "sso-user-admin: --ca-file: %s\n", qPrintable(error));
            return false;
        }
    }
    const QUrl server = m_options.server.isValid() ? m_options.server : ConnectionSettings::lastServerUrl();
    if (server.isValid() && !server.host().isEmpty())
        m_client->setBaseUrl(server);

    if (EnvironmentToken::read()) {
        m_environmentSession = true;
        if (m_client->baseUrl().isValid() && m_session->useEnvironmentToken())
            return true; // onSignedIn opens the window
        showSignIn(
            tr("The access token in %1 could not be used; sign in instead.").arg(EnvironmentToken::variableName()),
            false,
            false);
        return true;
    }

    const QString member =
        m_client->baseUrl().isValid() ? ConnectionSettings::lastMember(m_client->origin()) : QString();
    if (member.isEmpty()) {
        showSignIn({}, false, m_options.server.isValid());
        return true;
    }
    connect(
        m_session,
        &AuthSession::restoreFinished,
        this,
        [this](bool found, const TokenStoreError& error) {
            if (found)
                return; // onSignedIn opens the window
            showSignIn(
                error.isError()
                    ? tr("Your saved sign-in could not be read from the system keychain (%1).").arg(error.message)
                    : QString(),
                false,
                m_options.server.isValid());
        },
        Qt::SingleShotConnection);
    m_session->restore(member);
    return true;
}

void AppController::showSignIn(const QString& notice, bool reauthenticate, bool autoStart)
{
    m_environmentSession = false; // whatever signs in through the dialog is the person's own choice
    if (m_signIn && !m_signIn->testAttribute(Qt::WA_DeleteOnClose)) {
        // Closed already and only waiting for its deferred deletion: never show that one again.
        m_signIn->disconnect(this);
        m_signIn = nullptr;
    }
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_client, m_session, m_window);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &QDialog::rejected, this, [this] {
            if (!m_window)
                emit quitRequested();
        });
    }
    if (m_client->baseUrl().isValid())
        m_signIn->setServerUrl(m_client->baseUrl());
    m_signIn->setServerEditable(!reauthenticate);
    m_signIn->setNotice(notice);
    m_signIn->setAutoStart(autoStart);
    m_signIn->setWindowModality(m_window ? Qt::WindowModal : Qt::NonModal);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void AppController::onSignedIn()
{
    ConnectionSettings::setLastServerUrl(m_client->baseUrl());
    if (m_session->persistence() == AuthSession::Persistence::Store) {
        ConnectionSettings::setLastMember(m_client->origin(), m_session->memberEmail());
    } else if (!m_environmentSession) {
        // "Keep me signed in" was unchecked: an older saved sign-in of this member must not come back next time.
        ConnectionSettings::forgetMember(m_client->origin());
        m_store->remove(m_client->origin(), m_session->memberEmail(), this, [this](const TokenStoreError& error) {
            if (error.isError())
                showStatus(tr("An older saved sign-in could not be removed from the system keychain (%1).")
                               .arg(error.message));
        });
    }
    qCInfo(lcApp) << "signed in";
    if (m_window) {
        if (m_window->signedInMember().compare(m_session->memberEmail(), Qt::CaseInsensitive) != 0) {
            // Another member signed in over an open window: nothing of the previous one may stay on screen.
            // The dialog that signed in is still on the call stack: it must not die with the old window.
            closeWindow(Deletion::Later);
            openWindow();
            return;
        }
        m_resumeAfterRefresh = false;
        m_window->resumeAfterSignIn();
        return;
    }
    openWindow();
}

void AppController::openWindow()
{
    m_window = new MainWindow(m_client);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->setSignedInMember(m_session->memberEmail());
    connect(m_window, &MainWindow::signInRequested, this, &AppController::onSignInRequested);
    connect(m_window, &MainWindow::signOutRequested, m_session, &AuthSession::signOut);
    m_window->show();
    m_window->start(m_options.organization);
    m_options.organization.clear();
}

void AppController::onSignInRequested()
{
    if (m_session->isRefreshing()) {
        // The 401 started a refresh (the session saw it first): the window resumes if it works, and
        // sessionExpired() opens the dialog if it does not.
        m_resumeAfterRefresh = true;
        return;
    }
    showReauthentication(
        tr("The server no longer accepts your sign-in. Sign in again to continue; your place is kept."));
}

void AppController::onSessionExpired(const ApiError&)
{
    m_resumeAfterRefresh = false;
    if (m_window)
        showReauthentication(tr("Your sign-in has ended. Sign in again to continue; your place is kept."));
}

void AppController::showReauthentication(const QString& notice)
{
    if (m_signIn && m_signIn->isVisible())
        return; // already asking; keep the running device flow and its notice
    showSignIn(notice, true, true);
}

void AppController::onSignedOut(const ApiError& logoutError, const TokenStoreError& storeError)
{
    if (m_client)
        ConnectionSettings::forgetMember(m_client->origin());
    m_resumeAfterRefresh = false;
    closeWindow(Deletion::Later); // may run inside the window's own "Sign out" action
    QString notice = tr("You have signed out.");
    if (logoutError.isError())
        notice += QLatin1Char(' ') + tr("The server could not be told; the session there ends when it expires.");
    if (storeError.isError())
        notice += QLatin1Char(' ')
            + tr("The saved sign-in could not be removed from the system keychain (%1).").arg(storeError.message);
    showSignIn(notice, false, false);
}

void AppController::closeWindow(Deletion deletion)
{
    if (!m_window)
        return;
    MainWindow* window = m_window;
    m_window = nullptr;
    if (m_signIn && m_signIn->parentWidget() == window) {
        // The dialog outlives the window it was shown over (it may be the one that just signed in).
        m_signIn->hide();
        m_signIn->setParent(nullptr, Qt::Dialog);
    }
    window->saveSettings();
    window->disconnect(this);
    if (deletion == Deletion::Now) {
        delete window;
        return;
    }
    window->setAttribute(Qt::WA_DeleteOnClose, false); // hide, no close event: the window must not save twice
    window->hide();
    window->deleteLater();
}

void AppController::showStatus(const QString& text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text);
}

} // namespace UserAdmin
