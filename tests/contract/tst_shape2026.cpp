// SPDX-License-Identifier: MIT
// sso-dev-server --shape 2026: the end-user list, detail and revocation of the 2026 server (contract 9.1-9.3).
#include "DevServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");

// No zone, 0 to 9 fraction digits.
const QRegularExpression NaiveStamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?$"));
const QRegularExpression ZuluStamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z$"));

const QStringList UserKeys = {QStringLiteral("created_at"),
                              QStringLiteral("deleted_at"),
                              QStringLiteral("email"),
                              QStringLiteral("email_verified_at"),
                              QStringLiteral("id"),
                              QStringLiteral("is_platform_owner"),
                              QStringLiteral("org_id"),
                              QStringLiteral("password_hash"),
                              QStringLiteral("updated_at")};

// Seconds and milliseconds; Qt's ISO parser is not relied on for 6 or 9 fraction digits.
QDateTime utc(const QString& text)
{
    QString stamp = text;
    if (stamp.endsWith(QLatin1Char('Z')))
        stamp.chop(1);
    const qsizetype dot = stamp.indexOf(QLatin1Char('.'));
    const QString fraction = dot < 0 ? QString() : (stamp.mid(dot + 1) + QStringLiteral("00")).left(3);
    QDateTime time = QDateTime::fromString(dot < 0 ? stamp : stamp.left(dot), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    time.setTimeSpec(Qt::UTC);
    return time.addMSecs(fraction.toInt());
}

QString seededHash(const QString& email)
{
    return QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$c2VlZGVkLWJ5LXNzby1kZXYtc2VydmVy$")
        + QString::fromLatin1(QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestShape2026 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listEnvelopeAndNineKeyUser();
    void searchAndServiceIdAreIgnored_data();
    void searchAndServiceIdAreIgnored();
    void serviceSlug();
    void unknownServiceSlug();
    void paging();
    void malformedQueryIsPlainText();
    void detailOfJohn();
    void johnsSessions();
    void johnsRecentSignIns();
    void detailWithoutPassword();
    void deletedAccount();
    void recentSignInsAreCappedAtTwenty();
    void identityOnlyUserCanBeOpened();
    void detailErrors();
    void revokeIsScopedToTheOrganizationAndCountsExpiredRows();
    void revokeErrors();

private:
    QString idOf(const QString& email) const { return m_ids.value(email); }
    QJsonObject detail(const QString& email);

    DevServer m_server {{QStringLiteral("--shape"),
                         QStringLiteral("2026"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("300"),
                         QStringLiteral("--quiet")}};
    QString m_admin;
    QString m_globexOwner;
    qint64 m_total = 0;
    QHash<QString, QString> m_ids; // email -> id of every acme-corp end-user
};

void TestShape2026::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
    m_globexOwner = m_server.tokenFor(QStringLiteral("owner@globex.test"));
    for (int page = 1; page < 20; ++page) {
        const QJsonObject body =
            m_server.send("GET", Users + QStringLiteral("?limit=100&page=%1").arg(page), m_admin).json();
        const QJsonArray users = body[QStringLiteral("users")].toArray();
        if (page == 1)
            m_total = body[QStringLiteral("total")].toInteger();
        for (const QJsonValue& item : users)
            m_ids.insert(item[QStringLiteral("user")][QStringLiteral("email")].toString(),
                         item[QStringLiteral("user")][QStringLiteral("id")].toString());
        if (users.size() < 100)
            break;
    }
    QCOMPARE(qint64(m_ids.size()), m_total);
    QVERIFY(m_total > 200);
}

void TestShape2026::cleanupTestCase()
{
    m_server.stop();
}

QJsonObject TestShape2026::detail(const QString& email)
{
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('/') + idOf(email), m_admin);
    if (reply.status != 200)
        qWarning("detail of %s: %d %s", qPrintable(email), reply.status, reply.body.constData());
    return reply.json();
}

void TestShape2026::listEnvelopeAndNineKeyUser()
{
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?limit=100"), m_admin);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(),
             QStringList(
                 {QStringLiteral("limit"), QStringLiteral("page"), QStringLiteral("total"), QStringLiteral("users")}));
    QCOMPARE(body[QStringLiteral("total")].toInteger(), m_total);
    QSet<int> fractionDigits;
    QDateTime previous = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& value : body[QStringLiteral("users")].toArray()) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(),
                 QStringList({QStringLiteral("identities"), QStringLiteral("subscriptions"), QStringLiteral("user")}));
        const QJsonObject user = item[QStringLiteral("user")].toObject();
        QCOMPARE(user.keys(), UserKeys);
        // In the list these mean "unknown", whatever the truth.
        for (const char* key : {"org_id", "password_hash", "email_verified_at", "updated_at", "deleted_at"})
            QVERIFY2(user[QLatin1String(key)].isNull(), key);
        const QString created = user[QStringLiteral("created_at")].toString();
        QVERIFY2(NaiveStamp.match(created).hasMatch(), qPrintable(created));
        const qsizetype dot = created.indexOf(QLatin1Char('.'));
        fractionDigits.insert(dot < 0 ? 0 : int(created.size() - dot - 1));
        QVERIFY(utc(created).isValid() && utc(created) <= previous);
        previous = utc(created);
        for (const QJsonValue& subscription : item[QStringLiteral("subscriptions")].toArray()) {
            QVERIFY(ZuluStamp.match(subscription[QStringLiteral("created_at")].toString()).hasMatch());
            QVERIFY(!subscription[QStringLiteral("current_period_end")].isNull());
        }
        for (const QJsonValue& identity : item[QStringLiteral("identities")].toArray())
            QVERIFY(ZuluStamp.match(identity[QStringLiteral("created_at")].toString()).hasMatch());
    }
    QCOMPARE(fractionDigits, QSet<int>({0, 3, 6, 9}));
}

void TestShape2026::searchAndServiceIdAreIgnored_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("search") << QStringLiteral("search=john");
    QTest::newRow("service_id") << QStringLiteral("service_id=main-app");
    QTest::newRow("unknown service_id") << QStringLiteral("service_id=nope");
}

void TestShape2026::searchAndServiceIdAreIgnored()
{
    QFETCH(QString, query);
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('?') + query, m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QStringLiteral("total")].toInteger(), m_total);
}

void TestShape2026::serviceSlug()
{
    const QJsonObject body =
        m_server.send("GET", Users + QStringLiteral("?service_slug=mobile-app&limit=100"), m_admin).json();
    const qint64 total = body[QStringLiteral("total")].toInteger();
    QVERIFY(total > 0 && total < m_total);
    QCOMPARE(body[QStringLiteral("users")].toArray().size(), std::min<qint64>(total, 100));
}

void TestShape2026::unknownServiceSlug()
{
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?service_slug=nope"), m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Service 'nope' not found"));
}

void TestShape2026::paging()
{
    QJsonObject body = m_server.send("GET", Users + QStringLiteral("?page=0&limit=500"), m_admin).json();
    QCOMPARE(body[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(body[QStringLiteral("limit")].toInt(), 100);
    body = m_server.send("GET", Users + QStringLiteral("?page=99&limit=100"), m_admin).json();
    QVERIFY(body[QStringLiteral("users")].toArray().isEmpty());
    QCOMPARE(body[QStringLiteral("total")].toInt(-1), 0); // past the end: total 0, as the reference server
    const DevServer::Reply huge =
        m_server.send("GET", Users + QStringLiteral("?page=9223372036854775807&limit=100"), m_admin);
    QCOMPARE(huge.status, 200);
    QVERIFY(huge.json()[QStringLiteral("users")].toArray().isEmpty());
}

void TestShape2026::malformedQueryIsPlainText()
{
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?page=x"), m_admin);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
}

void TestShape2026::detailOfJohn()
{
    const QJsonObject body = detail(QStringLiteral("john@customer.com"));
    QCOMPARE(body.keys(),
             QStringList({QStringLiteral("identities"),
                          QStringLiteral("recent_logins"),
                          QStringLiteral("session_count"),
                          QStringLiteral("sessions"),
                          QStringLiteral("subscriptions"),
                          QStringLiteral("user")}));
    const QJsonObject user = body[QStringLiteral("user")].toObject();
    QCOMPARE(user.keys(), UserKeys);
    QCOMPARE(user[QStringLiteral("email")].toString(), QStringLiteral("john@customer.com"));
    QVERIFY(user[QStringLiteral("org_id")].isNull());
    QCOMPARE(user[QStringLiteral("is_platform_owner")].toBool(true), false);
    // A password account: the stored hash is in the detail, a recognisable seeded value.
    QCOMPARE(user[QStringLiteral("password_hash")].toString(), seededHash(QStringLiteral("john@customer.com")));
    for (const char* key : {"created_at", "email_verified_at", "updated_at"})
        QVERIFY2(NaiveStamp.match(user[QLatin1String(key)].toString()).hasMatch(), key);
    QCOMPARE(utc(user[QStringLiteral("created_at")].toString()).toString(Qt::ISODate),
             QStringLiteral("2025-01-15T10:30:00Z"));
    QCOMPARE(utc(user[QStringLiteral("email_verified_at")].toString()).toString(Qt::ISODate),
             QStringLiteral("2025-01-15T11:30:00Z"));
    QCOMPARE(utc(user[QStringLiteral("updated_at")].toString()).toString(Qt::ISODate),
             QStringLiteral("2025-01-16T14:20:00Z"));
    QVERIFY(user[QStringLiteral("deleted_at")].isNull());
    QStringList slugs;
    for (const QJsonValue& subscription : body[QStringLiteral("subscriptions")].toArray())
        slugs << subscription[QStringLiteral("service_slug")].toString();
    QCOMPARE(slugs, QStringList({QStringLiteral("main-app"), QStringLiteral("mobile-app")}));
    QCOMPARE(body[QStringLiteral("identities")][0][QStringLiteral("provider_user_id")].toString(),
             QStringLiteral("12345"));
    // Unexpired sessions of this organization only; no email_verified, mfa_enabled or last_login_at.
    QCOMPARE(body[QStringLiteral("session_count")].toInt(), 2);
    for (const char* key : {"email_verified", "mfa_enabled", "last_login_at"})
        QVERIFY2(!body.contains(QLatin1String(key)) && !user.contains(QLatin1String(key)), key);
}

void TestShape2026::johnsSessions()
{
    const QJsonArray sessions = detail(QStringLiteral("john@customer.com"))[QStringLiteral("sessions")].toArray();
    QCOMPARE(sessions.size(), 3); // two active, one expired
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Expected
    {
        const char* service;
        const char* ip;
        const char* agentPart;
        const char* created;
        bool active;
        bool refresh;
    };
    const Expected expected[] = {
        {"Main Application", "203.0.113.10", "Firefox/128.0", "2025-01-16T14:20:00Z", true, true},
        {"Mobile App", "198.51.100.7", "iPhone", "2025-01-16T14:10:00Z", true, true},
        {"Main Application", "192.0.2.33", "Edg/126", "2024-10-18T14:00:00Z", false, false},
    };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject session = sessions.at(i).toObject();
        QCOMPARE(session.keys(),
                 QStringList({QStringLiteral("created_at"),
                              QStringLiteral("expires_at"),
                              QStringLiteral("id"),
                              QStringLiteral("ip_address"),
                              QStringLiteral("org_slug"),
                              QStringLiteral("refresh_token_expires_at"),
                              QStringLiteral("service_id"),
                              QStringLiteral("service_name"),
                              QStringLiteral("user_agent")}));
        QCOMPARE(session[QStringLiteral("service_name")].toString(), QLatin1String(expected[i].service));
        QVERIFY(!session[QStringLiteral("service_id")].toString().isEmpty());
        QCOMPARE(session[QStringLiteral("org_slug")].toString(), QStringLiteral("acme-corp"));
        QCOMPARE(session[QStringLiteral("ip_address")].toString(), QLatin1String(expected[i].ip));
        QVERIFY(session[QStringLiteral("user_agent")].toString().contains(QLatin1String(expected[i].agentPart)));
        QCOMPARE(session[QStringLiteral("created_at")].toString(), QLatin1String(expected[i].created));
        QCOMPARE(utc(session[QStringLiteral("expires_at")].toString()) > now, expected[i].active);
        QCOMPARE(!session[QStringLiteral("refresh_token_expires_at")].isNull(), expected[i].refresh);
    }
}

void TestShape2026::johnsRecentSignIns()
{
    const QJsonArray logins = detail(QStringLiteral("john@customer.com"))[QStringLiteral("recent_logins")].toArray();
    QCOMPARE(logins.size(), 6);
    const QJsonObject newest = logins.at(0).toObject();
    QCOMPARE(newest.keys(),
             QStringList({QStringLiteral("created_at"),
                          QStringLiteral("geo_city"),
                          QStringLiteral("geo_country"),
                          QStringLiteral("id"),
                          QStringLiteral("ip_address"),
                          QStringLiteral("provider"),
                          QStringLiteral("risk_factors"),
                          QStringLiteral("risk_score"),
                          QStringLiteral("service_id"),
                          QStringLiteral("service_name"),
                          QStringLiteral("user_agent")}));
    // The newest sign-in is the last login.
    QCOMPARE(newest[QStringLiteral("created_at")].toString(), QStringLiteral("2025-01-16T14:20:00Z"));
    QCOMPARE(newest[QStringLiteral("service_name")].toString(), QStringLiteral("Main Application"));
    QCOMPARE(newest[QStringLiteral("provider")].toString(), QStringLiteral("github"));
    QCOMPARE(newest[QStringLiteral("geo_country")].toString(), QStringLiteral("DE"));
    QCOMPARE(newest[QStringLiteral("geo_city")].toString(), QStringLiteral("Berlin"));
    QCOMPARE(newest[QStringLiteral("risk_factors")].toArray(), QJsonArray());
    QList<int> scores;
    for (int i = 0; i < logins.size(); ++i) {
        scores << logins.at(i)[QStringLiteral("risk_score")].toInt(-1);
        if (i > 0)
            QVERIFY(utc(logins.at(i)[QStringLiteral("created_at")].toString())
                    < utc(logins.at(i - 1)[QStringLiteral("created_at")].toString()));
    }
    QCOMPARE(scores, QList<int>({3, 12, 47, 55, 68, 81}));
    QCOMPARE(logins.at(1)[QStringLiteral("provider")].toString(), QStringLiteral("password"));
    QCOMPARE(logins.at(2)[QStringLiteral("risk_factors")].toArray(), QJsonArray({QStringLiteral("new_device")}));
    QCOMPARE(logins.at(5)[QStringLiteral("risk_factors")].toArray(),
             QJsonArray({QStringLiteral("impossible_travel"), QStringLiteral("new_country")}));
    QVERIFY(logins.at(3)[QStringLiteral("geo_country")].isNull() && logins.at(3)[QStringLiteral("geo_city")].isNull());
    QVERIFY(logins.at(4)[QStringLiteral("service_id")].isNull()); // a sign-in to the organization itself
    QVERIFY(logins.at(5)[QStringLiteral("ip_address")].isNull());
}

void TestShape2026::detailWithoutPassword()
{
    const QJsonObject user = detail(QStringLiteral("zoë.müller@example.de"))[QStringLiteral("user")].toObject();
    QVERIFY(user.contains(QStringLiteral("password_hash")));
    QVERIFY(user[QStringLiteral("password_hash")].isNull());
    const QJsonObject unverified = detail(QStringLiteral("no.mfa@example.com"))[QStringLiteral("user")].toObject();
    QVERIFY(unverified[QStringLiteral("email_verified_at")].isNull()); // null in the detail: not verified
}

void TestShape2026::deletedAccount()
{
    const QJsonObject body = detail(QStringLiteral("deleted.account@example.com"));
    QCOMPARE(utc(body[QStringLiteral("user")][QStringLiteral("deleted_at")].toString()).toString(Qt::ISODate),
             QStringLiteral("2025-06-15T12:00:00Z"));
    QCOMPARE(body[QStringLiteral("session_count")].toInt(-1), 0);
    QCOMPARE(body[QStringLiteral("sessions")].toArray().size(), 1); // an expired one
}

void TestShape2026::recentSignInsAreCappedAtTwenty()
{
    const QJsonObject body = detail(QStringLiteral("security.review@example.com"));
    const QJsonArray logins = body[QStringLiteral("recent_logins")].toArray();
    QCOMPARE(logins.size(), 20);
    bool unscored = false;
    for (int i = 0; i < logins.size(); ++i) {
        const QJsonValue score = logins.at(i)[QStringLiteral("risk_score")];
        unscored |= score.isNull();
        QVERIFY(score.isNull() || (score.toInt() >= 0 && score.toInt() <= 100));
        if (i > 0)
            QVERIFY(utc(logins.at(i)[QStringLiteral("created_at")].toString())
                    < utc(logins.at(i - 1)[QStringLiteral("created_at")].toString()));
    }
    QVERIFY(unscored);
    // Three service sessions and one tied to the organization itself are active; two have expired.
    QCOMPARE(body[QStringLiteral("session_count")].toInt(), 4);
    const QJsonArray sessions = body[QStringLiteral("sessions")].toArray();
    QCOMPARE(sessions.size(), 6);
    int organizationLevel = 0;
    for (const QJsonValue& session : sessions) {
        if (session[QStringLiteral("service_id")].isNull()) {
            ++organizationLevel;
            QVERIFY(session[QStringLiteral("service_name")].isNull());
            QCOMPARE(session[QStringLiteral("org_slug")].toString(), QStringLiteral("acme-corp"));
        }
    }
    QCOMPARE(organizationLevel, 1);
}

void TestShape2026::identityOnlyUserCanBeOpened()
{
    // Listed for an identity through a service, no subscription: the 2026 server opens it (contract 9.2).
    const QJsonObject body = detail(QStringLiteral("identity.only@example.com"));
    QVERIFY(body[QStringLiteral("subscriptions")].toArray().isEmpty());
    QCOMPARE(body[QStringLiteral("identities")][0][QStringLiteral("provider")].toString(), QStringLiteral("github"));
    QCOMPARE(body[QStringLiteral("session_count")].toInt(), 1);
}

void TestShape2026::detailErrors()
{
    DevServer::Reply reply =
        m_server.send("GET", Users + QStringLiteral("/00000000-0000-4000-8000-000000000000"), m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("End-user not found"));
    QString globexOnly;
    for (const QJsonValue& item :
         m_server.send("GET", QStringLiteral("/api/organizations/globex/users?limit=100"), m_globexOwner)
             .json()[QStringLiteral("users")]
             .toArray()) {
        if (!m_ids.values().contains(item[QStringLiteral("user")][QStringLiteral("id")].toString()))
            globexOnly = item[QStringLiteral("user")][QStringLiteral("id")].toString();
    }
    QVERIFY(!globexOnly.isEmpty());
    reply = m_server.send("GET", Users + QLatin1Char('/') + globexOnly, m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("User is not an end-user of this organization"));
}

void TestShape2026::revokeIsScopedToTheOrganizationAndCountsExpiredRows()
{
    const QString john = idOf(QStringLiteral("john@customer.com"));
    DevServer::Reply reply =
        m_server.send("DELETE", Users + QLatin1Char('/') + john + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.status, 200);
    // Two active and one expired row: the count exceeds the session_count shown before.
    QCOMPARE(reply.json(),
             QJsonObject({{QStringLiteral("message"), QStringLiteral("Sessions revoked successfully")},
                          {QStringLiteral("revoked_count"), 3}}));
    const QJsonObject after = detail(QStringLiteral("john@customer.com"));
    QCOMPARE(after[QStringLiteral("session_count")].toInt(-1), 0);
    QVERIFY(after[QStringLiteral("sessions")].toArray().isEmpty());
    QCOMPARE(after[QStringLiteral("recent_logins")].toArray().size(), 6); // history stays
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + john + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.json()[QStringLiteral("revoked_count")].toInt(-1), 0);
    // shared.user keeps its globex sessions.
    const QString shared = idOf(QStringLiteral("shared.user@example.com"));
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + shared + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.json()[QStringLiteral("revoked_count")].toInt(), 2);
    const QJsonObject globex =
        m_server.send("GET", QStringLiteral("/api/organizations/globex/users/") + shared, m_globexOwner).json();
    QCOMPARE(globex[QStringLiteral("session_count")].toInt(), 2);
    QCOMPARE(globex[QStringLiteral("sessions")].toArray().size(), 2);
}

void TestShape2026::revokeErrors()
{
    const DevServer::Reply reply =
        m_server.send("DELETE", Users + QStringLiteral("/00000000-0000-4000-8000-000000000000/sessions"), m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("User is not an end-user of this organization"));
}

QTEST_GUILESS_MAIN(TestShape2026)
#include "tst_shape2026.moc"
