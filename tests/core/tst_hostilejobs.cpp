// SPDX-License-Identifier: MIT
// The jobs against a hostile sso-dev-server (issue 14): answers too large to read, paging the contract does not
// allow, more rows than the page holds, and a token that would inject a header line.
#include "DevServer.h"
#include "JobRunner.h"
#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "api/WhoAmIJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using Kind = ApiError::Kind;

namespace {
const QString UsersPath = QStringLiteral("/api/organizations/acme-corp/users");
} // namespace

class TestHostileJobs : public QObject
{
    Q_OBJECT
private:
    DevServer m_server {{QStringLiteral("--seed-users"), QStringLiteral("30"), QStringLiteral("--quiet")}};
    std::unique_ptr<ApiClient> m_client;

    std::optional<EndUserPage> list(ApiError& error, qint64 limit = 50)
    {
        EndUserQuery query;
        query.limit = limit;
        std::optional<EndUserPage> page;
        runJob<ListEndUsersJob>(
            new ListEndUsersJob(m_client.get(), QStringLiteral("acme-corp"), query),
            error,
            [&](ListEndUsersJob* job) {
                if (job->succeeded())
                    page = job->page();
            },
            60000);
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server.baseUrl());
        m_client->setAccessToken(m_server.tokenFor(QStringLiteral("owner@acme.test")));
        m_client->setRetryBackoff(std::chrono::milliseconds(10));
    }
    void init() { m_server.clearFaults(); }
    void cleanup() { m_server.clearFaults(); }

    // 6. A 20 MB answer is abandoned at 8 MiB, with an error that says so.
    void hugeListAnswerIsAbandoned()
    {
        QVERIFY(
            m_server.addFault({{QStringLiteral("path"), UsersPath}, {QStringLiteral("kind"), QStringLiteral("huge")}})
            > 0);
        ApiError error;
        QVERIFY(!list(error));
        QCOMPARE(error.kind, Kind::Decoding);
        QCOMPARE(error.bodyLimit, ApiRequest::ListBodyLimit);
        QCOMPARE(error.httpStatus, 200);
        // It works again once the fault is gone.
        QVERIFY(list(error));
    }

    void gzipBombIsAbandoned()
    {
        QVERIFY(
            m_server.addFault({{QStringLiteral("path"), UsersPath}, {QStringLiteral("kind"), QStringLiteral("gzip")}})
            > 0);
        ApiError error;
        QVERIFY(!list(error));
        // Either Qt inflates it (then the limit stops it at 8 MiB) or it hands over the compressed bytes (then
        // they are not JSON): never 1 GiB in memory, and always a decoding error.
        QCOMPARE(error.kind, Kind::Decoding);
    }

    void authAnswersHaveASmallerLimit()
    {
        QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                                   {QStringLiteral("kind"), QStringLiteral("huge")},
                                   {QStringLiteral("bytes"), 2 * 1024 * 1024}})
                > 0);
        ApiError error;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(m_client.get()), error), 1);
        QCOMPARE(error.kind, Kind::Decoding);
        QCOMPARE(error.bodyLimit, ApiRequest::AuthBodyLimit);
    }

    void hugeErrorAnswerKeepsItsStatus()
    {
        QVERIFY(m_server.addFault({{QStringLiteral("path"), UsersPath},
                                   {QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("status"), 400},
                                   {QStringLiteral("body"), QString(2 * 1024 * 1024, u'x')}})
                > 0);
        ApiError error;
        QVERIFY(!list(error));
        QCOMPARE(error.kind, Kind::BadRequest);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(error.serverMessage.isEmpty());
    }

    // 1. `limit: 0` in the very first answer: a decoding error, not SIGFPE downstream.
    void limitZeroIsADecodingError()
    {
        QVERIFY(m_server.addFault({{QStringLiteral("path"), UsersPath},
                                   {QStringLiteral("kind"), QStringLiteral("patch")},
                                   {QStringLiteral("set"), QJsonObject {{QStringLiteral("pagination.limit"), 0}}}})
                > 0);
        ApiError error;
        QVERIFY(!list(error));
        QCOMPARE(error.kind, Kind::Decoding);
        QCOMPARE(error.field, QStringLiteral("pagination.limit"));
    }

    void hugeTotalIsADecodingError()
    {
        QVERIFY(m_server.addFault(
                    {{QStringLiteral("path"), UsersPath},
                     {QStringLiteral("kind"), QStringLiteral("patch")},
                     {QStringLiteral("set_raw"),
                      QJsonObject {{QStringLiteral("pagination.total"), QStringLiteral("9223372036854775807")}}}})
                > 0);
        ApiError error;
        QVERIFY(!list(error));
        QCOMPARE(error.field, QStringLiteral("pagination.total"));
    }

    // 3. More rows than the page holds: the rest are ignored, and that is logged once.
    void rowsBeyondTheLimitAreIgnored()
    {
        QVERIFY(m_server.addFault({{QStringLiteral("path"), UsersPath},
                                   {QStringLiteral("kind"), QStringLiteral("patch")},
                                   {QStringLiteral("set"), QJsonObject {{QStringLiteral("pagination.limit"), 5}}}})
                > 0);
        const QRegularExpression warning(QStringLiteral("rows for a page of 5"));
        QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::failOnWarning(warning);
        ApiError error;
        const auto page = list(error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->users.size(), 5);
        QCOMPARE(page->serverRowCount, 5);
        QCOMPARE(page->pageInfo.limit, 5);
    }

    // The fault matrix's drip: a byte every 200 ms keeps restarting the transfer timeout; the deadline ends it.
    void dripEndsAtTheDeadline()
    {
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        client.setAccessToken(m_server.tokenFor(QStringLiteral("owner@acme.test")));
        client.setTransferTimeout(std::chrono::milliseconds(500));
        QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                                   {QStringLiteral("kind"), QStringLiteral("drip")},
                                   {QStringLiteral("ms"), 200}})
                > 0);
        ApiError error;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(&client), error, {}, 30000), 1);
        QCOMPARE(error.kind, Kind::Timeout);
    }

    // 5. A token with a line break never becomes a header.
    void malformedTokenIsNeverSent()
    {
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        client.setAccessToken(m_server.tokenFor(QStringLiteral("owner@acme.test"))
                              + QStringLiteral("\r\nX-Injected: 1"));
        m_server.clearRequests();
        ApiError error;
        QCOMPARE(runJob<WhoAmIJob>(new WhoAmIJob(&client), error), 1);
        QVERIFY(error.needsAuthentication());
        const QJsonArray requests = m_server.requests(QStringLiteral("/api/user"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("authorization")).toString(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestHostileJobs)
#include "tst_hostilejobs.moc"
