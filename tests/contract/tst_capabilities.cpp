// SPDX-License-Identifier: MIT
// Authorization by capability on sso-dev-server --shape 2026 (contract 9.4): roles, who may view and manage
// end-users, /api/user's permissions, and role changes at run time through the control endpoint.
#include "DevServer.h"

#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");
const QString View = QStringLiteral("Insufficient permissions to view end users");
const QString Manage = QStringLiteral("Insufficient permissions to manage end users");

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rolesOfAnOrganization();
    void rolesOfAnotherOrganization();
    void rolesErrors();
    void endUserRoutes_data();
    void endUserRoutes();
    void inactiveOrganizationComesFirst();
    void permissionsOfAScopedToken_data();
    void permissionsOfAScopedToken();
    void roleChangeAtRunTime();
    void membershipRemovedAtRunTime();
    void controlRejectsUnknownRoles();

private:
    QString idOf(const QString& email);
    DevServer m_server {{QStringLiteral("--shape"),
                         QStringLiteral("2026"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("20"),
                         QStringLiteral("--quiet")}};
    QString m_john;
};

void TestCapabilities::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_john = m_server.control("GET", QStringLiteral("/__control/end-user?email=john%40customer.com"))
                 .json()[QStringLiteral("id")]
                 .toString();
    QVERIFY(!m_john.isEmpty());
}

void TestCapabilities::cleanupTestCase()
{
    m_server.stop();
}

void TestCapabilities::rolesOfAnOrganization()
{
    const DevServer::Reply reply = m_server.send("GET",
                                                 QStringLiteral("/api/organizations/acme-corp/roles"),
                                                 m_server.tokenFor(QStringLiteral("member@acme.test")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith('[')); // a bare array
    const QJsonArray roles = reply.jsonArray();
    QStringList names;
    for (const QJsonValue& role : roles) {
        names << role[QStringLiteral("name")].toString();
        QCOMPARE(role.toObject().keys(),
                 QStringList({QStringLiteral("created_at"),
                              QStringLiteral("description"),
                              QStringLiteral("id"),
                              QStringLiteral("is_system"),
                              QStringLiteral("name"),
                              QStringLiteral("org_id"),
                              QStringLiteral("permissions")}));
    }
    QCOMPARE(
        names,
        QStringList(
            {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member"), QStringLiteral("Support")}));
    QVERIFY(strings(roles.at(0)[QStringLiteral("permissions")]).contains(QStringLiteral("end_users.manage")));
    QVERIFY(strings(roles.at(1)[QStringLiteral("permissions")]).contains(QStringLiteral("audit_logs.view")));
    QCOMPARE(strings(roles.at(2)[QStringLiteral("permissions")]), QStringList());
    const QJsonObject support = roles.at(3).toObject();
    QCOMPARE(strings(support[QStringLiteral("permissions")]), QStringList({QStringLiteral("end_users.view")}));
    QCOMPARE(support[QStringLiteral("is_system")].toBool(true), false);
    QCOMPARE(support[QStringLiteral("org_id")].toString(),
             m_server
                 .send("GET",
                       QStringLiteral("/api/organizations/acme-corp"),
                       m_server.tokenFor(QStringLiteral("owner@acme.test")))
                 .json()[QStringLiteral("organization")][QStringLiteral("id")]
                 .toString());
    QVERIFY(roles.at(0)[QStringLiteral("org_id")].isNull());
    QCOMPARE(roles.at(0)[QStringLiteral("is_system")].toBool(), true);
}

void TestCapabilities::rolesOfAnotherOrganization()
{
    const QJsonArray roles = m_server
                                 .send("GET",
                                       QStringLiteral("/api/organizations/globex/roles"),
                                       m_server.tokenFor(QStringLiteral("owner@globex.test")))
                                 .jsonArray();
    QStringList names;
    for (const QJsonValue& role : roles)
        names << role[QStringLiteral("name")].toString();
    QCOMPARE(names, QStringList({QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member")}));
}

void TestCapabilities::rolesErrors()
{
    QCOMPARE(m_server
                 .send("GET",
                       QStringLiteral("/api/organizations/acme-corp/roles"),
                       m_server.tokenFor(QStringLiteral("nobody@example.test")))
                 .status,
             403);
    QCOMPARE(m_server
                 .send("GET",
                       QStringLiteral("/api/organizations/nope/roles"),
                       m_server.tokenFor(QStringLiteral("owner@acme.test")))
                 .status,
             404);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/roles")).status, 401);
}

void TestCapabilities::endUserRoutes_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<int>("detailStatus");
    QTest::addColumn<QString>("readMessage");
    QTest::addColumn<int>("revokeStatus");
    QTest::addColumn<QString>("revokeMessage");
    QTest::newRow("owner") << QStringLiteral("owner@acme.test") << 200 << 200 << QString() << 200 << QString();
    QTest::newRow("admin") << QStringLiteral("admin@acme.test") << 200 << 200 << QString() << 200 << QString();
    QTest::newRow("Support") << QStringLiteral("support@acme.test") << 200 << 200 << QString() << 403 << Manage;
    QTest::newRow("member") << QStringLiteral("member@acme.test") << 403 << 403 << View << 403 << Manage;
    QTest::newRow("non-member") << QStringLiteral("nobody@example.test") << 403 << 403 << View << 403 << Manage;
    QTest::newRow("platform owner, not a member")
        << QStringLiteral("platform.owner@example.test") << 403 << 403 << View << 403 << Manage;
}

void TestCapabilities::endUserRoutes()
{
    QFETCH(QString, email);
    QFETCH(int, listStatus);
    QFETCH(int, detailStatus);
    QFETCH(QString, readMessage);
    QFETCH(int, revokeStatus);
    QFETCH(QString, revokeMessage);
    const QString token = m_server.tokenFor(email);
    const auto check = [](const DevServer::Reply& reply, int status, const QString& message) {
        QCOMPARE(reply.status, status);
        if (status == 403) {
            QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("FORBIDDEN"));
            QCOMPARE(reply.json()[QStringLiteral("error")].toString(), message);
        }
    };
    check(m_server.send("GET", Users, token), listStatus, readMessage);
    check(m_server.send("GET", Users + QLatin1Char('/') + m_john, token), detailStatus, readMessage);
    check(m_server.send("DELETE", Users + QLatin1Char('/') + m_john + QStringLiteral("/sessions"), token),
          revokeStatus,
          revokeMessage);
}

void TestCapabilities::inactiveOrganizationComesFirst()
{
    const DevServer::Reply reply = m_server.send("GET",
                                                 QStringLiteral("/api/organizations/initech/users"),
                                                 m_server.tokenFor(QStringLiteral("nobody@example.test")));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("Organization is not active (status: suspended)"));
}

void TestCapabilities::permissionsOfAScopedToken_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QStringList>("permissions");
    QTest::newRow("owner") << QStringLiteral("owner@acme.test") << QStringLiteral("acme-corp")
                           << QStringList({QStringLiteral("end_users.view"),
                                           QStringLiteral("end_users.manage"),
                                           QStringLiteral("audit_logs.view"),
                                           QStringLiteral("risk_events.view"),
                                           QStringLiteral("risk_policies.manage"),
                                           QStringLiteral("members.manage"),
                                           QStringLiteral("services.manage"),
                                           QStringLiteral("organization.manage")});
    QTest::newRow("admin") << QStringLiteral("admin@acme.test") << QStringLiteral("acme-corp")
                           << QStringList({QStringLiteral("end_users.view"),
                                           QStringLiteral("end_users.manage"),
                                           QStringLiteral("audit_logs.view"),
                                           QStringLiteral("risk_events.view"),
                                           QStringLiteral("members.manage"),
                                           QStringLiteral("services.manage")});
    QTest::newRow("admin as a member of globex")
        << QStringLiteral("admin@acme.test") << QStringLiteral("globex") << QStringList();
    QTest::newRow("Support") << QStringLiteral("support@acme.test") << QStringLiteral("acme-corp")
                             << QStringList({QStringLiteral("end_users.view")});
    QTest::newRow("member") << QStringLiteral("member@acme.test") << QStringLiteral("acme-corp") << QStringList();
}

void TestCapabilities::permissionsOfAScopedToken()
{
    QFETCH(QString, email);
    QFETCH(QString, org);
    QFETCH(QStringList, permissions);
    const QString token = m_server.scopedTokensFor(email, org)[QStringLiteral("access_token")].toString();
    const QJsonObject me = m_server.send("GET", QStringLiteral("/api/user"), token).json();
    QCOMPARE(me[QStringLiteral("org")].toString(), org);
    QCOMPARE(strings(me[QStringLiteral("permissions")]), permissions);
}

void TestCapabilities::roleChangeAtRunTime()
{
    // The same token: what it may do follows the membership at the time of each request.
    const QString token = m_server
                              .scopedTokensFor(QStringLiteral("member@acme.test"),
                                               QStringLiteral("acme-corp"))[QStringLiteral("access_token")]
                              .toString();
    QCOMPARE(m_server.send("GET", Users, token).status, 403);
    QVERIFY(m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("Support")));
    QCOMPARE(m_server.send("GET", Users, token).status, 200);
    QCOMPARE(strings(m_server.send("GET", QStringLiteral("/api/user"), token).json()[QStringLiteral("permissions")]),
             QStringList({QStringLiteral("end_users.view")}));
    QCOMPARE(m_server.send("DELETE", Users + QLatin1Char('/') + m_john + QStringLiteral("/sessions"), token).status,
             403);
    QVERIFY(m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("member")));
    const DevServer::Reply reply = m_server.send("GET", Users, token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), View);
    // The members list shows the change too.
    const QJsonArray members = m_server
                                   .send("GET",
                                         QStringLiteral("/api/organizations/acme-corp/members?role=member"),
                                         m_server.tokenFor(QStringLiteral("owner@acme.test")))
                                   .json()[QStringLiteral("members")]
                                   .toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0)[QStringLiteral("user")][QStringLiteral("email")].toString(),
             QStringLiteral("member@acme.test"));
}

void TestCapabilities::membershipRemovedAtRunTime()
{
    const QString token = m_server
                              .scopedTokensFor(QStringLiteral("support@acme.test"),
                                               QStringLiteral("acme-corp"))[QStringLiteral("access_token")]
                              .toString();
    QVERIFY(m_server.setMembership(QStringLiteral("support@acme.test"), QStringLiteral("acme-corp"), QString()));
    DevServer::Reply reply = m_server.send("GET", QStringLiteral("/api/user"), token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("You are not a member of this organization"));
    QCOMPARE(m_server.send("GET", Users, token).json()[QStringLiteral("error")].toString(), View);
    // Adding it back makes a new membership.
    QVERIFY(m_server.setMembership(
        QStringLiteral("support@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("Support")));
    reply = m_server.send("GET", QStringLiteral("/api/user"), token);
    QCOMPARE(reply.status, 200);
}

void TestCapabilities::controlRejectsUnknownRoles()
{
    QVERIFY(!m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("Janitor")));
    QVERIFY(!m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("globex"), QStringLiteral("Support")));
    QVERIFY(!m_server.setMembership(
        QStringLiteral("john@customer.com"), QStringLiteral("acme-corp"), QStringLiteral("admin")));
    QCOMPARE(m_server.scopedTokensFor(QStringLiteral("nobody@example.test"), QStringLiteral("acme-corp")),
             QJsonObject());
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
