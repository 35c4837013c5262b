// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "audit/AuditJournal.h"
#include "auth/AuthSession.h"
#include "auth/EnvironmentToken.h"
#include "auth/KeychainTokenStore.h"
#include "format/DisplayText.h"
#include "settings/Settings.h"
#include "signin/SignInDialog.h"
#include "startup/ConfigureClient.h"

#include <QLoggingCategory>
#include <QStatusBar>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "useradmin.ui.app")

namespace UserAdmin {

AppController::AppController(StartOptions options, TokenStore* store, AuditJournal* journal, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new ApiClient(this))
    , m_store(store ? store : new KeychainTokenStore(QStringLiteral("sso-user-admin"), this))
    , m_session(new AuthSession(m_client, m_store, this))
    , m_journal(journal)
{
    if (!m_journal) {
        m_ownJournal = std::make_unique<AuditJournal>();
        m_journal = m_ownJournal.get();
    }
    connect(m_session, &AuthSession::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &AuthSession::signedOut, this, &AppController::onSignedOut);
    connect(m_session, &AuthSession::signInNeeded, this, [this](AuthSession::SignInReason reason) {
        if (!m_window)
            return; // the first dialog is already the way in
        showSignIn(reason == AuthSession::SignInReason::RenewalFailed
                       ? tr("Your sign-in could not be renewed. Sign in again to continue; your place is kept.")
                       : tr("The server no longer accepts your sign-in. Sign in again to continue; your place is "
                            "kept."),
                   true,
                   true);
    });
    connect(m_session, &AuthSession::expiryApproaching, this, [this](const QDateTime& expiresAt) {
        showStatus(tr("Your sign-in ends at %1. Sign out and in again before then to avoid an interruption.")
                       .arg(DisplayText::localDateTime(expiresAt)));
    });
    connect(m_session, &AuthSession::storeFailed, this, [this](const TokenStoreError& error) {
        showStatus(tr("The sign-in could not be kept in the system keychain (%1); you will be asked to sign in next "
                      "time.")
                       .arg(error.message));
    });
    connect(m_session, &AuthSession::refreshFailed, this, [this] {
        // A refresh that answered a refused request ends in the dialog instead; this one was ahead of time.
        if (m_session->isSignedIn() && !m_session->isWaitingForSignIn())
            showStatus(tr("Your sign-in could not be renewed; it stays valid until it expires."));
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
    QString error;
    if (!configureClient(*m_client, m_options, &error)) {
        std::fprintf(stderr, "sso-user-admin: %s\n", qPrintable(error));
        return false;
    }

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

    const QString member = m_client->baseUrl().isValid() ? Settings::lastMember(m_client->origin()) : QString();
    if (member.isEmpty()) {
        showSignIn({}, false, m_options.server.isValid());
        return true;
    }
    connect(
        m_session,
        &AuthSession::restoreFinished,
        this,
        [this](bool found, const TokenStoreError& storeError) {
            if (found)
                return; // onSignedIn opens the window
            showSignIn(
                storeError.isError()
                    ? tr("Your saved sign-in could not be read from the system keychain (%1).").arg(storeError.message)
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
    if (m_signIn && m_signIn->isVisible())
        return; // already asking; keep the running sign-in and its notice
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
            else
                m_session->dismissSignInRequest(); // the next refused request asks again
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
    Settings::setLastServerUrl(m_client->baseUrl());
    if (m_session->persistence() == AuthSession::Persistence::Store) {
        Settings::setLastMember(m_client->origin(), m_session->memberEmail());
    } else if (!m_environmentSession) {
        // "Keep me signed in" was unchecked: an older saved sign-in of this member must not come back next time.
        Settings::forgetMember(m_client->origin());
        m_store->remove(m_client->origin(), m_session->memberEmail(), this, [this](const TokenStoreError& error) {
            if (error.isError())
                showStatus(tr("An older saved sign-in could not be removed from the system keychain (%1).")
                               .arg(error.message));
        });
    }
    qCInfo(lcApp) << "signed in";
    if (m_window && m_window->signedInMember().compare(m_session->memberEmail(), Qt::CaseInsensitive) != 0) {
        // Another member signed in over an open window: nothing of the previous one may stay on screen.
        // The dialog that signed in is still on the call stack: it must not die with the old window.
        closeWindow(Deletion::Later);
    }
    if (!m_window)
        openWindow();
    // Otherwise the same member signed in again: the window's refused work runs again on AuthSession::resumed.
}

void AppController::openWindow()
{
    m_window = new MainWindow(m_client, m_session, m_journal);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, m_session, &AuthSession::signOut);
    m_window->show();
    m_window->start(m_options.organization);
    m_options.organization.clear();
}

void AppController::onSignedOut(const ApiError& logoutError, const TokenStoreError& storeError)
{
    if (m_client)
        Settings::forgetMember(m_client->origin());
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
