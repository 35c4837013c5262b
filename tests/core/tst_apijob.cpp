// SPDX-License-Identifier: MIT
// ApiClient + ApiJob mechanics against sso-dev-server: headers, encoding, errors, retry, timeout, cancel,
// redirects, transport policy. (ListEndUsersJob, GetEndUserJob, RevokeSessionsJob and WhoAmIJob carry the requests.)
#include "DevServer.h"
#include "JobRunner.h"
#include "api/ApiClient.h"
#include "api/GetEndUserJob.h"
#include "api/ListEndUsersJob.h"
#include "api/RevokeSessionsJob.h"
#include "api/WhoAmIJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

class TestApiJob : public QObject
{
    Q_OBJECT
private:
    DevServer m_server {{QStringLiteral("--seed-users"), QStringLiteral("40"), QStringLiteral("--quiet")}};
    std::unique_ptr<ApiClient> m_client;
    QString m_ownerToken;

    QJsonArray requestsTo(const QString& glob, const QString& method = {}) { return m_server.requests(glob, method); }

    QString idOf(const QString& email)
    {
        QString id;
        ApiError error;
        EndUserQuery query;
        query.search = email;
        runJob<ListEndUsersJob>(
            new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), query), error, [&](ListEndUsersJob* job) {
                if (!job->page().users.isEmpty())
                    id = job->page().users.first().id;
            });
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_ownerToken = m_server.tokenFor(QStringLiteral("owner@acme.test"));
        QVERIFY(!m_ownerToken.isEmpty());
    }

    void init()
    {
        m_server.clearFaults();
        m_server.clearRequests();
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server.baseUrl());
        m_client->setAccessToken(m_ownerToken);
        m_client->setRetryBackoff(50ms);
        m_client->setTransferTimeout(5000ms);
    }

    void sendsAcceptAndBearer()
    {
        ApiError error;
        CurrentUser user;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error, [&](WhoAmIJob* job) { user = job->user(); }),
                 1);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QCOMPARE(user.email, QStringLiteral("owner@acme.test"));
        QCOMPARE(user.org, QString());
        const QJsonArray requests = requestsTo(QStringLiteral("/api/user"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[QStringLiteral("authorization")].toString(), QStringLiteral("bearer"));
    }

    void searchValueArrivesIntact_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("plus") << QStringLiteral("john+test@customer.com");
        QTest::newRow("ampersand and quote") << QStringLiteral("o'brien&sons@example.ie");
        QTest::newRow("percent") << QStringLiteral("100%real@example.com");
        QTest::newRow("non-ASCII") << QStringLiteral("zoë.müller@example.de");
        QTest::newRow("markup") << QStringLiteral("<b>bold</b>@markup.example");
    }

    void searchValueArrivesIntact()
    {
        QFETCH(QString, email);
        EndUserQuery query;
        query.search = QStringLiteral("  ") + email + QStringLiteral(" ");
        ApiError error;
        QStringList emails;
        runJob<ListEndUsersJob>(
            new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), query), error, [&](ListEndUsersJob* job) {
                for (const EndUserSummary& user : job->page().users)
                    emails << user.email;
            });
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        const QJsonArray requests = requestsTo(QStringLiteral("/api/organizations/acme-corp/users"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[QStringLiteral("query_items")][QStringLiteral("search")].toString(), email);
        QVERIFY2(emails.contains(email), qPrintable(emails.join(u',')));
    }

    void emptySearchIsOmittedAndLimitClamped_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("sentLimit");
        QTest::addColumn<QString>("sentPage");
        QTest::newRow("too large") << 500 << 1 << QStringLiteral("100") << QStringLiteral("1");
        QTest::newRow("zero") << 0 << 0 << QStringLiteral("1") << QStringLiteral("1");
        QTest::newRow("negative") << -3 << -2 << QStringLiteral("1") << QStringLiteral("1");
        QTest::newRow("normal") << 25 << 2 << QStringLiteral("25") << QStringLiteral("2");
    }

    void emptySearchIsOmittedAndLimitClamped()
    {
        QFETCH(int, limit);
        QFETCH(int, page);
        QFETCH(QString, sentLimit);
        QFETCH(QString, sentPage);
        EndUserQuery query;
        query.limit = limit;
        query.page = page;
        query.search = QStringLiteral("   ");
        ApiError error;
        runJob<ListEndUsersJob>(new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), query), error);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        const QJsonObject items = requestsTo(QStringLiteral("/api/organizations/acme-corp/users"))
                                      .at(0)[QStringLiteral("query_items")]
                                      .toObject();
        QVERIFY(!items.contains(QStringLiteral("search")));
        QCOMPARE(items.value(QStringLiteral("limit")).toString(), sentLimit);
        QCOMPARE(items.value(QStringLiteral("page")).toString(), sentPage);
    }

    void pathSegmentStaysOneSegment_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot-dot slash") << QStringLiteral("../x");
        QTest::newRow("query characters") << QStringLiteral("x?y#z");
    }

    void pathSegmentStaysOneSegment()
    {
        QFETCH(QString, userId);
        ApiError error;
        runJob<GetEndUserJob>(new GetEndUserJob(m_client.get(), QStringLiteral("acme-corp"), userId), error);
        // The end-user handler answered (an unknown route would be an empty 404): the id was one segment.
        QCOMPARE(error.kind, Kind::NotFound);
        QCOMPARE(error.errorCode, QStringLiteral("NOT_FOUND"));
        const QJsonArray requests = requestsTo(QStringLiteral("/api/organizations/acme-corp/users/*"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[QStringLiteral("path")].toString(),
                 QStringLiteral("/api/organizations/acme-corp/users/") + userId);
    }

    void dotSegmentIsRefusedLocally()
    {
        ApiError error;
        QCOMPARE(runJob<GetEndUserJob>(
                     new GetEndUserJob(m_client.get(), QStringLiteral("acme-corp"), QStringLiteral("..")), error),
                 1);
        QCOMPARE(error.kind, Kind::InvalidRequest);
        QCOMPARE(requestsTo(QStringLiteral("/api/*")).size(), 0);
    }

    void errorKinds_data()
    {
        QTest::addColumn<QString>("token"); // "owner", "none", "expired", "long-expired", "nobody", "garbage"
        QTest::addColumn<QString>("slug");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("no token") << QStringLiteral("none") << QStringLiteral("acme-corp") << int(Kind::Unauthorized)
                                  << 401;
        QTest::newRow("garbage token") << QStringLiteral("garbage") << QStringLiteral("acme-corp")
                                       << int(Kind::Unauthorized) << 401;
        QTest::newRow("just expired") << QStringLiteral("expired") << QStringLiteral("acme-corp")
                                      << int(Kind::TokenExpired) << 401;
        QTest::newRow("long expired") << QStringLiteral("long-expired") << QStringLiteral("acme-corp")
                                      << int(Kind::Unauthorized) << 401;
        QTest::newRow("unknown organization")
            << QStringLiteral("owner") << QStringLiteral("no-such-org") << int(Kind::NotFound) << 404;
        QTest::newRow("suspended organization")
            << QStringLiteral("owner") << QStringLiteral("initech") << int(Kind::Forbidden) << 403;
        QTest::newRow("not a member") << QStringLiteral("nobody") << QStringLiteral("acme-corp") << int(Kind::Forbidden)
                                      << 403;
    }

    void errorKinds()
    {
        QFETCH(QString, token);
        QFETCH(QString, slug);
        QFETCH(int, kind);
        QFETCH(int, status);
        if (token == QStringLiteral("none"))
            m_client->setAccessToken(QString());
        else if (token == QStringLiteral("garbage"))
            m_client->setAccessToken(QStringLiteral("not.a.jwt"));
        else if (token == QStringLiteral("expired"))
            m_client->setAccessToken(m_server.tokenFor(QStringLiteral("owner@acme.test"), -5));
        else if (token == QStringLiteral("long-expired"))
            m_client->setAccessToken(m_server.tokenFor(QStringLiteral("owner@acme.test"), -3600));
        else if (token == QStringLiteral("nobody"))
            m_client->setAccessToken(m_server.tokenFor(QStringLiteral("nobody@example.test")));
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedReceived);
        ApiError error;
        runJob<ListEndUsersJob>(new ListEndUsersJob(m_client.get(), slug, EndUserQuery()), error);
        QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(Kind(kind)));
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.serverMessage.isEmpty()); // the server's own words
        QCOMPARE(unauthorized.size(), status == 401 ? 1 : 0);
        if (status == 401)
            QVERIFY(unauthorized.first().at(1).toBool()); // refused with the token still in use
        QCOMPARE(requestsTo(QStringLiteral("/api/*")).size(), 1); // 4xx are not retried
    }

    void brokenBodiesAreDecodingErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }

    void brokenBodiesAreDecodingErrors()
    {
        QFETCH(QString, fault);
        QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                                   {QStringLiteral("kind"), fault}})
                >= 0);
        ApiError error;
        runJob<ListEndUsersJob>(new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), EndUserQuery()),
                                error);
        QCOMPARE(error.kind, Kind::Decoding);
        QVERIFY(error.serverMessage.isEmpty()); // nothing the server said; the problem is in technical
        QVERIFY(!error.technical.isEmpty());
    }

    void getRetriedOnceAfter503()
    {
        QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                                   {QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("status"), 503}})
                >= 0);
        ApiError error;
        int rows = 0;
        int attempts = 0;
        auto* job = new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), EndUserQuery());
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QCOMPARE(runJob<ListEndUsersJob>(job,
                                         error,
                                         [&](ListEndUsersJob* finished) {
                                             rows = int(finished->page().users.size());
                                             attempts = finished->attempts();
                                         }),
                 1);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QVERIFY(rows > 0); // the caller got the data
        QCOMPARE(attempts, 2);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/api/organizations/acme-corp/users"), QStringLiteral("GET")).size(), 2);
    }

    void getRetriedOnlyOnce()
    {
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                           {QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 502},
                           {QStringLiteral("count"), -1}});
        ApiError error;
        runJob<ListEndUsersJob>(new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), EndUserQuery()),
                                error);
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.httpStatus, 502);
        QCOMPARE(requestsTo(QStringLiteral("/api/organizations/acme-corp/users")).size(), 2);
    }

    void getRetriedAfterDroppedConnection()
    {
        // Contract 8.1: the connection closes without an answer.
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                           {QStringLiteral("kind"), QStringLiteral("close")}});
        ApiError error;
        int rows = 0;
        runJob<ListEndUsersJob>(new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), EndUserQuery()),
                                error,
                                [&](ListEndUsersJob* job) { rows = int(job->page().users.size()); });
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QVERIFY(rows > 0);
    }

    void deleteAnswered503IsNotRetried()
    {
        const QString id = idOf(QStringLiteral("forty.sessions@example.com"));
        QVERIFY(!id.isEmpty());
        m_server.clearRequests();
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/*/sessions")},
                           {QStringLiteral("method"), QStringLiteral("DELETE")},
                           {QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 503}});
        ApiError error;
        auto* job = new RevokeSessionsJob(m_client.get(), QStringLiteral("acme-corp"), id);
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QCOMPARE(runJob<RevokeSessionsJob>(job, error), 1);
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(retries.size(), 0);
        // The job is gone (runJob waits for that): nothing is left that could send it again.
        QCOMPARE(requestsTo(QStringLiteral("/api/organizations/acme-corp/users/*/sessions"), QStringLiteral("DELETE"))
                     .size(),
                 1);
    }

    void deleteOnDroppedConnectionIsSentOnceAndOutcomeUnknown()
    {
        const QString id = idOf(QStringLiteral("john@customer.com"));
        QVERIFY(!id.isEmpty());
        m_server.clearRequests();
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/*/sessions")},
                           {QStringLiteral("method"), QStringLiteral("DELETE")},
                           {QStringLiteral("kind"), QStringLiteral("close")}});
        ApiError error;
        bool gotResult = false;
        QCOMPARE(runJob<RevokeSessionsJob>(new RevokeSessionsJob(m_client.get(), QStringLiteral("acme-corp"), id),
                                           error,
                                           [&](RevokeSessionsJob* job) { gotResult = job->succeeded(); }),
                 1);
        // Qt would silently send the DELETE again on a closed connection; the caller would then see
        // "0 revoked". Here the server saw exactly one DELETE and the caller learns the outcome is unknown.
        QVERIFY(!gotResult);
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY(error.outcomeUnknown);
        // Qt re-sends before it reports: had it sent again, the job would not have failed, and the server, which
        // records a dropped request when it drops it, would show two.
        QCOMPARE(requestsTo(QStringLiteral("/api/organizations/acme-corp/users/*/sessions"), QStringLiteral("DELETE"))
                     .size(),
                 1);
    }

    void timeout()
    {
        m_client->setTransferTimeout(300ms);
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("latency")},
                           {QStringLiteral("ms"), 3000}});
        ApiError error;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error), 1);
        // Had the job waited for the answer, it would have succeeded: the kind is the proof, not a stopwatch.
        QCOMPARE(error.kind, Kind::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(QStringLiteral("/api/user")).size(), 1, 6000); // see cancel()
    }

    void cancel()
    {
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("latency")},
                           {QStringLiteral("ms"), 2000}});
        QPointer<WhoAmIJob> job = new WhoAmIJob(m_client.get());
        QSignalSpy finished(job.data(), &ApiJob::finished);
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        QSignalSpy sent(job.data(), &ApiJob::requestSent);
        job->start();
        QVERIFY(sent.wait(5000)); // in flight
        job->cancel();
        job->cancel(); // harmless
        QCOMPARE(finished.size(), 1);
        QCOMPARE(error.kind, Kind::Cancelled);
        QTRY_VERIFY(job.isNull()); // deleted later
        // Let the server finish the abandoned request, so that it does not land in the next test's log.
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(QStringLiteral("/api/user")).size(), 1, 5000);
        QCOMPARE(finished.size(), 1);
    }

    void cancelBeforeStart()
    {
        QPointer<WhoAmIJob> job = new WhoAmIJob(m_client.get());
        QSignalSpy finished(job.data(), &ApiJob::finished);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(requestsTo(QStringLiteral("/api/user")).size(), 0);
    }

    void rateLimitedGetWaitsAndRetries()
    {
        m_client->setMinRateLimitWait(10ms);
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 429},
                           {QStringLiteral("body"), QStringLiteral("Too Many Requests! Wait for 0s")}});
        ApiError error;
        auto* job = new WhoAmIJob(m_client.get());
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QCOMPARE(runJob<WhoAmIJob>(job, error), 1);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(1).value<ApiError>().kind, Kind::RateLimited);
        QCOMPARE(requestsTo(QStringLiteral("/api/user")).size(), 2);
    }

    void rateLimitBeyondBoundReachesCaller()
    {
        m_client->setMaxRateLimitWait(100ms);
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("status"), 429},
                           {QStringLiteral("count"), -1}});
        ApiError error;
        runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error);
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(requestsTo(QStringLiteral("/api/user")).size(), 1);
    }

    void redirectToOtherOriginCarriesNoToken()
    {
        DevServer other({QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")});
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("redirect")},
                           {QStringLiteral("location"), other.url(QStringLiteral("/api/user")).toString()}});
        ApiError error;
        runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error);
        QCOMPARE(error.kind, Kind::Unauthorized); // the other server saw no credentials
        const QJsonArray seen = other.requests(QStringLiteral("/api/user"));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0)[QStringLiteral("authorization")].toString(), QStringLiteral("none"));
    }

    void redirectWithinOriginKeepsToken()
    {
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                           {QStringLiteral("kind"), QStringLiteral("redirect")},
                           {QStringLiteral("status"), 307},
                           {QStringLiteral("location"), QStringLiteral("/api/user")}});
        ApiError error;
        runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        const QJsonArray seen = requestsTo(QStringLiteral("/api/user"));
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(1)[QStringLiteral("authorization")].toString(), QStringLiteral("bearer"));
    }

    void deleteDoesNotFollowRedirects()
    {
        m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/*/sessions")},
                           {QStringLiteral("kind"), QStringLiteral("redirect")},
                           {QStringLiteral("status"), 307},
                           {QStringLiteral("location"), QStringLiteral("/api/user")}});
        ApiError error;
        runJob<RevokeSessionsJob>(
            new RevokeSessionsJob(m_client.get(), QStringLiteral("acme-corp"), QStringLiteral("x")), error);
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus, 307);
        QCOMPARE(requestsTo(QStringLiteral("/api/user")).size(), 0);
    }

    void plainHttpToRemoteHostIsRefused()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://sso.example.invalid")));
        ApiError error;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error), 1);
        QCOMPARE(error.kind, Kind::InsecureTransport);
    }

    void connectionRefusedIsNetworkError()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        ApiError error;
        runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error);
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY(!error.outcomeUnknown);
    }

    void tlsErrorsAreReported()
    {
        // The dev server speaks plain http: an https handshake against it must fail, never be ignored.
        QUrl url = m_server.baseUrl();
        url.setScheme(QStringLiteral("https"));
        m_client->setBaseUrl(url);
        ApiError error;
        runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error);
        QVERIFY(error.kind == Kind::Tls || error.kind == Kind::Network);
        QCOMPARE(requestsTo(QStringLiteral("/api/user")).size(), 0);
    }

    void caFileErrors()
    {
        QString message;
        QVERIFY(!m_client->setCaFile(QStringLiteral("/nonexistent/ca.pem"), &message));
        QVERIFY(message.contains(QStringLiteral("/nonexistent/ca.pem")));
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("not a certificate");
        notPem.close();
        QVERIFY(!m_client->setCaFile(notPem.fileName(), &message));
    }
};

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
