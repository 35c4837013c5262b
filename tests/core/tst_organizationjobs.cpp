// SPDX-License-Identifier: MIT
// ListOrganizationsJob, GetOrganizationJob, MemberRoleJob and ListServicesJob against sso-dev-server (contract 5).
#include "DevServer.h"
#include "JobRunner.h"
#include "api/ApiClient.h"
#include "api/GetOrganizationJob.h"
#include "api/ListOrganizationsJob.h"
#include "api/ListServicesJob.h"
#include "api/MemberRoleJob.h"
#include "auth/JwtClaims.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using Kind = ApiError::Kind;

class TestOrganizationJobs : public QObject
{
    Q_OBJECT
private:
    DevServer m_server {{QStringLiteral("--seed-users"), QStringLiteral("10"), QStringLiteral("--quiet")}};

    std::unique_ptr<ApiClient> clientFor(const QString& member)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(m_server.baseUrl());
        client->setAccessToken(m_server.tokenFor(member));
        return client;
    }

    static QString subjectOf(const ApiClient& client) { return JwtClaims::fromToken(client.accessToken())->subject; }

    std::optional<MemberRole> role(ApiClient* client, const QString& slug, ApiError& error)
    {
        std::optional<MemberRole> result;
        runJob<MemberRoleJob>(new MemberRoleJob(client, slug, subjectOf(*client)), error, [&](MemberRoleJob* job) {
            if (job->succeeded())
                result = job->role();
        });
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init() { m_server.clearFaults(); }

    void listAllOrganizationsAcrossPages_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");
        QTest::newRow("one page") << 100 << 1;
        QTest::newRow("pages of two") << 2 << 3; // 2 + 2 + 0
        QTest::newRow("pages of three") << 3 << 2; // 3 + 1
    }

    void listAllOrganizationsAcrossPages()
    {
        QFETCH(int, pageSize);
        QFETCH(int, pages);
        auto client = clientFor(QStringLiteral("admin@acme.test"));
        auto* job = new ListOrganizationsJob(client.get());
        job->setPageSize(pageSize);
        QList<Organization> organizations;
        int fetched = 0;
        ApiError error;
        QCOMPARE(runJob<ListOrganizationsJob>(job,
                                              error,
                                              [&](ListOrganizationsJob* finished) {
                                                  organizations = finished->organizations();
                                                  fetched = finished->pagesFetched();
                                              }),
                 1);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QCOMPARE(fetched, pages);
        QStringList slugs;
        for (const Organization& organization : std::as_const(organizations))
            slugs << organization.slug;
        slugs.sort();
        QCOMPARE(slugs,
                 QStringList({QStringLiteral("acme-corp"),
                              QStringLiteral("globex"),
                              QStringLiteral("initech"),
                              QStringLiteral("umbrella")}));
        for (const Organization& organization : std::as_const(organizations)) {
            if (organization.slug == QStringLiteral("initech"))
                QCOMPARE(organization.status, Organization::Status::Suspended);
            if (organization.slug == QStringLiteral("umbrella"))
                QCOMPARE(organization.status, Organization::Status::Pending);
            if (organization.slug == QStringLiteral("acme-corp")) {
                QVERIFY(organization.isActive());
                QCOMPARE(organization.name, QStringLiteral("Acme Corp"));
            }
        }
    }

    void noMemberships()
    {
        auto client = clientFor(QStringLiteral("nobody@example.test"));
        ApiError error;
        qsizetype count = -1;
        runJob<ListOrganizationsJob>(new ListOrganizationsJob(client.get()), error, [&](ListOrganizationsJob* job) {
            count = job->organizations().size();
        });
        QVERIFY(!error.isError());
        QCOMPARE(count, 0);
    }

    void getOrganization()
    {
        auto client = clientFor(QStringLiteral("admin@acme.test"));
        ApiError error;
        Organization organization;
        runJob<GetOrganizationJob>(new GetOrganizationJob(client.get(), QStringLiteral("initech")),
                                   error,
                                   [&](GetOrganizationJob* job) { organization = job->organization(); });
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QCOMPARE(organization.slug, QStringLiteral("initech"));
        QCOMPARE(organization.statusText, QStringLiteral("suspended"));
        runJob<GetOrganizationJob>(new GetOrganizationJob(client.get(), QStringLiteral("no-such-org")), error);
        QCOMPARE(error.kind, Kind::NotFound);
        auto outsider = clientFor(QStringLiteral("nobody@example.test"));
        runJob<GetOrganizationJob>(new GetOrganizationJob(outsider.get(), QStringLiteral("acme-corp")), error);
        QCOMPARE(error.kind, Kind::Forbidden);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<int>("role");
        QTest::newRow("owner") << QStringLiteral("owner@acme.test") << QStringLiteral("acme-corp")
                               << int(MemberRole::Value::Owner);
        QTest::newRow("admin") << QStringLiteral("admin@acme.test") << QStringLiteral("acme-corp")
                               << int(MemberRole::Value::Admin);
        QTest::newRow("admin is member elsewhere")
            << QStringLiteral("admin@acme.test") << QStringLiteral("globex") << int(MemberRole::Value::Member);
        QTest::newRow("admin of suspended org")
            << QStringLiteral("admin@acme.test") << QStringLiteral("initech") << int(MemberRole::Value::Admin);
        QTest::newRow("member") << QStringLiteral("member@acme.test") << QStringLiteral("acme-corp")
                                << int(MemberRole::Value::Member);
    }

    void roles()
    {
        QFETCH(QString, member);
        QFETCH(QString, slug);
        QFETCH(int, role);
        auto client = clientFor(member);
        ApiError error;
        const auto found = role_(client.get(), slug, error);
        QVERIFY2(found, qPrintable(error.describe()));
        QCOMPARE(int(found->value()), role);
        QCOMPARE(found->canRevokeSessions(), role != int(MemberRole::Value::Member));
    }

    void roleOfNonMemberIsForbidden()
    {
        auto client = clientFor(QStringLiteral("nobody@example.test"));
        ApiError error;
        QVERIFY(!role(client.get(), QStringLiteral("acme-corp"), error));
        QCOMPARE(error.kind, Kind::Forbidden);
    }

    void servicesSortedByName()
    {
        auto client = clientFor(QStringLiteral("member@acme.test"));
        ApiError error;
        QList<Service> services;
        runJob<ListServicesJob>(new ListServicesJob(client.get(), QStringLiteral("acme-corp")),
                                error,
                                [&](ListServicesJob* job) { services = job->services(); });
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QStringList names;
        for (const Service& service : std::as_const(services)) {
            names << service.name;
            QVERIFY(!service.id.isEmpty());
            QVERIFY(!service.slug.isEmpty());
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("Billing Portal"),
                              QStringLiteral("Desktop App"),
                              QStringLiteral("Main Application"),
                              QStringLiteral("Mobile App"),
                              QStringLiteral("Partner API")}));
    }

    void servicesOfSuspendedOrganization()
    {
        auto client = clientFor(QStringLiteral("admin@acme.test"));
        ApiError error;
        runJob<ListServicesJob>(new ListServicesJob(client.get(), QStringLiteral("initech")), error);
        QCOMPARE(error.kind, Kind::Forbidden);
    }

private:
    std::optional<MemberRole> role_(ApiClient* client, const QString& slug, ApiError& error)
    {
        return role(client, slug, error);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationJobs)
#include "tst_organizationjobs.moc"
