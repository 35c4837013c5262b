// SPDX-License-Identifier: MIT
// Organizations, members and services of sso-dev-server (contract section 5).
#include "DevServer.h"

#include <QJsonDocument>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

QStringList slugsOf(const QJsonArray& entries)
{
    QStringList slugs;
    for (const QJsonValue& entry : entries)
        slugs << entry[QStringLiteral("organization")][QStringLiteral("slug")].toString();
    return slugs;
}

} // namespace

class TestOrganizations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listOfTheCaller_data();
    void listOfTheCaller();
    void entryShape();
    void listQuery_data();
    void listQuery();
    void oneOrganization_data();
    void oneOrganization();
    void members();
    void membersQuery();
    void services();
    void servicesQuery();
    void servicesGate_data();
    void servicesGate();

private:
    DevServer m_server;
    QString m_admin;
};

void TestOrganizations::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
}

void TestOrganizations::cleanupTestCase()
{
    m_server.stop();
}

void TestOrganizations::listOfTheCaller_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("slugs");
    QTest::newRow("admin, oldest membership first") << QStringLiteral("admin@acme.test")
                                                    << QStringList({QStringLiteral("acme-corp"),
                                                                    QStringLiteral("globex"),
                                                                    QStringLiteral("initech"),
                                                                    QStringLiteral("umbrella")});
    QTest::newRow("owner") << QStringLiteral("owner@acme.test") << QStringList({QStringLiteral("acme-corp")});
    QTest::newRow("member") << QStringLiteral("member@acme.test") << QStringList({QStringLiteral("acme-corp")});
    QTest::newRow("globex owner") << QStringLiteral("owner@globex.test") << QStringList({QStringLiteral("globex")});
    QTest::newRow("nobody") << QStringLiteral("nobody@example.test") << QStringList();
    QTest::newRow("platform owner") << QStringLiteral("platform.owner@example.test") << QStringList();
}

void TestOrganizations::listOfTheCaller()
{
    QFETCH(QString, email);
    QFETCH(QStringList, slugs);
    const DevServer::Reply reply = m_server.send("GET", QStringLiteral("/api/organizations"), m_server.tokenFor(email));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith('[')); // a bare array
    QCOMPARE(slugsOf(reply.jsonArray()), slugs);
}

void TestOrganizations::entryShape()
{
    const QJsonArray entries = m_server.send("GET", QStringLiteral("/api/organizations"), m_admin).jsonArray();
    const QJsonObject acme = entries.at(0).toObject();
    QCOMPARE(acme.keys(),
             QStringList({QStringLiteral("membership_count"),
                          QStringLiteral("organization"),
                          QStringLiteral("service_count"),
                          QStringLiteral("tier")}));
    QCOMPARE(acme[QStringLiteral("membership_count")].toInt(), 3);
    QCOMPARE(acme[QStringLiteral("service_count")].toInt(), 5);
    const QJsonObject organization = acme[QStringLiteral("organization")].toObject();
    QCOMPARE(organization[QStringLiteral("name")].toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(organization[QStringLiteral("status")].toString(), QStringLiteral("active"));
    for (const QString& key : {QStringLiteral("max_users"),
                               QStringLiteral("rejected_by"),
                               QStringLiteral("rejected_at"),
                               QStringLiteral("rejection_reason")}) {
        QVERIFY2(organization.contains(key), qPrintable(key));
        QVERIFY2(organization[key].isNull(), qPrintable(key));
    }
    const QString ownerId =
        m_server.send("GET", QStringLiteral("/api/user"), m_server.tokenFor(QStringLiteral("owner@acme.test")))
            .json()[QStringLiteral("id")]
            .toString();
    QCOMPARE(organization[QStringLiteral("owner_user_id")].toString(), ownerId);
    const QJsonObject tier = acme[QStringLiteral("tier")].toObject();
    QCOMPARE(tier[QStringLiteral("display_name")].toString(), QStringLiteral("Pro Tier"));
    QVERIFY(tier[QStringLiteral("features")].isString()); // a string holding JSON
    QVERIFY(QJsonDocument::fromJson(tier[QStringLiteral("features")].toString().toUtf8()).isObject());
    const QJsonObject umbrella = entries.at(3).toObject();
    QCOMPARE(umbrella[QStringLiteral("organization")][QStringLiteral("status")].toString(), QStringLiteral("pending"));
    QVERIFY(umbrella[QStringLiteral("organization")][QStringLiteral("approved_at")].isNull());
    QCOMPARE(umbrella[QStringLiteral("service_count")].toInt(), 0);
    QCOMPARE(entries.at(2)[QStringLiteral("organization")][QStringLiteral("status")].toString(),
             QStringLiteral("suspended"));
}

void TestOrganizations::listQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("slugs");
    const QStringList all {
        QStringLiteral("acme-corp"), QStringLiteral("globex"), QStringLiteral("initech"), QStringLiteral("umbrella")};
    QTest::newRow("active") << QStringLiteral("status=active") << 200
                            << QStringList({QStringLiteral("acme-corp"), QStringLiteral("globex")});
    QTest::newRow("suspended") << QStringLiteral("status=suspended") << 200 << QStringList({QStringLiteral("initech")});
    QTest::newRow("unknown status") << QStringLiteral("status=archived") << 200 << QStringList();
    QTest::newRow("page 2 of 1") << QStringLiteral("limit=1&page=2") << 200 << QStringList({QStringLiteral("globex")});
    QTest::newRow("page 0") << QStringLiteral("page=0&limit=2") << 200 << all.mid(0, 2);
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << 200 << all.mid(0, 1);
    QTest::newRow("limit 500") << QStringLiteral("limit=500") << 200 << all;
    QTest::newRow("past the end") << QStringLiteral("page=3&limit=2") << 200 << QStringList();
    QTest::newRow("non-integer") << QStringLiteral("page=two") << 400 << QStringList();
}

void TestOrganizations::listQuery()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, slugs);
    const DevServer::Reply reply = m_server.send("GET", QStringLiteral("/api/organizations?") + query, m_admin);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(slugsOf(reply.jsonArray()), slugs);
    else
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
}

void TestOrganizations::oneOrganization_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("member") << QStringLiteral("acme-corp") << QStringLiteral("member@acme.test") << 200 << QString();
    QTest::newRow("suspended is not gated")
        << QStringLiteral("initech") << QStringLiteral("admin@acme.test") << 200 << QString();
    QTest::newRow("pending is not gated")
        << QStringLiteral("umbrella") << QStringLiteral("admin@acme.test") << 200 << QString();
    QTest::newRow("non-member") << QStringLiteral("acme-corp") << QStringLiteral("nobody@example.test") << 403
                                << QStringLiteral("FORBIDDEN");
    QTest::newRow("platform owner not exempt")
        << QStringLiteral("globex") << QStringLiteral("platform.owner@example.test") << 403
        << QStringLiteral("FORBIDDEN");
    QTest::newRow("unknown") << QStringLiteral("no-such-org") << QStringLiteral("admin@acme.test") << 404
                             << QStringLiteral("NOT_FOUND");
}

void TestOrganizations::oneOrganization()
{
    QFETCH(QString, slug);
    QFETCH(QString, email);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    const DevServer::Reply reply =
        m_server.send("GET", QStringLiteral("/api/organizations/") + slug, m_server.tokenFor(email));
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json()[QStringLiteral("organization")][QStringLiteral("slug")].toString(), slug);
    else
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), errorCode);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/") + slug).status, 401);
}

void TestOrganizations::members()
{
    const DevServer::Reply reply = m_server.send("GET",
                                                 QStringLiteral("/api/organizations/acme-corp/members"),
                                                 m_server.tokenFor(QStringLiteral("member@acme.test")));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body[QStringLiteral("total")].toInt(), 3);
    QCOMPARE(body[QStringLiteral("limit")].toObject(),
             QJsonObject({{QStringLiteral("current"), 3},
                          {QStringLiteral("max"), 25},
                          {QStringLiteral("source"), QStringLiteral("pro")}}));
    const QJsonArray members = body[QStringLiteral("members")].toArray();
    QStringList emails;
    QStringList roles;
    for (const QJsonValue& member : members) {
        emails << member[QStringLiteral("user")][QStringLiteral("email")].toString();
        roles << member[QStringLiteral("membership")][QStringLiteral("role")].toString();
        QCOMPARE(member[QStringLiteral("membership")][QStringLiteral("user_id")],
                 member[QStringLiteral("user")][QStringLiteral("id")]);
    }
    QCOMPARE(emails,
             QStringList({QStringLiteral("owner@acme.test"),
                          QStringLiteral("admin@acme.test"),
                          QStringLiteral("member@acme.test")}));
    QCOMPARE(roles, QStringList({QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member")}));
    // The contract's recipe: the caller's role is the membership whose user id is the token's sub.
    const QString adminId =
        m_server.send("GET", QStringLiteral("/api/user"), m_admin).json()[QStringLiteral("id")].toString();
    QCOMPARE(members.at(1)[QStringLiteral("user")][QStringLiteral("id")].toString(), adminId);
    const QJsonObject org = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp"), m_admin).json();
    QCOMPARE(members.at(1)[QStringLiteral("membership")][QStringLiteral("org_id")],
             org[QStringLiteral("organization")][QStringLiteral("id")]);
    // Not status-gated; membership still required.
    const QJsonObject initech =
        m_server.send("GET", QStringLiteral("/api/organizations/initech/members"), m_admin).json();
    QCOMPARE(initech[QStringLiteral("members")][1][QStringLiteral("membership")][QStringLiteral("role")].toString(),
             QStringLiteral("admin"));
    QCOMPARE(initech[QStringLiteral("limit")][QStringLiteral("source")].toString(), QStringLiteral("free"));
    QCOMPARE(m_server
                 .send("GET",
                       QStringLiteral("/api/organizations/acme-corp/members"),
                       m_server.tokenFor(QStringLiteral("nobody@example.test")))
                 .status,
             403);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/nope/members"), m_admin).status, 404);
}

void TestOrganizations::membersQuery()
{
    QJsonObject body =
        m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/members?role=admin&limit=100"), m_admin)
            .json();
    QCOMPARE(body[QStringLiteral("members")].toArray().size(), 1);
    QCOMPARE(body[QStringLiteral("members")][0][QStringLiteral("user")][QStringLiteral("email")].toString(),
             QStringLiteral("admin@acme.test"));
    QCOMPARE(body[QStringLiteral("total")].toInt(), 3); // regardless of the role filter
    body = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/members?limit=1&page=3"), m_admin).json();
    QCOMPARE(body[QStringLiteral("members")][0][QStringLiteral("user")][QStringLiteral("email")].toString(),
             QStringLiteral("member@acme.test"));
    body = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/members?limit=0"), m_admin).json();
    QCOMPARE(body[QStringLiteral("members")].toArray().size(), 1);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/members?limit=x"), m_admin).status, 400);
}

void TestOrganizations::services()
{
    const DevServer::Reply reply = m_server.send("GET",
                                                 QStringLiteral("/api/organizations/acme-corp/services"),
                                                 m_server.tokenFor(QStringLiteral("member@acme.test")));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body[QStringLiteral("usage")].toObject(),
             QJsonObject({{QStringLiteral("current_services"), 5},
                          {QStringLiteral("max_services"), 20},
                          {QStringLiteral("tier"), QStringLiteral("Pro Tier")}}));
    const QJsonArray services = body[QStringLiteral("services")].toArray();
    QHash<QString, QString> names;
    const QString orgId = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp"), m_admin)
                              .json()[QStringLiteral("organization")][QStringLiteral("id")]
                              .toString();
    for (const QJsonValue& service : services) {
        names.insert(service[QStringLiteral("slug")].toString(), service[QStringLiteral("name")].toString());
        QCOMPARE(service[QStringLiteral("org_id")].toString(), orgId);
        QVERIFY(!service[QStringLiteral("id")].toString().isEmpty());
        QVERIFY(service[QStringLiteral("subscription_count")].toInt() > 0);
        QCOMPARE(service[QStringLiteral("plan_count")].toInt(), 2);
        QVERIFY(service[QStringLiteral("microsoft_scopes")].isNull());
        QVERIFY(service[QStringLiteral("device_activation_uri")].isNull());
        QVERIFY(service[QStringLiteral("redirect_uris")].isArray());
    }
    const QHash<QString, QString> expected {{QStringLiteral("main-app"), QStringLiteral("Main Application")},
                                            {QStringLiteral("mobile-app"), QStringLiteral("Mobile App")},
                                            {QStringLiteral("billing-portal"), QStringLiteral("Billing Portal")},
                                            {QStringLiteral("partner-api"), QStringLiteral("Partner API")},
                                            {QStringLiteral("desktop-app"), QStringLiteral("Desktop App")}};
    QCOMPARE(names, expected);
    const QJsonObject globex =
        m_server.send("GET", QStringLiteral("/api/organizations/globex/services"), m_admin).json();
    QCOMPARE(globex[QStringLiteral("services")].toArray().size(), 2);
    QCOMPARE(globex[QStringLiteral("usage")][QStringLiteral("tier")].toString(), QStringLiteral("Free Tier"));
}

void TestOrganizations::servicesQuery()
{
    QJsonObject body =
        m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/services?service_type=mobile"), m_admin)
            .json();
    QCOMPARE(body[QStringLiteral("services")].toArray().size(), 1);
    QCOMPARE(body[QStringLiteral("services")][0][QStringLiteral("slug")].toString(), QStringLiteral("mobile-app"));
    body = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/services?limit=2"), m_admin).json();
    QCOMPARE(body[QStringLiteral("services")].toArray().size(), 2);
    QCOMPARE(body[QStringLiteral("usage")][QStringLiteral("current_services")].toInt(), 2);
    body = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/services?limit=-1"), m_admin).json();
    QCOMPARE(body[QStringLiteral("services")].toArray().size(), 5);
    body =
        m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/services?limit=2&offset=4"), m_admin).json();
    QCOMPARE(body[QStringLiteral("services")].toArray().size(), 1);
}

void TestOrganizations::servicesGate_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("suspended") << QStringLiteral("initech") << QStringLiteral("admin@acme.test") << 403
                               << QStringLiteral("suspended");
    QTest::newRow("pending") << QStringLiteral("umbrella") << QStringLiteral("owner@umbrella.test") << 403
                             << QStringLiteral("pending");
    QTest::newRow("non-member") << QStringLiteral("acme-corp") << QStringLiteral("owner@globex.test") << 403
                                << QStringLiteral("member");
    QTest::newRow("unknown") << QStringLiteral("nope") << QStringLiteral("admin@acme.test") << 404
                             << QStringLiteral("nope");
}

void TestOrganizations::servicesGate()
{
    QFETCH(QString, slug);
    QFETCH(QString, email);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const DevServer::Reply reply =
        m_server.send("GET", QStringLiteral("/api/organizations/%1/services").arg(slug), m_server.tokenFor(email));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(),
             status == 404 ? QStringLiteral("NOT_FOUND") : QStringLiteral("FORBIDDEN"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(messagePart));
}

QTEST_GUILESS_MAIN(TestOrganizations)
#include "tst_organizations.moc"
