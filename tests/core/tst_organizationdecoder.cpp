// SPDX-License-Identifier: MIT
#include "api/OrganizationDecoder.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Contract 5.1 (organization list), 5.2 (one organization), 5.3 (members, role) and 5.4 (services, sorted).
class TestOrganizationDecoder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void organizationList()
    {
        const QByteArray body = R"([
          {"organization":{"id":"o1","slug":"acme-corp","name":"Acme","owner_user_id":"u1","status":"active",
             "tier_id":"tier_free","max_services":null,"max_users":null,"approved_by":null,"approved_at":null,
             "rejected_by":null,"rejected_at":null,"rejection_reason":null,
             "created_at":"2025-10-19T08:15:02Z","updated_at":"2025-10-19T08:15:02.5Z"},
           "membership_count":3,"service_count":2,
           "tier":{"id":"tier_free","name":"free","display_name":"Free Tier","default_max_services":2,
             "default_max_users":3,"features":"{ api_access: false }","price_cents":0,"currency":"usd",
             "created_at":"2025-10-19T08:15:02Z"}},
          {"organization":{"id":"o2","slug":"initech","name":"Initech","owner_user_id":"u9","status":"suspended",
             "tier_id":null,"max_services":5,"created_at":"2025-10-19T08:15:02Z","updated_at":null},
           "membership_count":1,"service_count":1,"tier":null,"role":"admin"}])";
        ApiError error;
        const auto list = OrganizationDecoder::decodeOrganizationList(body, error);
        QVERIFY2(list, qPrintable(error.describe()));
        QCOMPARE(list->size(), 2);
        const Organization& acme = list->at(0);
        QCOMPARE(acme.slug, QStringLiteral("acme-corp"));
        QCOMPARE(acme.name, QStringLiteral("Acme"));
        QCOMPARE(acme.ownerUserId, QStringLiteral("u1"));
        QVERIFY(acme.isActive());
        QCOMPARE(acme.tierName, std::optional<QString>(QStringLiteral("Free Tier")));
        QCOMPARE(acme.membershipCount, 3);
        QVERIFY(!acme.maxUsers);
        QVERIFY(!acme.role);
        const Organization& initech = list->at(1);
        QCOMPARE(initech.status, Organization::Status::Suspended);
        QCOMPARE(initech.statusText, QStringLiteral("suspended"));
        QCOMPARE(initech.maxServices, 5);
        QVERIFY(!initech.tierName);
        QCOMPARE(initech.role, std::optional<MemberRole>(MemberRole::Value::Admin)); // inline role preferred
    }

    void organizationListEnvelopeAndMembershipRole()
    {
        ApiError error;
        const auto list = OrganizationDecoder::decodeOrganizationList(
            R"({"organizations":[{"organization":{"id":"o","slug":"s","name":"n","status":"pending"},)"
            R"("membership":{"role":"owner"}}]})",
            error);
        QVERIFY2(list, qPrintable(error.describe()));
        QCOMPARE(list->at(0).status, Organization::Status::Pending);
        QCOMPARE(list->at(0).role, std::optional<MemberRole>(MemberRole::Value::Owner));
    }

    void organizationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("<html>") << QString();
        QTest::newRow("slug missing") << QByteArray(R"([{"organization":{"id":"o","name":"n","status":"active"}}])")
                                      << QStringLiteral("[0].organization.slug");
        QTest::newRow("count string") << QByteArray(
            R"([{"organization":{"id":"o","slug":"s","name":"n","status":"active"},"membership_count":"3"}])")
                                      << QStringLiteral("[0].membership_count");
        QTest::newRow("negative count") << QByteArray(
            R"([{"organization":{"id":"o","slug":"s","name":"n","status":"active"},"membership_count":-3}])")
                                        << QStringLiteral("[0].membership_count");
        QTest::newRow("negative quota") << QByteArray(
            R"([{"organization":{"id":"o","slug":"s","name":"n","status":"active","max_users":-1}}])")
                                        << QStringLiteral("[0].organization.max_users");
        QTest::newRow("entry not an object") << QByteArray("[1]") << QStringLiteral("[0]");
    }

    void organizationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!OrganizationDecoder::decodeOrganizationList(body, error));
        QCOMPARE(error.kind, ApiError::Kind::Decoding);
        QCOMPARE(error.field, field);
    }

    void singleOrganization()
    {
        ApiError error;
        const auto organization = OrganizationDecoder::decodeOrganization(
            R"({"organization":{"id":"o","slug":"umbrella","name":"Umbrella","owner_user_id":"u","status":"pending"},)"
            R"("membership_count":1,"service_count":0,"tier":null})",
            error);
        QVERIFY(organization);
        QCOMPARE(organization->slug, QStringLiteral("umbrella"));
        QVERIFY(!organization->isActive());
    }

    void members()
    {
        ApiError error;
        const auto members = OrganizationDecoder::decodeMembers(
            R"({"members":[{"user":{"id":"u1","email":"owner@acme.test","is_platform_owner":false,"created_at":"x"},)"
            R"("membership":{"id":"m1","org_id":"o","user_id":"u1","role":"owner","created_at":"x"}},)"
            R"({"user":{"id":"u2","email":"admin@acme.test"},"membership":{"role":"admin"}},)"
            R"({"user":{"id":"u3","email":"odd@acme.test"},"membership":{"role":"auditor"}}],)"
            R"("total":3,"limit":{"current":3,"max":3,"source":"free"}})",
            error);
        QVERIFY2(members, qPrintable(error.describe()));
        QCOMPARE(members->size(), 3);
        QCOMPARE(members->at(0).role, std::optional<MemberRole>(MemberRole::Value::Owner));
        QCOMPARE(members->at(1).userId, QStringLiteral("u2"));
        QCOMPARE(members->at(1).role, std::optional<MemberRole>(MemberRole::Value::Admin));
        // A role the client does not know is kept by name: on a 2026 server its capabilities tell what it allows.
        QVERIFY(members->at(2).role);
        QCOMPARE(members->at(2).role->value(), MemberRole::Value::Custom);
        QCOMPARE(members->at(2).role->toString(), QStringLiteral("auditor"));
    }

    void servicesSortedByName()
    {
        ApiError error;
        const auto services = OrganizationDecoder::decodeServices(
            R"({"services":[
                {"id":"3","slug":"partner-api","name":"Partner API","service_type":"api","subscription_count":1},
                {"id":"1","slug":"main-app","name":"Main Application","service_type":"web","github_scopes":null},
                {"id":"2","slug":"billing-portal","name":"billing Portal"},
                {"id":"4","slug":"mobile-app","name":"Mobile App","created_at":"2025-10-19T08:15:02.123456789Z"}],
               "usage":{"current_services":4,"max_services":5,"tier":"Free Tier"}})",
            error);
        QVERIFY2(services, qPrintable(error.describe()));
        QStringList names;
        for (const Service& service : *services)
            names << service.name;
        QCOMPARE(names,
                 QStringList({QStringLiteral("billing Portal"),
                              QStringLiteral("Main Application"),
                              QStringLiteral("Mobile App"),
                              QStringLiteral("Partner API")}));
        QCOMPARE(services->at(1).id, QStringLiteral("1"));
        QCOMPARE(services->at(1).slug, QStringLiteral("main-app"));
        QCOMPARE(services->at(3).subscriptionCount, 1);
    }

    void serviceErrors()
    {
        ApiError error;
        QVERIFY(!OrganizationDecoder::decodeServices(R"({"services":[{"id":1,"slug":"a","name":"A"}]})", error));
        QCOMPARE(error.field, QStringLiteral("services[0].id"));
    }

    void roleNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role"); // -1 none
        QTest::addColumn<bool>("canRevoke");
        QTest::newRow("owner") << QStringLiteral("owner") << int(MemberRole::Value::Owner) << true;
        QTest::newRow("Admin") << QStringLiteral("Admin") << int(MemberRole::Value::Admin) << true;
        QTest::newRow("member") << QStringLiteral("member") << int(MemberRole::Value::Member) << false;
        QTest::newRow("custom") << QStringLiteral("Support") << int(MemberRole::Value::Custom) << false;
        QTest::newRow("empty") << QStringLiteral("  ") << -1 << false;
    }

    void roleNames()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        QFETCH(bool, canRevoke);
        const auto parsed = MemberRole::fromString(text);
        QCOMPARE(parsed.has_value(), role >= 0);
        if (parsed) {
            QCOMPARE(int(parsed->value()), role);
            QCOMPARE(parsed->canRevokeSessions(), canRevoke);
            QCOMPARE(parsed->toString(), role == int(MemberRole::Value::Custom) ? text : text.toLower());
        }
    }
};

QTEST_GUILESS_MAIN(TestOrganizationDecoder)
#include "tst_organizationdecoder.moc"
