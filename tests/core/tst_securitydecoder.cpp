// SPDX-License-Identifier: MIT
// Contract 9.6: the risk events (a bare array) and the audit log page, with their range checks.
#include "api/SecurityDecoder.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

class TestSecurityDecoder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void riskEvents()
    {
        const QByteArray body = R"([
            {"id":"r1","user_id":"u1","user_email":"john@customer.com","created_at":"2025-01-16T14:20:00Z",
             "risk_score":81,"risk_factors":["new_device","new_country"],"risk_action":"challenge_mfa",
             "geo_country":"DE","geo_city":"Berlin","geo_lat":52.52,"geo_long":13.4,"ip_address":"203.0.113.10",
             "provider":"github"},
            {"id":"r2","user_id":"u2","user_email":null,"created_at":"2025-01-16T14:20:00Z","risk_score":95,
             "risk_factors":[],"risk_action":"block","geo_country":null,"geo_city":null,"geo_lat":null,
             "geo_long":null,"ip_address":null,"provider":"password"},
            {"id":"r3","user_id":"u3","created_at":"2025-01-16T14:20:00Z","risk_score":0,"risk_factors":[],
             "risk_action":"something_new","provider":"google"}])";
        ApiError error;
        const auto events = SecurityDecoder::decodeRiskEvents(body, error);
        QVERIFY2(events, qPrintable(error.describe()));
        QCOMPARE(events->size(), 3);
        const RiskEvent& first = events->at(0);
        QCOMPARE(first.userEmail, std::optional<QString>(QStringLiteral("john@customer.com")));
        QCOMPARE(first.riskScore, 81);
        QCOMPARE(first.action, RiskEvent::Action::ChallengeMfa);
        QCOMPARE(first.riskFactors.size(), 2);
        QCOMPARE(first.city, std::optional<QString>(QStringLiteral("Berlin")));
        QCOMPARE(first.latitude, std::optional<double>(52.52));
        QCOMPARE(events->at(1).action, RiskEvent::Action::Block);
        QVERIFY(!events->at(1).userEmail);
        QVERIFY(!events->at(1).ipAddress);
        QCOMPARE(events->at(2).action, RiskEvent::Action::Other);
        QCOMPARE(events->at(2).actionText, QStringLiteral("something_new"));
    }

    void riskEventsRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray ok =
            R"("id":"r","user_id":"u","created_at":"2025-01-16T14:20:00Z","risk_factors":[],"risk_action":"allow","provider":"p")";
        QTest::newRow("object, not array") << QByteArray(R"({"events":[]})");
        QTest::newRow("score above 100") << QByteArray("[{" + ok + R"(,"risk_score":101}])");
        QTest::newRow("negative score") << QByteArray("[{" + ok + R"(,"risk_score":-1}])");
        QTest::newRow("score not integer") << QByteArray("[{" + ok + R"(,"risk_score":"high"}])");
        QTest::newRow("no score") << QByteArray("[{" + ok + "}]");
        QTest::newRow("latitude out of range") << QByteArray("[{" + ok + R"(,"risk_score":1,"geo_lat":91}])");
        QTest::newRow("factors not strings") << QByteArray(
            R"([{"id":"r","user_id":"u","created_at":"2025-01-16T14:20:00Z","risk_factors":[1],"risk_action":"allow","provider":"p","risk_score":1}])");
        QByteArray many = "[";
        for (int i = 0; i < 101; ++i)
            many += (i ? ",{" : "{") + ok + R"(,"risk_score":1})";
        QTest::newRow("more than 100 items") << QByteArray(many + "]");
        QTest::newRow("not JSON") << QByteArray("<html>");
    }

    void riskEventsRejected()
    {
        QFETCH(QByteArray, body);
        ApiError error;
        QVERIFY(!SecurityDecoder::decodeRiskEvents(body, error));
        QCOMPARE(error.kind, ApiError::Kind::Decoding);
    }

    void auditLog()
    {
        const QByteArray body = R"({"logs":[
            {"id":"a1","organization_id":"o1","actor_id":"m1","actor":{"id":"m1","email":"owner@acme.test"},
             "action":"member.role_changed","target_type":"member","target_id":"m2","ip_address":"192.0.2.1",
             "user_agent":"curl","success":true,"metadata":{"from":"member","to":"admin"},
             "created_at":"2025-11-30T18:00:00Z"},
            {"id":"a2","organization_id":"o1","actor_id":null,"actor":null,"action":"organization.updated",
             "target_type":"organization","target_id":"o1","ip_address":null,"user_agent":null,"success":false,
             "metadata":null,"created_at":"2025-11-30T12:00:00Z"}],
            "pagination":{"page":2,"limit":2,"total":48,"total_pages":24,"has_next":true,"has_prev":true}})";
        ApiError error;
        const auto page = SecurityDecoder::decodeAuditLog(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->page, 2);
        QCOMPARE(page->total, 48);
        QCOMPARE(page->totalPages, 24);
        QVERIFY(page->hasNext);
        QCOMPARE(page->entries.size(), 2);
        QCOMPARE(page->entries.at(0).actorEmail, std::optional<QString>(QStringLiteral("owner@acme.test")));
        QCOMPARE(page->entries.at(0).metadata, QStringLiteral(R"({"from":"member","to":"admin"})"));
        QCOMPARE(page->entries.at(1).success, std::optional<bool>(false));
        QVERIFY(!page->entries.at(1).actorId);
        QVERIFY(page->entries.at(1).metadata.isEmpty());
    }

    void auditLogRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("bare array") << QByteArray("[]");
        QTest::newRow("page 0") << QByteArray(
            R"({"logs":[],"pagination":{"page":0,"limit":50,"total":0,"total_pages":0}})");
        QTest::newRow("limit 0") << QByteArray(
            R"({"logs":[],"pagination":{"page":1,"limit":0,"total":0,"total_pages":0}})");
        QTest::newRow("negative total") << QByteArray(
            R"({"logs":[],"pagination":{"page":1,"limit":50,"total":-1,"total_pages":0}})");
        QTest::newRow("no pagination") << QByteArray(R"({"logs":[]})");
        QTest::newRow("more rows than the limit") << QByteArray(
            R"({"logs":[{"id":"a","action":"x","created_at":"2025-11-30T12:00:00Z"},{"id":"b","action":"x","created_at":"2025-11-30T12:00:00Z"}],"pagination":{"page":1,"limit":1,"total":2,"total_pages":2}})");
        QTest::newRow("entry without action") << QByteArray(
            R"({"logs":[{"id":"a","created_at":"2025-11-30T12:00:00Z"}],"pagination":{"page":1,"limit":50,"total":1,"total_pages":1}})");
    }

    void auditLogRejected()
    {
        QFETCH(QByteArray, body);
        ApiError error;
        QVERIFY(!SecurityDecoder::decodeAuditLog(body, error));
        QCOMPARE(error.kind, ApiError::Kind::Decoding);
    }
};

QTEST_GUILESS_MAIN(TestSecurityDecoder)
#include "tst_securitydecoder.moc"
