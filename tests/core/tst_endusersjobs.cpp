// SPDX-License-Identifier: MIT
// ListEndUsersJob, GetEndUserJob and RevokeSessionsJob against sso-dev-server, in the seed shape and in the
// older server's shape (--legacy-shape), contract sections 1 and 6.
#include "DevServer.h"
#include "JobRunner.h"
#include "api/ApiClient.h"
#include "api/GetEndUserJob.h"
#include "api/ListEndUsersJob.h"
#include "api/RevokeSessionsJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using Kind = ApiError::Kind;

class TestEndUsersJobs : public QObject
{
    Q_OBJECT
private:
    DevServer m_seed {{QStringLiteral("--seed-users"), QStringLiteral("30"), QStringLiteral("--quiet")}};
    DevServer m_legacy {{QStringLiteral("--seed-users"),
                         QStringLiteral("30"),
                         QStringLiteral("--quiet"),
                         QStringLiteral("--legacy-shape")}};

    std::unique_ptr<ApiClient> clientFor(DevServer& server, const QString& member = QStringLiteral("owner@acme.test"))
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(server.baseUrl());
        client->setAccessToken(server.tokenFor(member));
        return client;
    }

    std::optional<EndUserPage> list(ApiClient* client, const EndUserQuery& query, ApiError& error)
    {
        std::optional<EndUserPage> page;
        runJob<ListEndUsersJob>(
            new ListEndUsersJob(client, QStringLiteral("acme-corp"), query), error, [&](ListEndUsersJob* job) {
                if (job->succeeded())
                    page = job->page();
            });
        return page;
    }

    QString idOf(ApiClient* client, const QString& email)
    {
        EndUserQuery query;
        query.search = email;
        query.limit = 100;
        ApiError error;
        // A legacy server ignores the search: look through the pages.
        for (query.page = 1; query.page < 20; ++query.page) {
            const auto page = list(client, query, error);
            if (!page || page->users.isEmpty())
                return {};
            for (const EndUserSummary& user : page->users) {
                if (user.email == email)
                    return user.id;
            }
        }
        return {};
    }

    std::optional<EndUserDetail> detail(ApiClient* client, const QString& id, ApiError& error)
    {
        std::optional<EndUserDetail> result;
        runJob<GetEndUserJob>(
            new GetEndUserJob(client, QStringLiteral("acme-corp"), id), error, [&](GetEndUserJob* job) {
                if (job->succeeded())
                    result = job->detail();
            });
        return result;
    }

    std::optional<RevokeResult> revoke(ApiClient* client, const QString& id, ApiError& error)
    {
        std::optional<RevokeResult> result;
        runJob<RevokeSessionsJob>(
            new RevokeSessionsJob(client, QStringLiteral("acme-corp"), id), error, [&](RevokeSessionsJob* job) {
                if (job->succeeded())
                    result = job->result();
            });
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_seed.start(), qPrintable(m_seed.errorString()));
        QVERIFY2(m_legacy.start(), qPrintable(m_legacy.errorString()));
    }

    void seedList()
    {
        auto client = clientFor(m_seed);
        EndUserQuery query;
        query.search = QStringLiteral("john@customer.com");
        ApiError error;
        const auto page = list(client.get(), query, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->shape, ResponseShape::Seed);
        QCOMPARE(client->listShape(), std::optional<ResponseShape>(ResponseShape::Seed));
        QCOMPARE(page->pageInfo.page, 1);
        QCOMPARE(page->pageInfo.limit, 50);
        QVERIFY(page->pageInfo.total.has_value());
        const auto it = std::find_if(page->users.begin(), page->users.end(), [](const EndUserSummary& user) {
            return user.email == QStringLiteral("john@customer.com");
        });
        QVERIFY(it != page->users.end());
        QCOMPARE(it->mfaEnabled, std::optional<bool>(true));
        QVERIFY(it->services.contains(QStringLiteral("main-app")));
        QVERIFY(it->services.contains(QStringLiteral("mobile-app")));
        QVERIFY(it->createdAt.has_value());
        QVERIFY(it->lastLoginAt.has_value());
    }

    void seedPagingAndServiceFilter()
    {
        auto client = clientFor(m_seed);
        EndUserQuery query;
        query.limit = 5;
        query.page = 2;
        ApiError error;
        const auto page = list(client.get(), query, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->users.size(), 5);
        QCOMPARE(page->pageInfo.page, 2);
        QCOMPARE(page->pageInfo.limit, 5);
        QVERIFY(*page->pageInfo.total > 10);

        // Now the shape is known: a seed server gets service_id only.
        m_seed.clearRequests();
        EndUserQuery filtered;
        filtered.serviceId = QStringLiteral("some-id");
        filtered.serviceSlug = QStringLiteral("main-app");
        list(client.get(), filtered, error);
        const QJsonObject items = m_seed.requests(QStringLiteral("/api/organizations/acme-corp/users"))
                                      .at(0)[QStringLiteral("query_items")]
                                      .toObject();
        QCOMPARE(items.value(QStringLiteral("service_id")).toString(), QStringLiteral("some-id"));
        QVERIFY(!items.contains(QStringLiteral("service_slug")));
    }

    void seedDetail()
    {
        auto client = clientFor(m_seed);
        const QString id = idOf(client.get(), QStringLiteral("john@customer.com"));
        QVERIFY(!id.isEmpty());
        ApiError error;
        const auto john = detail(client.get(), id, error);
        QVERIFY2(john, qPrintable(error.describe()));
        QCOMPARE(john->shape, ResponseShape::Seed);
        QCOMPARE(john->id, id);
        QCOMPARE(john->email, QStringLiteral("john@customer.com"));
        QCOMPARE(john->emailVerified, std::optional<bool>(true));
        QCOMPARE(john->mfaEnabled, std::optional<bool>(true));
        QCOMPARE(john->sessions.activeCount, 2);
        QVERIFY(john->sessions.lastCreatedAt.has_value());
        QVERIFY(!john->linkedIdentities.isEmpty());
        QCOMPARE(john->linkedIdentities.at(0).provider, QStringLiteral("github"));
        QStringList slugs;
        for (const ServiceUsage& usage : john->services)
            slugs << usage.slug;
        QVERIFY(slugs.contains(QStringLiteral("main-app")));
        QVERIFY(!john->services.at(0).name.isEmpty());
        QVERIFY(!john->services.at(0).id.isEmpty());
    }

    void seedDetailNeverSignedIn()
    {
        auto client = clientFor(m_seed);
        const QString id = idOf(client.get(), QStringLiteral("never.signed.in@example.com"));
        QVERIFY(!id.isEmpty());
        ApiError error;
        const auto user = detail(client.get(), id, error);
        QVERIFY2(user, qPrintable(error.describe()));
        QVERIFY(user->lastLoginKnown());
        QVERIFY(!user->lastLoginAt.has_value()); // never, not unknown
        QCOMPARE(user->sessions.activeCount, 0);
        QVERIFY(!user->sessions.lastCreatedAt);
        for (const ServiceUsage& usage : user->services)
            QVERIFY(!usage.lastLoginAt);
    }

    void detailOfUnknownUser()
    {
        auto client = clientFor(m_seed);
        ApiError error;
        QVERIFY(!detail(client.get(), QStringLiteral("00000000-0000-4000-8000-000000000000"), error));
        QCOMPARE(error.kind, Kind::NotFound);
        QVERIFY(!error.serverMessage.isEmpty());
    }

    void seedRevoke()
    {
        auto client = clientFor(m_seed);
        const QString id = idOf(client.get(), QStringLiteral("forty.sessions@example.com"));
        QVERIFY(!id.isEmpty());
        ApiError error;
        auto result = revoke(client.get(), id, error);
        QVERIFY2(result, qPrintable(error.describe()));
        QCOMPARE(result->sessionsRevoked, 40);
        QVERIFY(!result->message.isEmpty());
        result = revoke(client.get(), id, error); // idempotent
        QVERIFY(result);
        QCOMPARE(result->sessionsRevoked, 0);
        const auto after = detail(client.get(), id, error);
        QCOMPARE(after->sessions.activeCount, 0);
    }

    void memberMayNotRevoke()
    {
        auto owner = clientFor(m_seed);
        const QString id = idOf(owner.get(), QStringLiteral("zero.sessions@example.com"));
        auto member = clientFor(m_seed, QStringLiteral("member@acme.test"));
        ApiError error;
        QVERIFY(!revoke(member.get(), id, error));
        QCOMPARE(error.kind, Kind::Forbidden);
        QCOMPARE(error.errorCode, QStringLiteral("FORBIDDEN"));
        QVERIFY(!error.outcomeUnknown);
    }

    void legacyList()
    {
        auto client = clientFor(m_legacy);
        EndUserQuery query;
        query.search = QStringLiteral("john@customer.com");
        query.serviceSlug = QStringLiteral("main-app");
        query.serviceId = QStringLiteral("ignored-id");
        ApiError error;
        auto page = list(client.get(), query, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->shape, ResponseShape::Reference);
        QCOMPARE(client->listShape(), std::optional<ResponseShape>(ResponseShape::Reference));
        QVERIFY(!page->users.isEmpty());
        for (const EndUserSummary& user : std::as_const(page->users)) {
            QCOMPARE(user.shape, ResponseShape::Reference);
            QVERIFY(!user.lastLoginKnown());
            QVERIFY(!user.mfaEnabled.has_value()); // unknown, never a false false
            QVERIFY(!user.id.isEmpty());
            QVERIFY(!user.email.isEmpty());
        }
        // Shape known now: the reference server gets service_slug, not service_id.
        m_legacy.clearRequests();
        page = list(client.get(), query, error);
        QVERIFY(page);
        const QJsonObject items = m_legacy.requests(QStringLiteral("/api/organizations/acme-corp/users"))
                                      .at(0)[QStringLiteral("query_items")]
                                      .toObject();
        QCOMPARE(items.value(QStringLiteral("service_slug")).toString(), QStringLiteral("main-app"));
        QVERIFY(!items.contains(QStringLiteral("service_id")));
    }

    void legacyDetailAndRevoke()
    {
        auto client = clientFor(m_legacy);
        const QString id = idOf(client.get(), QStringLiteral("john@customer.com"));
        QVERIFY(!id.isEmpty());
        ApiError error;
        const auto john = detail(client.get(), id, error);
        QVERIFY2(john, qPrintable(error.describe()));
        QCOMPARE(john->shape, ResponseShape::Reference);
        QCOMPARE(john->email, QStringLiteral("john@customer.com"));
        QVERIFY(!john->emailVerified);
        QVERIFY(!john->mfaEnabled);
        QVERIFY(john->sessions.activeCount.has_value());
        QVERIFY(!john->sessions.lastCreatedAt);
        QVERIFY(!john->services.isEmpty());
        QVERIFY(!john->services.at(0).slug.isEmpty());
        const auto result = revoke(client.get(), id, error);
        QVERIFY2(result, qPrintable(error.describe()));
        QVERIFY(result->sessionsRevoked.has_value()); // from revoked_count
    }
};

QTEST_GUILESS_MAIN(TestEndUsersJobs)
#include "tst_endusersjobs.moc"
