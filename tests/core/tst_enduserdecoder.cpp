// SPDX-License-Identifier: MIT
#include "api/EndUserDecoder.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Contract sections 1.1-1.3 (shapes), 6 (seed vs reference, decided per response) and 7 (timestamps in bodies).
class TestEndUserDecoder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedPage()
    {
        const QByteArray body = R"({"users":[
            {"id":"user-uuid","email":"john@customer.com","created_at":"2025-01-15T10:30:00Z",
             "last_login_at":"2025-01-16T14:20:00.123456789Z","mfa_enabled":true,"services":["main-app","mobile-app"]},
            {"id":"u2","email":"never@example.com","created_at":"2025-01-15T10:30:00.5Z","last_login_at":null,
             "services":[]}],
            "pagination":{"page":2,"limit":50,"total":51}})";
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->shape, ResponseShape::Seed);
        QCOMPARE(page->pageInfo.page, 2);
        QCOMPARE(page->pageInfo.limit, 50);
        QCOMPARE(page->pageInfo.total, 51);
        QCOMPARE(page->pageInfo.pageCount(), 2);
        QCOMPARE(page->users.size(), 2);
        const EndUserSummary& john = page->users.at(0);
        QCOMPARE(john.id, QStringLiteral("user-uuid"));
        QCOMPARE(john.email, QStringLiteral("john@customer.com"));
        QCOMPARE(john.createdAt, QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC));
        QCOMPARE(john.lastLoginAt, QDateTime(QDate(2025, 1, 16), QTime(14, 20, 0, 123), Qt::UTC));
        QCOMPARE(john.mfaEnabled, std::optional<bool>(true));
        QCOMPARE(john.services, QStringList({QStringLiteral("main-app"), QStringLiteral("mobile-app")}));
        QVERIFY(john.lastLoginKnown());
        const EndUserSummary& never = page->users.at(1);
        QVERIFY(!never.lastLoginAt.has_value()); // null: never signed in
        QVERIFY(never.lastLoginKnown());
        QVERIFY(!never.mfaEnabled.has_value()); // missing key: unknown, not false
        QVERIFY(never.services.isEmpty());
    }

    void referencePage()
    {
        const QByteArray body = R"({"users":[
            {"user":{"id":"u1","email":"a@example.com","is_platform_owner":false,"created_at":"2025-10-19T08:15:02.123Z"},
             "subscriptions":[{"service_id":"s1","service_slug":"main-app","service_name":"Main Application",
                "plan_id":"p1","plan_name":"Pro","status":"active","current_period_end":"2025-11-19T08:15:02Z",
                "created_at":"2025-10-19T08:15:02Z"},
               {"service_id":"s1","service_slug":"main-app","service_name":"Main Application","plan_id":"p2",
                "plan_name":"Free","status":"cancelled","current_period_end":null,"created_at":"2025-10-19T08:15:02Z"}],
             "identities":[{"provider":"github","provider_user_id":"12345","created_at":"2025-10-19T08:15:02Z"}]}],
            "total":1,"page":1,"limit":50})";
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->shape, ResponseShape::Reference);
        QCOMPARE(page->pageInfo.total, 1);
        const EndUserSummary& user = page->users.at(0);
        QCOMPARE(user.shape, ResponseShape::Reference);
        QCOMPARE(user.id, QStringLiteral("u1"));
        QCOMPARE(user.email, QStringLiteral("a@example.com"));
        QVERIFY(!user.lastLoginKnown());
        QVERIFY(!user.lastLoginAt);
        QVERIFY(!user.mfaEnabled);
        QCOMPARE(user.isPlatformOwner, std::optional<bool>(false));
        QCOMPARE(user.services, QStringList {QStringLiteral("main-app")}); // distinct slugs
        QCOMPARE(user.subscriptions.size(), 2);
        QCOMPARE(user.subscriptions.at(0).planName, std::optional<QString>(QStringLiteral("Pro")));
        QCOMPARE(user.subscriptions.at(0).status, std::optional<QString>(QStringLiteral("active")));
        QVERIFY(!user.subscriptions.at(1).currentPeriodEnd);
        QCOMPARE(user.identities.size(), 1);
        QCOMPARE(user.identities.at(0).providerUserId, QStringLiteral("12345"));
        QVERIFY(!user.identities.at(0).email);
    }

    void referencePagePastTheEnd()
    {
        ApiError error;
        const auto page = EndUserDecoder::decodePage(R"({"users":[],"total":0,"page":7,"limit":50})", error);
        QVERIFY(page);
        QVERIFY(!page->pageInfo.total.has_value()); // "total: 0" on page > 1 means nothing
        const auto first = EndUserDecoder::decodePage(R"({"users":[],"total":0,"page":1,"limit":50})", error);
        QCOMPARE(first->pageInfo.total, 0);
    }

    void pageErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("broken JSON") << QByteArray(R"({"users":[)") << QString();
        QTest::newRow("not an object") << QByteArray("[]") << QString();
        QTest::newRow("empty body") << QByteArray() << QString();
        QTest::newRow("no paging at all") << QByteArray(R"({"users":[]})") << QStringLiteral("pagination");
        QTest::newRow("users missing") << QByteArray(R"({"pagination":{"page":1,"limit":50,"total":0}})")
                                       << QStringLiteral("users");
        QTest::newRow("page is a string")
            << QByteArray(R"({"users":[],"pagination":{"page":"1","limit":50,"total":0}})")
            << QStringLiteral("pagination.page");
        QTest::newRow("total fractional")
            << QByteArray(R"({"users":[],"pagination":{"page":1,"limit":50,"total":1.5}})")
            << QStringLiteral("pagination.total");
        const QByteArray head = R"({"pagination":{"page":1,"limit":50,"total":2},"users":[)";
        const QByteArray ok = R"({"id":"a","email":"a@x","created_at":"2025-01-15T10:30:00Z"},)";
        QTest::newRow("email a number") << head + ok + R"({"id":"b","email":5,"created_at":"2025-01-15T10:30:00Z"}]})"
                                        << QStringLiteral("users[1].email");
        QTest::newRow("id missing") << head + ok + R"({"email":"b@x","created_at":"2025-01-15T10:30:00Z"}]})"
                                    << QStringLiteral("users[1].id");
        QTest::newRow("mfa a string") << head + ok
                + R"({"id":"b","email":"b@x","created_at":"2025-01-15T10:30:00Z","mfa_enabled":"yes"}]})"
                                      << QStringLiteral("users[1].mfa_enabled");
        QTest::newRow("services not strings")
            << head + ok + R"({"id":"b","email":"b@x","created_at":"2025-01-15T10:30:00Z","services":["a",3]}]})"
            << QStringLiteral("users[1].services[1]");
        QTest::newRow("created_at a number") << head + ok + R"({"id":"b","email":"b@x","created_at":1736937000}]})"
                                             << QStringLiteral("users[1].created_at");
        QTest::newRow("created_at null") << head + ok + R"({"id":"b","email":"b@x","created_at":null}]})"
                                         << QStringLiteral("users[1].created_at");
        QTest::newRow("row not an object") << head + ok + R"("b"]})" << QStringLiteral("users[1]");
        QTest::newRow("reference user email missing")
            << QByteArray(R"({"total":1,"users":[{"user":{"id":"u","created_at":"2025-01-15T10:30:00Z"}}]})")
            << QStringLiteral("users[0].user.email");
        QTest::newRow("reference subscription slug wrong type")
            << QByteArray(R"({"total":1,"users":[{"user":{"id":"u","email":"e","created_at":"2025-01-15T10:30:00Z"},)"
                          R"("subscriptions":[{"service_slug":7}]}]})")
            << QStringLiteral("users[0].subscriptions[0].service_slug");
    }

    void pageErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY(!page); // never half-filled
        QCOMPARE(error.kind, ApiError::Kind::Decoding);
        QCOMPARE(error.field, field);
        QVERIFY(!error.technical.isEmpty());
    }

    void unparsableTimestampIsUnknownNotAnError()
    {
        ApiError error;
        const auto page = EndUserDecoder::decodePage(
            R"({"pagination":{"page":1,"limit":50,"total":1},"users":[{"id":"a","email":"a@x",)"
            R"("created_at":"2025-01-15T10:30:00Z","last_login_at":"last tuesday"}]})",
            error);
        QVERIFY(page);
        QVERIFY(!page->users.at(0).lastLoginAt);
    }

    void seedServicesNamedTwiceAreOneService()
    {
        ApiError error;
        const auto page = EndUserDecoder::decodePage(
            R"({"pagination":{"page":1,"limit":50,"total":1},"users":[{"id":"a","email":"a@x",)"
            R"("created_at":"2025-01-15T10:30:00Z","services":["mobile-app","billing","mobile-app"]}]})",
            error);
        QVERIFY(page);
        QCOMPARE(page->users.at(0).services, QStringList({QStringLiteral("mobile-app"), QStringLiteral("billing")}));
    }

    void seedDetail()
    {
        const QByteArray body = R"({"id":"user-uuid","email":"john@customer.com","email_verified":true,
            "created_at":"2025-01-15T10:30:00Z","updated_at":"2025-01-16T14:20:00Z","last_login_at":"2025-01-16T14:20:00Z",
            "mfa_enabled":true,
            "linked_identities":[{"provider":"github","provider_user_id":"12345","email":"john@customer.com",
                                  "linked_at":"2025-01-15T10:30:00Z"},
                                 {"provider":"google","provider_user_id":"g-1","email":null,"linked_at":null}],
            "services":[{"id":"service-uuid","slug":"main-app","name":"Main Application",
                         "first_login_at":"2025-01-15T10:30:00Z","last_login_at":"2025-01-16T14:20:00Z"},
                        {"id":"s2","slug":"mobile-app","name":"Mobile App","first_login_at":null,"last_login_at":null}],
            "sessions":{"active_count":2,"last_created_at":"2025-01-16T14:20:00Z"}})";
        ApiError error;
        const auto detail = EndUserDecoder::decodeDetail(body, error);
        QVERIFY2(detail, qPrintable(error.describe()));
        QCOMPARE(detail->shape, ResponseShape::Seed);
        QCOMPARE(detail->email, QStringLiteral("john@customer.com"));
        QCOMPARE(detail->emailVerified, std::optional<bool>(true));
        QCOMPARE(detail->updatedAt, QDateTime(QDate(2025, 1, 16), QTime(14, 20), Qt::UTC));
        QCOMPARE(detail->linkedIdentities.size(), 2);
        QCOMPARE(detail->linkedIdentities.at(0).email, std::optional<QString>(QStringLiteral("john@customer.com")));
        QVERIFY(!detail->linkedIdentities.at(1).email);
        QVERIFY(!detail->linkedIdentities.at(1).linkedAt);
        QCOMPARE(detail->services.size(), 2);
        QCOMPARE(detail->services.at(0).id, QStringLiteral("service-uuid"));
        QCOMPARE(detail->services.at(0).name, QStringLiteral("Main Application"));
        QVERIFY(!detail->services.at(1).firstLoginAt);
        QCOMPARE(detail->sessions.activeCount, 2);
        QCOMPARE(detail->sessions.lastCreatedAt, QDateTime(QDate(2025, 1, 16), QTime(14, 20), Qt::UTC));
    }

    void seedDetailWithMissingOptionals()
    {
        ApiError error;
        const auto detail =
            EndUserDecoder::decodeDetail(R"({"id":"x","email":"x@y","created_at":"2025-01-15T10:30:00Z"})", error);
        QVERIFY(detail);
        QVERIFY(!detail->emailVerified);
        QVERIFY(!detail->mfaEnabled);
        QVERIFY(!detail->updatedAt);
        QVERIFY(!detail->sessions.activeCount);
        QVERIFY(detail->linkedIdentities.isEmpty());
    }

    void referenceDetail()
    {
        const QByteArray body = R"({"user":{"id":"u1","email":"a@example.com","is_platform_owner":true,
              "created_at":"2025-10-19T08:15:02.123456Z"},
            "subscriptions":[{"service_id":"s1","service_slug":"main-app","service_name":"Main Application",
              "plan_id":"p1","plan_name":"Pro","status":"active","current_period_end":"2025-11-19T08:15:02Z",
              "created_at":"2025-10-19T08:15:02Z"}],
            "identities":[{"provider":"microsoft","provider_user_id":"m-9","created_at":"2025-10-19T08:15:02.123456789Z"}],
            "session_count":4})";
        ApiError error;
        const auto detail = EndUserDecoder::decodeDetail(body, error);
        QVERIFY2(detail, qPrintable(error.describe()));
        QCOMPARE(detail->shape, ResponseShape::Reference);
        QCOMPARE(detail->id, QStringLiteral("u1"));
        QCOMPARE(detail->isPlatformOwner, std::optional<bool>(true));
        QVERIFY(!detail->emailVerified);
        QVERIFY(!detail->mfaEnabled);
        QVERIFY(!detail->lastLoginKnown());
        QCOMPARE(detail->services.size(), 1);
        QCOMPARE(detail->services.at(0).id, QStringLiteral("s1"));
        QCOMPARE(detail->services.at(0).slug, QStringLiteral("main-app"));
        QCOMPARE(detail->services.at(0).name, QStringLiteral("Main Application"));
        QCOMPARE(detail->services.at(0).planName, std::optional<QString>(QStringLiteral("Pro")));
        QVERIFY(!detail->services.at(0).lastLoginAt);
        QCOMPARE(detail->linkedIdentities.at(0).linkedAt,
                 QDateTime(QDate(2025, 10, 19), QTime(8, 15, 2, 123), Qt::UTC));
        QCOMPARE(detail->sessions.activeCount, 4);
        QVERIFY(!detail->sessions.lastCreatedAt);
    }

    void detailErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"x\",\"email\":\"x@y\",\"crea") << QString();
        QTest::newRow("sessions count string") << QByteArray(
            R"({"id":"x","email":"x@y","created_at":"2025-01-15T10:30:00Z","sessions":{"active_count":"2"}})")
                                               << QStringLiteral("sessions.active_count");
        QTest::newRow("identity provider missing")
            << QByteArray(R"({"id":"x","email":"x@y","created_at":"2025-01-15T10:30:00Z",)"
                          R"("linked_identities":[{"provider_user_id":"1"}]})")
            << QStringLiteral("linked_identities[0].provider");
        QTest::newRow("provider user id numeric")
            << QByteArray(R"({"id":"x","email":"x@y","created_at":"2025-01-15T10:30:00Z",)"
                          R"("linked_identities":[{"provider":"github","provider_user_id":12345}]})")
            << QStringLiteral("linked_identities[0].provider_user_id");
        QTest::newRow("services not an array")
            << QByteArray(R"({"id":"x","email":"x@y","created_at":"2025-01-15T10:30:00Z","services":{}})")
            << QStringLiteral("services");
        QTest::newRow("reference session_count string")
            << QByteArray(R"({"user":{"id":"u","email":"e","created_at":"2025-01-15T10:30:00Z"},"session_count":"4"})")
            << QStringLiteral("session_count");
    }

    void detailErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!EndUserDecoder::decodeDetail(body, error));
        QCOMPARE(error.kind, ApiError::Kind::Decoding);
        QCOMPARE(error.field, field);
    }

    void platform2026Page()
    {
        const QByteArray body = R"({"users":[{"user":{"id":"u-1","email":"a@x.example","org_id":null,
            "is_platform_owner":false,"password_hash":null,"email_verified_at":null,
            "created_at":"2025-10-19T08:15:02.123456789","updated_at":null,"deleted_at":null},
            "subscriptions":[{"service_id":"s-1","service_slug":"main-app","service_name":"Main","plan_id":"p",
            "plan_name":"Free","status":"active","current_period_end":"2026-01-01T00:00:00Z",
            "created_at":"2025-10-19T08:15:02Z"}],"identities":[]}],"total":1,"page":1,"limit":50})";
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->shape, ResponseShape::Platform2026);
        const EndUserSummary& user = page->users.first();
        QCOMPARE(user.shape, ResponseShape::Platform2026);
        // A naive timestamp of the 2026 server's user object means UTC.
        QCOMPARE(*user.createdAt, QDateTime(QDate(2025, 10, 19), QTime(8, 15, 2, 123), Qt::UTC));
        QCOMPARE(user.services, QStringList {QStringLiteral("main-app")});
        QVERIFY(!user.lastLoginKnown());
        QVERIFY(!user.mfaEnabled);
    }

    void platform2026Detail()
    {
        const QByteArray body = R"({"user":{"id":"u-1","email":"a@x.example","org_id":null,"is_platform_owner":false,
            "password_hash":"$argon2id$v=19$m=19456,t=2,p=1$c2VlZA$SEEDEDHASH","email_verified_at":"2025-10-20T09:00:00",
            "created_at":"2025-10-19T08:15:02","updated_at":null,"deleted_at":"2026-03-01T12:00:00.5"},
            "subscriptions":[{"service_id":"s-1","service_slug":"main-app","service_name":"Main","status":"active",
            "created_at":"2025-10-19T08:15:02Z"},{"service_id":"s-2","service_slug":"mobile","service_name":"Mobile"}],
            "identities":[{"provider":"github","provider_user_id":"12345","created_at":"2025-10-19T08:15:02Z"}],
            "session_count":1,
            "sessions":[{"id":"x-1","service_id":"s-1","service_name":"Main","org_slug":null,"ip_address":"203.0.113.7",
              "user_agent":"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
              "expires_at":"2999-01-01T00:00:00Z","refresh_token_expires_at":null,"created_at":"2026-11-30T10:00:00Z"},
             {"id":"x-2","service_id":null,"service_name":null,"org_slug":"acme-corp","ip_address":null,"user_agent":null,
              "expires_at":"2020-01-01T00:00:00Z","refresh_token_expires_at":null,"created_at":"2019-12-31T10:00:00Z"}],
            "recent_logins":[{"id":"l-1","service_id":"s-1","service_name":"Main","provider":"github",
              "ip_address":"203.0.113.7","user_agent":null,"risk_score":87,"risk_factors":["new_country","tor"],
              "geo_country":"DE","geo_city":null,"created_at":"2026-11-30T10:00:00Z"},
             {"id":"l-2","service_id":"s-1","service_name":"Main","provider":"google","ip_address":null,
              "user_agent":null,"risk_score":null,"risk_factors":[],"geo_country":null,"geo_city":null,
              "created_at":"2026-11-01T10:00:00Z"}]})";
        ApiError error;
        const auto detail = EndUserDecoder::decodeDetail(body, error);
        QVERIFY2(detail, qPrintable(error.describe()));
        QCOMPARE(detail->shape, ResponseShape::Platform2026);
        QCOMPARE(detail->emailVerified, true);
        QCOMPARE(*detail->emailVerifiedAt, QDateTime(QDate(2025, 10, 20), QTime(9, 0), Qt::UTC));
        QCOMPARE(*detail->deletedAt, QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 500), Qt::UTC));
        QVERIFY(!detail->updatedAt);
        QVERIFY(!detail->mfaEnabled); // not available to organization members on this server
        QCOMPARE(detail->sessions.activeCount, 1);
        QCOMPARE(detail->sessionList->size(), 2);
        QVERIFY(detail->sessionList->at(0).isActiveAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(!detail->sessionList->at(1).isActiveAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(*detail->sessions.lastCreatedAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(detail->recentSignIns->size(), 2);
        QCOMPARE(detail->recentSignIns->at(0).riskScore, 87);
        QCOMPARE(detail->recentSignIns->at(0).riskFactors,
                 QStringList({QStringLiteral("new_country"), QStringLiteral("tor")}));
        QVERIFY(!detail->recentSignIns->at(1).riskScore);
        // Last login: the newest sign-in, and per service as far as the 20 recent sign-ins reach.
        QCOMPARE(detail->lastLoginSource, EndUserDetail::LastLoginSource::RecentSignIns);
        QCOMPARE(*detail->lastLoginAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(*detail->services.at(0).lastLoginAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QVERIFY(detail->services.at(0).lastLoginFromRecentSignIns);
        QVERIFY(!detail->services.at(1).lastLoginAt);
        QCOMPARE(detail->linkedIdentities.size(), 1);
    }

    void platform2026NotVerifiedAndRanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray user = R"({"id":"u","email":"e","email_verified_at":null,"created_at":"2025-10-19T08:15:02"})";
        QTest::newRow("risk score above 100")
            << QByteArray(R"({"user":)" + user + R"(,"session_count":0,"sessions":[],"recent_logins":[{"id":"l",
                "provider":"github","risk_score":101,"risk_factors":[],"created_at":"2026-11-30T10:00:00Z"}]})")
            << QStringLiteral("recent_logins[0].risk_score");
        QTest::newRow("negative session count")
            << QByteArray(R"({"user":)" + user + R"(,"session_count":-1,"sessions":[]})")
            << QStringLiteral("session_count");
        QTest::newRow("factors missing") << QByteArray(R"({"user":)" + user
                                                       + R"(,"recent_logins":[{"id":"l","provider":"github",
                "created_at":"2026-11-30T10:00:00Z"}]})")
                                         << QStringLiteral("recent_logins[0].risk_factors");
    }

    void platform2026NotVerifiedAndRanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!EndUserDecoder::decodeDetail(body, error));
        QCOMPARE(error.field, field);
        // A valid one: not verified when the stored time is null.
        const auto detail = EndUserDecoder::decodeDetail(
            R"({"user":{"id":"u","email":"e","email_verified_at":null,"created_at":"2025-10-19T08:15:02"},"session_count":0})",
            error);
        QVERIFY(detail);
        QCOMPARE(detail->emailVerified, false);
        QVERIFY(!detail->sessionList);
    }

    void revoke_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count"); // -1 unknown
        QTest::newRow("seed") << QByteArray(R"({"message":"All sessions revoked","sessions_revoked":3})") << 3;
        QTest::newRow("reference") << QByteArray(R"({"message":"Revoked","revoked_count":2})") << 2;
        QTest::newRow("zero is success") << QByteArray(R"({"message":"x","sessions_revoked":0})") << 0;
        QTest::newRow("no count") << QByteArray(R"({"message":"done"})") << -1;
    }

    void revoke()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        ApiError error;
        const auto result = EndUserDecoder::decodeRevoke(body, error);
        QVERIFY(result);
        QCOMPARE(result->sessionsRevoked.has_value(), count >= 0);
        if (count >= 0)
            QCOMPARE(*result->sessionsRevoked, count);
    }
};

QTEST_GUILESS_MAIN(TestEndUserDecoder)
#include "tst_enduserdecoder.moc"
