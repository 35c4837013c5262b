// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "api/WhoAmIJob.h"
#include "models/OrganizationListModel.h"
#include "models/ServiceFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

/// OrganizationListModel and ServiceFilterModel: the two drop-downs of the toolbar.
class TestOrganizationListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organizationsWithRolesAndStatus();
    void memberRole();
    void roleIsKeptAcrossReloadsAndAskedAgainOnRequest();
    void servicesSortedAfterAllServices();
    void servicesOfInactiveOrganizationFail();

private:
    QString memberId(ApiClient& client);
    std::unique_ptr<DevServer> m_server;
};

void TestOrganizationListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<DevServer>(
        QStringList {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("50")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

QString TestOrganizationListModel::memberId(ApiClient& client)
{
    auto* job = new WhoAmIJob(&client);
    QString id;
    QSignalSpy done(job, &ApiJob::finished);
    connect(job, &ApiJob::finished, this, [job, &id] { id = job->user().id; });
    job->start();
    done.wait(10000);
    return id;
}

void TestOrganizationListModel::organizationsWithRolesAndStatus()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    OrganizationListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &OrganizationListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 4);
    const int acme = model.rowForSlug(QStringLiteral("acme-corp"));
    const int initech = model.rowForSlug(QStringLiteral("initech"));
    QVERIFY(acme >= 0 && initech >= 0);
    // Before the role is known only the name shows.
    QCOMPARE(model.index(acme).data().toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(model.index(initech).data().toString(), QStringLiteral("Initech (suspended)"));

    model.setMemberUserId(memberId(client));
    QVERIFY(QTest::qWaitFor(
        [&model] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.roleStateFor(model.organizationAt(row).slug) != OrganizationListModel::RoleState::Known)
                    return false;
            }
            return true;
        },
        15000));
    QCOMPARE(model.index(acme).data().toString(), QStringLiteral("Acme Corp — Admin"));
    QCOMPARE(model.index(initech).data().toString(), QStringLiteral("Initech — Admin (suspended)"));
    const int globex = model.rowForSlug(QStringLiteral("globex"));
    QCOMPARE(model.index(globex).data().toString(), QStringLiteral("Globex Corporation — Member"));
    const int umbrella = model.rowForSlug(QStringLiteral("umbrella"));
    QCOMPARE(model.index(umbrella).data().toString(), QStringLiteral("Umbrella — Member (pending)"));
    QCOMPARE(model.index(acme).data(OrganizationListModel::SlugRole).toString(), QStringLiteral("acme-corp"));
    QVERIFY(model.roleFor(QStringLiteral("acme-corp"))->canRevokeSessions());
    QVERIFY(!model.roleFor(QStringLiteral("globex"))->canRevokeSessions());
}

void TestOrganizationListModel::memberRole()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("member@acme.test")));
    OrganizationListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy roles(&model, &OrganizationListModel::roleChanged);
    model.setMemberUserId(memberId(client));
    model.reload();
    QVERIFY(roles.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Acme Corp — Member"));
}

void TestOrganizationListModel::roleIsKeptAcrossReloadsAndAskedAgainOnRequest()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("member@acme.test")));
    OrganizationListModel model(&client);
    QSignalSpy roles(&model, &OrganizationListModel::roleChanged);
    model.setMemberUserId(memberId(client));
    model.reload();
    QVERIFY(roles.wait(10000));
    // A reload of the organizations keeps the role it knows: no member list is asked for again.
    m_server->clearRequests();
    QSignalSpy loaded(&model, &OrganizationListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.roleStateFor(QStringLiteral("acme-corp")), OrganizationListModel::RoleState::Known);
    QVERIFY(m_server->requests(QStringLiteral("/api/organizations/acme-corp/members")).isEmpty());
    // After a refused request the window asks again, and the server is asked.
    model.refreshRole(QStringLiteral("acme-corp"));
    QCOMPARE(model.roleStateFor(QStringLiteral("acme-corp")), OrganizationListModel::RoleState::Loading);
    QVERIFY(roles.wait(10000));
    QCOMPARE(model.roleFor(QStringLiteral("acme-corp"))->value(), MemberRole::Value::Member);
    QVERIFY(!m_server->requests(QStringLiteral("/api/organizations/acme-corp*")).isEmpty());
}

void TestOrganizationListModel::servicesSortedAfterAllServices()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    ServiceFilterModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All services"));
    QVERIFY(!model.serviceAt(0));
    QSignalSpy loaded(&model, &ServiceFilterModel::loaded);
    model.load(QStringLiteral("acme-corp"));
    QVERIFY(loaded.wait(10000));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row).data().toString();
    QCOMPARE(names,
             (QStringList {QStringLiteral("All services"),
                           QStringLiteral("Billing Portal"),
                           QStringLiteral("Desktop App"),
                           QStringLiteral("Main Application"),
                           QStringLiteral("Mobile App"),
                           QStringLiteral("Partner API")}));
    const auto main = model.serviceAt(3);
    QVERIFY(main);
    QCOMPARE(main->slug, QStringLiteral("main-app"));
    QCOMPARE(model.rowForId(main->id), 3);
    QCOMPARE(model.namesBySlug().value(QStringLiteral("mobile-app")), QStringLiteral("Mobile App"));
    // Another organization replaces the list.
    model.load(QStringLiteral("globex"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 1);
}

void TestOrganizationListModel::servicesOfInactiveOrganizationFail()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    ServiceFilterModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ServiceFilterModel::loadFailed);
    model.load(QStringLiteral("initech"));
    QVERIFY(failed.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestOrganizationListModel)
#include "tst_organizationlistmodel.moc"
