// SPDX-License-Identifier: MIT
// The audit log and the risk events of sso-dev-server --shape 2026 (contract 9.6): shapes, filters, paging,
// seeded values and who may read them.
#include "DevServer.h"

#include <QSet>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

const QString AuditLog = QStringLiteral("/api/organizations/acme-corp/audit-log");
const QString RiskEvents = QStringLiteral("/api/organizations/acme-corp/risk-events");

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void auditLogShape();
    void auditLogPaging_data();
    void auditLogPaging();
    void auditLogFilters();
    void auditLogOfAnotherOrganization();
    void eventTypes();
    void riskEventsShape();
    void riskEventsReferToSeededEndUsers();
    void riskEventsFilterAndPaging();
    void riskEventsMalformedQuery();
    void whoMayRead_data();
    void whoMayRead();
    void olderShapesHaveNoSuchRoutes();

private:
    QString idOfEndUser(const QString& email);
    QString idOfMember(const QString& email);
    DevServer m_server {{QStringLiteral("--shape"),
                         QStringLiteral("2026"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("50"),
                         QStringLiteral("--quiet")}};
    QString m_admin;
};

void TestAuditLog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
}

void TestAuditLog::cleanupTestCase()
{
    m_server.stop();
}

QString TestAuditLog::idOfEndUser(const QString& email)
{
    return m_server
        .control("GET",
                 QStringLiteral("/__control/end-user?email=") + QString::fromLatin1(QUrl::toPercentEncoding(email)))
        .json()[QStringLiteral("id")]
        .toString();
}

QString TestAuditLog::idOfMember(const QString& email)
{
    return m_server.send("GET", QStringLiteral("/api/user"), m_server.tokenFor(email))
        .json()[QStringLiteral("id")]
        .toString();
}

void TestAuditLog::auditLogShape()
{
    const DevServer::Reply reply = m_server.send("GET", AuditLog, m_admin);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(), QStringList({QStringLiteral("logs"), QStringLiteral("pagination")}));
    QCOMPARE(body[QStringLiteral("pagination")].toObject(),
             QJsonObject({{QStringLiteral("page"), 1},
                          {QStringLiteral("limit"), 50},
                          {QStringLiteral("total"), 48},
                          {QStringLiteral("total_pages"), 1},
                          {QStringLiteral("has_next"), false},
                          {QStringLiteral("has_prev"), false}}));
    const QJsonArray logs = body[QStringLiteral("logs")].toArray();
    QCOMPARE(logs.size(), 48);
    const QString organizationId = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp"), m_admin)
                                       .json()[QStringLiteral("organization")][QStringLiteral("id")]
                                       .toString();
    QString previous = QStringLiteral("9999");
    for (const QJsonValue& value : logs) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(),
                 QStringList({QStringLiteral("action"),
                              QStringLiteral("actor"),
                              QStringLiteral("actor_id"),
                              QStringLiteral("created_at"),
                              QStringLiteral("id"),
                              QStringLiteral("ip_address"),
                              QStringLiteral("metadata"),
                              QStringLiteral("organization_id"),
                              QStringLiteral("success"),
                              QStringLiteral("target_id"),
                              QStringLiteral("target_type"),
                              QStringLiteral("user_agent")}));
        QCOMPARE(entry[QStringLiteral("organization_id")].toString(), organizationId);
        QVERIFY(entry[QStringLiteral("created_at")].toString() <= previous); // newest first
        previous = entry[QStringLiteral("created_at")].toString();
    }
    // The newest is the last of the sign-in series, by the first member of acme-corp.
    const QJsonObject newest = logs.at(0).toObject();
    QCOMPARE(newest[QStringLiteral("action")].toString(), QStringLiteral("auth.login"));
    QCOMPARE(newest[QStringLiteral("created_at")].toString(), QStringLiteral("2025-11-30T18:00:00Z"));
    QCOMPARE(newest[QStringLiteral("actor")][QStringLiteral("email")].toString(), QStringLiteral("owner@acme.test"));
    QCOMPARE(newest[QStringLiteral("actor_id")], newest[QStringLiteral("actor")][QStringLiteral("id")]);
    QCOMPARE(newest[QStringLiteral("target_id")].toString(), idOfMember(QStringLiteral("owner@acme.test")));
    QCOMPARE(newest[QStringLiteral("metadata")].toObject(),
             QJsonObject({{QStringLiteral("method"), QStringLiteral("device")}}));
    // The entry the system wrote: no actor, no address, no metadata.
    bool sawSystem = false;
    for (const QJsonValue& entry : logs) {
        if (entry[QStringLiteral("action")].toString() != QLatin1String("risk_policy.updated"))
            continue;
        sawSystem = true;
        QVERIFY(entry[QStringLiteral("actor")].isNull() && entry[QStringLiteral("actor_id")].isNull());
        QVERIFY(entry[QStringLiteral("ip_address")].isNull() && entry[QStringLiteral("metadata")].isNull());
    }
    QVERIFY(sawSystem);
}

void TestAuditLog::auditLogPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<bool>("hasPrev");
    QTest::newRow("first of five") << QStringLiteral("limit=10") << 1 << 10 << 5 << true << false;
    QTest::newRow("middle") << QStringLiteral("limit=10&page=3") << 3 << 10 << 5 << true << true;
    QTest::newRow("last") << QStringLiteral("limit=10&page=5") << 5 << 8 << 5 << false << true;
    QTest::newRow("past the end") << QStringLiteral("limit=10&page=9") << 9 << 0 << 5 << false << true;
    QTest::newRow("page 0 is 1") << QStringLiteral("page=0&limit=100") << 1 << 48 << 1 << false << false;
}

void TestAuditLog::auditLogPaging()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    QFETCH(int, rows);
    QFETCH(int, totalPages);
    QFETCH(bool, hasNext);
    QFETCH(bool, hasPrev);
    const QJsonObject body = m_server.send("GET", AuditLog + QLatin1Char('?') + query, m_admin).json();
    const QJsonObject pagination = body[QStringLiteral("pagination")].toObject();
    QCOMPARE(pagination[QStringLiteral("page")].toInt(), page);
    QCOMPARE(pagination[QStringLiteral("total")].toInt(), 48);
    QCOMPARE(pagination[QStringLiteral("total_pages")].toInt(), totalPages);
    QCOMPARE(pagination[QStringLiteral("has_next")].toBool(), hasNext);
    QCOMPARE(pagination[QStringLiteral("has_prev")].toBool(), hasPrev);
    QCOMPARE(body[QStringLiteral("logs")].toArray().size(), rows);
}

void TestAuditLog::auditLogFilters()
{
    QJsonArray logs = m_server.send("GET", AuditLog + QStringLiteral("?action=member.invited"), m_admin)
                          .json()[QStringLiteral("logs")]
                          .toArray();
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0)[QStringLiteral("target_type")].toString(), QStringLiteral("member"));
    QCOMPARE(logs.at(0)[QStringLiteral("target_id")].toString(), idOfMember(QStringLiteral("support@acme.test")));
    QCOMPARE(logs.at(0)[QStringLiteral("metadata")].toObject(),
             QJsonObject({{QStringLiteral("role"), QStringLiteral("Support")}}));
    QCOMPARE(logs.at(0)[QStringLiteral("ip_address")].toString(), QStringLiteral("198.51.100.20"));
    const QJsonObject byType = m_server.send("GET", AuditLog + QStringLiteral("?target_type=service"), m_admin).json();
    QCOMPARE(byType[QStringLiteral("pagination")][QStringLiteral("total")].toInt(), 2);
    const QString serviceId = byType[QStringLiteral("logs")][0][QStringLiteral("target_id")].toString();
    QCOMPARE(m_server.send("GET", AuditLog + QStringLiteral("?target_id=") + serviceId, m_admin)
                 .json()[QStringLiteral("pagination")][QStringLiteral("total")]
                 .toInt(),
             2);
    QCOMPARE(m_server.send("GET", AuditLog + QStringLiteral("?action=service.updated&target_id=") + serviceId, m_admin)
                 .json()[QStringLiteral("logs")]
                 .toArray()
                 .size(),
             1);
    // Failed sign-ins: one written by hand, every ninth of the series.
    logs = m_server.send("GET", AuditLog + QStringLiteral("?action=auth.login_failed"), m_admin)
               .json()[QStringLiteral("logs")]
               .toArray();
    QCOMPARE(logs.size(), 5);
    for (const QJsonValue& entry : logs)
        QCOMPARE(entry[QStringLiteral("success")].toBool(true), false);
    QVERIFY(m_server.send("GET", AuditLog + QStringLiteral("?action=nothing.like.this"), m_admin)
                .json()[QStringLiteral("logs")]
                .toArray()
                .isEmpty());
}

void TestAuditLog::auditLogOfAnotherOrganization()
{
    const QJsonObject body = m_server
                                 .send("GET",
                                       QStringLiteral("/api/organizations/globex/audit-log"),
                                       m_server.tokenFor(QStringLiteral("owner@globex.test")))
                                 .json();
    QCOMPARE(body[QStringLiteral("pagination")][QStringLiteral("total")].toInt(), 2);
}

void TestAuditLog::eventTypes()
{
    const DevServer::Reply reply = m_server.send("GET", AuditLog + QStringLiteral("/event-types"), m_admin);
    QCOMPARE(reply.status, 200);
    QSet<QString> types;
    for (const QJsonValue& type : reply.jsonArray())
        types.insert(type.toString());
    for (const QJsonValue& entry : m_server.send("GET", AuditLog + QStringLiteral("?limit=100"), m_admin)
                                       .json()[QStringLiteral("logs")]
                                       .toArray())
        QVERIFY2(types.contains(entry[QStringLiteral("action")].toString()),
                 qPrintable(entry[QStringLiteral("action")].toString()));
}

void TestAuditLog::riskEventsShape()
{
    const DevServer::Reply reply = m_server.send("GET", RiskEvents, m_admin);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith('[')); // a bare array
    const QJsonArray events = reply.jsonArray();
    QCOMPARE(events.size(), 21);
    QSet<QString> actions;
    bool low = false;
    bool middle = false;
    bool high = false;
    bool withoutPlace = false;
    QString previous = QStringLiteral("9999");
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        QCOMPARE(event.keys(),
                 QStringList({QStringLiteral("created_at"),
                              QStringLiteral("geo_city"),
                              QStringLiteral("geo_country"),
                              QStringLiteral("geo_lat"),
                              QStringLiteral("geo_long"),
                              QStringLiteral("id"),
                              QStringLiteral("ip_address"),
                              QStringLiteral("provider"),
                              QStringLiteral("risk_action"),
                              QStringLiteral("risk_factors"),
                              QStringLiteral("risk_score"),
                              QStringLiteral("user_email"),
                              QStringLiteral("user_id")}));
        const int score = event[QStringLiteral("risk_score")].toInt(-1);
        QVERIFY(score >= 0 && score <= 100);
        low |= score < 50;
        middle |= score >= 50 && score < 80;
        high |= score >= 80;
        const QString action = event[QStringLiteral("risk_action")].toString();
        actions.insert(action);
        QCOMPARE(action,
                 score >= 85       ? QStringLiteral("block")
                     : score >= 50 ? QStringLiteral("challenge_mfa")
                                   : QStringLiteral("allow"));
        QVERIFY(!event[QStringLiteral("risk_factors")].toArray().isEmpty());
        withoutPlace |= event[QStringLiteral("geo_country")].isNull() && event[QStringLiteral("geo_lat")].isNull();
        QVERIFY(event[QStringLiteral("created_at")].toString() <= previous);
        previous = event[QStringLiteral("created_at")].toString();
    }
    QVERIFY(low && middle && high && withoutPlace);
    QCOMPARE(actions,
             QSet<QString>({QStringLiteral("allow"), QStringLiteral("challenge_mfa"), QStringLiteral("block")}));
}

void TestAuditLog::riskEventsReferToSeededEndUsers()
{
    const QString john = idOfEndUser(QStringLiteral("john@customer.com"));
    const QString deleted = idOfEndUser(QStringLiteral("deleted.account@example.com"));
    QList<int> johnsScores;
    int deletedEvents = 0;
    for (const QJsonValue& event : m_server.send("GET", RiskEvents, m_admin).jsonArray()) {
        if (event[QStringLiteral("user_id")].toString() == john) {
            QCOMPARE(event[QStringLiteral("user_email")].toString(), QStringLiteral("john@customer.com"));
            johnsScores << event[QStringLiteral("risk_score")].toInt();
        }
        if (event[QStringLiteral("user_id")].toString() == deleted) {
            ++deletedEvents;
            QVERIFY(event[QStringLiteral("user_email")].isNull()); // a deleted account
        }
    }
    // john's sign-ins scoring 40 or more, newest first; they are in his recent_logins too.
    QCOMPARE(johnsScores, QList<int>({47, 55, 68, 81}));
    QCOMPARE(deletedEvents, 2);
    const QJsonArray logins =
        m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/users/") + john, m_admin)
            .json()[QStringLiteral("recent_logins")]
            .toArray();
    QSet<QString> loginTimes;
    for (const QJsonValue& login : logins)
        loginTimes.insert(login[QStringLiteral("created_at")].toString());
    for (const QJsonValue& event : m_server.send("GET", RiskEvents, m_admin).jsonArray()) {
        if (event[QStringLiteral("user_id")].toString() == john)
            QVERIFY(loginTimes.contains(event[QStringLiteral("created_at")].toString()));
    }
}

void TestAuditLog::riskEventsFilterAndPaging()
{
    const QJsonArray high = m_server.send("GET", RiskEvents + QStringLiteral("?min_score=80"), m_admin).jsonArray();
    QCOMPARE(high.size(), 7); // 81 (john); 81, 95, 91 twice (security.review)
    for (const QJsonValue& event : high)
        QVERIFY(event[QStringLiteral("risk_score")].toInt() >= 80);
    // page counts from 0.
    const QJsonArray all = m_server.send("GET", RiskEvents, m_admin).jsonArray();
    const QJsonArray second = m_server.send("GET", RiskEvents + QStringLiteral("?page=1&limit=5"), m_admin).jsonArray();
    QCOMPARE(second.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(second.at(i)[QStringLiteral("id")], all.at(5 + i)[QStringLiteral("id")]);
    QCOMPARE(m_server.send("GET", RiskEvents + QStringLiteral("?page=0&limit=5"), m_admin)
                 .jsonArray()
                 .at(0)[QStringLiteral("id")],
             all.at(0)[QStringLiteral("id")]);
    QCOMPARE(m_server.send("GET", RiskEvents + QStringLiteral("?limit=0"), m_admin).jsonArray().size(), 1);
    QCOMPARE(m_server.send("GET", RiskEvents + QStringLiteral("?limit=500"), m_admin).jsonArray().size(), 21);
    QVERIFY(m_server.send("GET", RiskEvents + QStringLiteral("?page=5&limit=5"), m_admin).jsonArray().isEmpty());
}

void TestAuditLog::riskEventsMalformedQuery()
{
    for (const QString& query :
         {QStringLiteral("page=x"), QStringLiteral("min_score=high"), QStringLiteral("limit=1.5")}) {
        const DevServer::Reply reply = m_server.send("GET", RiskEvents + QLatin1Char('?') + query, m_admin);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    }
}

void TestAuditLog::whoMayRead_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("status");
    QTest::newRow("owner") << QStringLiteral("owner@acme.test") << 200;
    QTest::newRow("admin") << QStringLiteral("admin@acme.test") << 200;
    QTest::newRow("Support") << QStringLiteral("support@acme.test") << 403;
    QTest::newRow("member") << QStringLiteral("member@acme.test") << 403;
    QTest::newRow("non-member") << QStringLiteral("nobody@example.test") << 403;
}

void TestAuditLog::whoMayRead()
{
    QFETCH(QString, email);
    QFETCH(int, status);
    const QString token = m_server.tokenFor(email);
    const DevServer::Reply log = m_server.send("GET", AuditLog, token);
    QCOMPARE(log.status, status);
    QCOMPARE(m_server.send("GET", AuditLog + QStringLiteral("/event-types"), token).status, status);
    const DevServer::Reply risk = m_server.send("GET", RiskEvents, token);
    QCOMPARE(risk.status, status);
    if (status == 403) {
        QCOMPARE(log.json()[QStringLiteral("error")].toString(),
                 QStringLiteral("Insufficient permissions to view audit logs"));
        QCOMPARE(risk.json()[QStringLiteral("error")].toString(),
                 QStringLiteral("Insufficient permissions to view risk events"));
    }
    QCOMPARE(m_server.send("GET", AuditLog).status, 401);
}

void TestAuditLog::olderShapesHaveNoSuchRoutes()
{
    DevServer seed({QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY2(seed.start(), qPrintable(seed.errorString()));
    const QString token = seed.tokenFor(QStringLiteral("owner@acme.test"));
    for (const QString& path : {AuditLog, RiskEvents, QStringLiteral("/api/organizations/acme-corp/roles")}) {
        const DevServer::Reply reply = seed.send("GET", path, token);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.isEmpty());
    }
    QCOMPARE(seed.send("POST", QStringLiteral("/api/auth/login"), {}, QByteArrayLiteral("{}")).status, 404);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
