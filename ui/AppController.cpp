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
    connect(m_session, &AuthSession::refreshFailed, this, [this](const ApiError&) {
        showStatus(tr("Your sign-in could not be renewed; it stays valid until it expires."));
    });
}

AppController::~AppController()
{
    closeWindow();
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
    if (m_session->persistence() == AuthSession::Persistence::Store)
        ConnectionSettings::setLastMember(m_client->origin(), m_session->memberEmail());
    qCInfo(lcApp) << "signed in";
    if (m_window) {
        if (m_window->signedInMember().compare(m_session->memberEmail(), Qt::CaseInsensitive) != 0) {
            // Another member signed in over an open window: nothing of the previous one may stay on screen.
            closeWindow();
            openWindow();
            return;
        }
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
    connect(m_window, &MainWindow::signInRequested, this, [this] {
        showSignIn(tr("The server no longer accepts your sign-in. Sign in again to continue; your place is kept."),
                   true,
                   true);
    });
    connect(m_window, &MainWindow::signOutRequested, m_session, &AuthSession::signOut);
    m_window->show();
    m_window->start(m_options.organization);
    m_options.organization.clear();
}

void AppController::onSessionExpired(const ApiError&)
{
    if (m_window)
        showSignIn(tr("Your sign-in has ended. Sign in again to continue; your place is kept."), true, true);
}

void AppController::onSignedOut(const ApiError& logoutError, const TokenStoreError& storeError)
{
    if (m_client)
        ConnectionSettings::forgetMember(m_client->origin());
    closeWindow();
    QString notice = tr("You have signed out.");
    if (logoutError.isError())
        notice += QLatin1Char(' ') + tr("The server could not be told; the session there ends when it expires.");
    if (storeError.isError())
        notice += QLatin1Char(' ')
            + tr("The saved sign-in could not be removed from the system keychain (%1).").arg(storeError.message);
    showSignIn(notice, false, false);
}

void AppController::closeWindow()
{
    if (m_window) {
        MainWindow* window = m_window;
        m_window = nullptr;
        window->saveSettings();
        window->disconnect(this);
        delete window;
    }
}

void AppController::showStatus(const QString& text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text);
}

} // namespace UserAdmin
