// SPDX-License-Identifier: MIT
// AuthSession against sso-dev-server with an in-memory TokenStore: paste-a-token, persistence, restore,
// refresh (single flight, rotation), expiry warning, 401 handling, sign-out, SSO_USER_ADMIN_TOKEN.
#include "DevServer.h"
#include "TokenStoreChecks.h"
#include "api/ApiClient.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;

class TestAuthSession : public QObject
{
    Q_OBJECT
private:
    DevServer m_server {{QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")}};
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthSession> m_session;

    TokenResponse tokensFor(const QString& email, int expiresIn = 3600, bool refresh = true)
    {
        const QJsonObject json = m_server.tokensFor(email, expiresIn, refresh);
        return {json[QStringLiteral("access_token")].toString(), json[QStringLiteral("refresh_token")].toString(), {}};
    }

    int status(const QString& path, const QString& token) { return m_server.send("GET", path, token).status; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_server.clearRequests();
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server.baseUrl());
        m_store = std::make_unique<MemoryTokenStore>();
        m_session = std::make_unique<AuthSession>(m_client.get(), m_store.get());
    }

    void cleanup()
    {
        m_session.reset();
        qunsetenv("SSO_USER_ADMIN_TOKEN");
    }

    void pastedTokenIsUsedAndStored()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        const TokenResponse tokens = tokensFor(QStringLiteral("owner@acme.test"), 3600, false);
        QVERIFY(m_session->signIn(tokens));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(m_session->memberEmail(), QStringLiteral("owner@acme.test"));
        QVERIFY(!m_session->memberId().isEmpty());
        QVERIFY(!m_session->hasRefreshToken());
        QCOMPARE(m_client->accessToken(), tokens.accessToken);
        QTRY_VERIFY(m_store->contains(m_client->origin(), QStringLiteral("owner@acme.test")));
    }

    void rejectsNonJwtAndExpired()
    {
        QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
        QVERIFY(!m_session->signIn({QStringLiteral("hello"), {}, {}}));
        QVERIFY(!m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"), -10, false)));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(0).value<AuthSession::SignInFailure>(), AuthSession::SignInFailure::NotAJwt);
        QCOMPARE(failed.at(1).at(0).value<AuthSession::SignInFailure>(), AuthSession::SignInFailure::Expired);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasAccessToken());
    }

    void restoreFromStore()
    {
        TokenStoreChecks(*m_store).write(m_client->origin(),
                                         QStringLiteral("admin@acme.test"),
                                         {tokensFor(QStringLiteral("admin@acme.test")).accessToken, {}, {}});
        QSignalSpy restored(m_session.get(), &AuthSession::restoreFinished);
        m_session->restore(QStringLiteral("admin@acme.test"));
        QTRY_COMPARE(restored.size(), 1);
        QVERIFY(restored.at(0).at(0).toBool());
        QCOMPARE(m_session->memberEmail(), QStringLiteral("admin@acme.test"));
        QCOMPARE(status(QStringLiteral("/api/user"), m_client->accessToken()), 200);

        AuthSession other(m_client.get(), m_store.get());
        QSignalSpy none(&other, &AuthSession::restoreFinished);
        other.restore(QStringLiteral("member@acme.test"));
        QTRY_COMPARE(none.size(), 1);
        QVERIFY(!none.at(0).at(0).toBool());
    }

    void storeFailuresReachTheCaller()
    {
        m_store->setFailure({TokenStoreError::Kind::NoBackend, QStringLiteral("no secret service")});
        QSignalSpy storeFailed(m_session.get(), &AuthSession::storeFailed);
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"))));
        QTRY_COMPARE(storeFailed.size(), 1);
        QCOMPARE(storeFailed.at(0).at(0).value<TokenStoreError>().kind, TokenStoreError::Kind::NoBackend);
        QVERIFY(m_session->isSignedIn()); // the session goes on in memory
        QSignalSpy restored(m_session.get(), &AuthSession::restoreFinished);
        m_session->restore(QStringLiteral("owner@acme.test"));
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.at(0).at(1).value<TokenStoreError>().message, QStringLiteral("no secret service"));
    }

    void refreshIsSingleFlightAndRotates()
    {
        const TokenResponse first = tokensFor(QStringLiteral("owner@acme.test"));
        QVERIFY(!first.refreshToken.isEmpty());
        QVERIFY(m_session->signIn(first));
        QVERIFY(m_session->hasRefreshToken());
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        m_session->refresh();
        m_session->refresh();
        QVERIFY(m_session->isRefreshing());
        QVERIFY(refreshed.wait(10000));
        // The second call found the first under way and sent nothing.
        QCOMPARE(m_server.requests(QStringLiteral("/api/auth/refresh")).size(), 1);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(m_client->accessToken() != first.accessToken);
        QCOMPARE(status(QStringLiteral("/api/user"), m_client->accessToken()), 200);
        QCOMPARE(status(QStringLiteral("/api/user"), first.accessToken), 401); // rotation ended the old one
        // Stored before it was used: already there when refreshed() fired.
        QCOMPARE(
            TokenStoreChecks(*m_store).read(m_client->origin(), QStringLiteral("owner@acme.test")).first->accessToken,
            m_client->accessToken());
    }

    void unauthorizedWithoutRefreshTokenAsksOnceForSignIn()
    {
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"), 3600, false)));
        QSignalSpy needed(m_session.get(), &AuthSession::signInNeeded);
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        m_client->reportUnauthorized(error, m_client->tokenGeneration());
        m_client->reportUnauthorized(error, m_client->tokenGeneration()); // list and detail refused together
        QCOMPARE(needed.size(), 1);
        QCOMPARE(needed.first().first().value<AuthSession::SignInReason>(), AuthSession::SignInReason::SessionEnded);
        QVERIFY(m_session->isWaitingForSignIn());
        // Dismissed: the next refusal asks again.
        m_session->dismissSignInRequest();
        m_client->reportUnauthorized(error, m_client->tokenGeneration());
        QCOMPARE(needed.size(), 2);
        // A new sign-in resumes the refused work.
        QSignalSpy resumed(m_client.get(), &ApiClient::resumed);
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"), 3600, false)));
        QVERIFY(resumed.wait(5000));
        QVERIFY(!m_session->isWaitingForSignIn());
    }

    void unauthorizedWithRefreshTokenRefreshesAndResumes()
    {
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"))));
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        QSignalSpy resumed(m_client.get(), &ApiClient::resumed);
        QSignalSpy needed(m_session.get(), &AuthSession::signInNeeded);
        ApiError error;
        error.kind = ApiError::Kind::TokenExpired;
        m_client->reportUnauthorized(error, m_client->tokenGeneration());
        QVERIFY(resumed.wait(10000));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(needed.size(), 0);
        QCOMPARE(m_server.requests(QStringLiteral("/api/auth/refresh")).size(), 1);
    }

    void unauthorizedForAReplacedTokenOnlyResumes()
    {
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"))));
        const quint64 before = m_client->tokenGeneration();
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"))));
        QSignalSpy resumed(m_client.get(), &ApiClient::resumed);
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        m_client->reportUnauthorized(error, before); // raced with the token change
        QVERIFY(resumed.wait(5000));
        QVERIFY(m_server.requests(QStringLiteral("/api/auth/refresh")).isEmpty());
    }

    void failedRefreshEndsTheSession()
    {
        TokenResponse tokens = tokensFor(QStringLiteral("owner@acme.test"));
        tokens.refreshToken = QStringLiteral("00000000-0000-4000-8000-000000000000");
        QVERIFY(m_session->signIn(tokens));
        QSignalSpy needed(m_session.get(), &AuthSession::signInNeeded);
        m_session->refresh();
        QVERIFY(needed.wait(10000));
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasAccessToken());
    }

    void warnsBeforeExpiry()
    {
        m_session->setExpiryWarningLead(3595s);
        QSignalSpy warning(m_session.get(), &AuthSession::expiryApproaching);
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"), 3600, false)));
        QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, 10000);
        QVERIFY(warning.at(0).at(0).toDateTime() > QDateTime::currentDateTimeUtc());
    }

    void shortLivedTokenIsNotRefreshedAtOnce()
    {
        // The default refresh lead (5 min) is longer than this token's life: refreshing "5 min before exp"
        // would mean refreshing at once, and again after every refresh. Half the lifetime is the most it leads by.
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"), 60, true)));
        const QDateTime due = m_session->refreshScheduledAt();
        QVERIFY(due.isValid());
        const QDateTime expires = *m_session->claims()->expiresAt;
        const QDateTime issued = *m_session->claims()->issuedAt;
        QVERIFY2(due >= expires.addSecs(-issued.secsTo(expires) / 2).addSecs(-1),
                 qPrintable(due.toString(Qt::ISODate)));
        QVERIFY(due > before);
    }

    void signOutLogsOutThenRemovesTheStoredToken()
    {
        const TokenResponse tokens = tokensFor(QStringLiteral("owner@acme.test"));
        QVERIFY(m_session->signIn(tokens));
        QTRY_VERIFY(m_store->contains(m_client->origin(), QStringLiteral("owner@acme.test")));
        QSignalSpy signedOut(m_session.get(), &AuthSession::signedOut);
        m_session->signOut();
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(!signedOut.at(0).at(0).value<ApiError>().isError());
        QVERIFY(!signedOut.at(0).at(1).value<TokenStoreError>().isError());
        QCOMPARE(m_server.requests(QStringLiteral("/api/auth/logout"), QStringLiteral("POST")).size(), 1);
        QCOMPARE(
            m_server.requests(QStringLiteral("/api/auth/logout")).at(0)[QStringLiteral("authorization")].toString(),
            QStringLiteral("bearer"));
        QVERIFY(!m_store->contains(m_client->origin(), QStringLiteral("owner@acme.test")));
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasAccessToken());
        QCOMPARE(status(QStringLiteral("/api/user"), tokens.accessToken), 401); // the server session is gone
    }

    void signOutWipesLocallyEvenWhenLogoutFails()
    {
        QVERIFY(m_session->signIn(tokensFor(QStringLiteral("owner@acme.test"))));
        QTRY_VERIFY(m_store->contains(m_client->origin(), QStringLiteral("owner@acme.test")));
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/auth/logout")},
                           {QStringLiteral("kind"), QStringLiteral("close")}});
        QSignalSpy signedOut(m_session.get(), &AuthSession::signedOut);
        m_session->signOut();
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(signedOut.at(0).at(0).value<ApiError>().isError());
        QVERIFY(!m_store->contains(m_client->origin(), QStringLiteral("owner@acme.test")));
        m_server.clearFaults();
    }

    void environmentTokenIsNeverStored()
    {
        qputenv("SSO_USER_ADMIN_TOKEN",
                tokensFor(QStringLiteral("member@acme.test"), 3600, false).accessToken.toLatin1());
        QVERIFY(m_session->useEnvironmentToken());
        QCOMPARE(m_session->memberEmail(), QStringLiteral("member@acme.test"));
        QCOMPARE(m_session->persistence(), AuthSession::Persistence::SessionOnly);
        QCOMPARE(m_store->entryCount(), 0); // MemoryTokenStore stores synchronously: nothing was written
        qunsetenv("SSO_USER_ADMIN_TOKEN");
        AuthSession other(m_client.get(), m_store.get());
        QVERIFY(!other.useEnvironmentToken());
    }

    // Issue 14: a token with a line break is refused wherever it enters, before anything is sent.
    void tokensWithLineBreaksAreRefusedWhereverTheyEnter()
    {
        const QString injected =
            tokensFor(QStringLiteral("owner@acme.test"), 3600, false).accessToken + QStringLiteral("\r\nX-Injected: 1");
        QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
        m_session->signInWithPastedToken(injected, AuthSession::Persistence::SessionOnly);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<AuthSession::SignInFailure>(), AuthSession::SignInFailure::InvalidCharacters);
        QVERIFY(!m_session->signIn({injected, {}, {}}));
        QCOMPARE(failed.at(1).at(0).value<AuthSession::SignInFailure>(), AuthSession::SignInFailure::InvalidCharacters);
        qputenv("SSO_USER_ADMIN_TOKEN", injected.toLatin1());
        QVERIFY(!m_session->useEnvironmentToken());
        qunsetenv("SSO_USER_ADMIN_TOKEN");
        StoredTokens stored;
        stored.accessToken = injected;
        m_store->write(
            m_client->origin(), QStringLiteral("owner@acme.test"), stored, this, [](const TokenStoreError&) {});
        QSignalSpy restored(m_session.get(), &AuthSession::restoreFinished);
        m_session->restore(QStringLiteral("owner@acme.test"));
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.at(0).at(0).toBool(), false);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasAccessToken());
        QVERIFY(m_server.requests(QStringLiteral("/api/user")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"
