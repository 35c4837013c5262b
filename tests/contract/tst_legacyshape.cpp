// SPDX-License-Identifier: MIT
// sso-dev-server --legacy-shape: the reference server's shapes and parameter names (contract section 6).
#include "DevServer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");

// 0, 3, 6 or 9 fraction digits, always Z.
const QRegularExpression
    LegacyStamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.(\\d{3}|\\d{6}|\\d{9}))?Z$"));

} // namespace

class TestLegacyShape : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listEnvelopeAndItems();
    void timestampsVary();
    void searchAndServiceIdAreIgnored_data();
    void searchAndServiceIdAreIgnored();
    void serviceSlug();
    void unknownServiceSlug();
    void pagePastTheEndReportsZero();
    void clamping();
    void malformedQueryIsPlainText_data();
    void malformedQueryIsPlainText();
    void detail();
    void revoke();
    void deviceFlowHasNoRefreshToken();
    void subscriptionPeriodsAreWhatTheRealServerStores();
    void listedUsersWithoutSubscriptionAreNotFound_data();
    void listedUsersWithoutSubscriptionAreNotFound();

private:
    QString idOf(const QString& email);
    DevServer m_server {
        {QStringLiteral("--legacy-shape"), QStringLiteral("--auto-approve"), QStringLiteral("admin@acme.test")}};
    QString m_admin;
    qint64 m_total = 0;
};

void TestLegacyShape::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
    m_total = m_server.send("GET", Users, m_admin).json()[QStringLiteral("total")].toInteger();
    QVERIFY(m_total > 1500);
}

void TestLegacyShape::cleanupTestCase()
{
    m_server.stop();
}

QString TestLegacyShape::idOf(const QString& email)
{
    for (int page = 1; page < 30; ++page) {
        const QJsonArray users = m_server.send("GET", Users + QStringLiteral("?limit=100&page=%1").arg(page), m_admin)
                                     .json()[QStringLiteral("users")]
                                     .toArray();
        for (const QJsonValue& user : users) {
            if (user[QStringLiteral("user")][QStringLiteral("email")].toString() == email)
                return user[QStringLiteral("user")][QStringLiteral("id")].toString();
        }
        if (users.size() < 100)
            break;
    }
    return {};
}

void TestLegacyShape::listEnvelopeAndItems()
{
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?limit=20"), m_admin);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(),
             QStringList(
                 {QStringLiteral("limit"), QStringLiteral("page"), QStringLiteral("total"), QStringLiteral("users")}));
    QCOMPARE(body[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(body[QStringLiteral("limit")].toInt(), 20);
    const QJsonArray users = body[QStringLiteral("users")].toArray();
    QCOMPARE(users.size(), 20);
    for (const QJsonValue& value : users) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(),
                 QStringList({QStringLiteral("identities"), QStringLiteral("subscriptions"), QStringLiteral("user")}));
        const QJsonObject user = item[QStringLiteral("user")].toObject();
        QCOMPARE(user.keys(),
                 QStringList({QStringLiteral("created_at"),
                              QStringLiteral("email"),
                              QStringLiteral("id"),
                              QStringLiteral("is_platform_owner")}));
        QVERIFY(!item[QStringLiteral("subscriptions")].toArray().isEmpty());
        for (const QJsonValue& subscription : item[QStringLiteral("subscriptions")].toArray()) {
            QCOMPARE(subscription.toObject().keys(),
                     QStringList({QStringLiteral("created_at"),
                                  QStringLiteral("current_period_end"),
                                  QStringLiteral("plan_id"),
                                  QStringLiteral("plan_name"),
                                  QStringLiteral("service_id"),
                                  QStringLiteral("service_name"),
                                  QStringLiteral("service_slug"),
                                  QStringLiteral("status")}));
        }
        for (const QJsonValue& identity : item[QStringLiteral("identities")].toArray())
            QCOMPARE(
                identity.toObject().keys(),
                QStringList(
                    {QStringLiteral("created_at"), QStringLiteral("provider"), QStringLiteral("provider_user_id")}));
    }
}

void TestLegacyShape::timestampsVary()
{
    const QJsonArray users =
        m_server.send("GET", Users + QStringLiteral("?limit=100"), m_admin).json()[QStringLiteral("users")].toArray();
    QSet<int> fractionLengths;
    for (const QJsonValue& value : users) {
        const QString stamp = value[QStringLiteral("user")][QStringLiteral("created_at")].toString();
        QVERIFY2(LegacyStamp.match(stamp).hasMatch(), qPrintable(stamp));
        const qsizetype dot = stamp.indexOf(QLatin1Char('.'));
        fractionLengths.insert(dot < 0 ? 0 : int(stamp.size() - dot - 2));
        for (const QJsonValue& subscription : value[QStringLiteral("subscriptions")].toArray())
            QVERIFY(LegacyStamp.match(subscription[QStringLiteral("created_at")].toString()).hasMatch());
    }
    QCOMPARE(fractionLengths, QSet<int>({0, 3, 6, 9}));
}

void TestLegacyShape::searchAndServiceIdAreIgnored_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("search") << QStringLiteral("search=john");
    QTest::newRow("service_id") << QStringLiteral("service_id=main-app");
    QTest::newRow("unknown service_id") << QStringLiteral("service_id=nope");
}

void TestLegacyShape::searchAndServiceIdAreIgnored()
{
    QFETCH(QString, query);
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('?') + query, m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QStringLiteral("total")].toInteger(), m_total);
}

void TestLegacyShape::serviceSlug()
{
    const QJsonObject body =
        m_server.send("GET", Users + QStringLiteral("?service_slug=mobile-app&limit=100"), m_admin).json();
    const qint64 total = body[QStringLiteral("total")].toInteger();
    QVERIFY(total > 0 && total < m_total);
    for (const QJsonValue& item : body[QStringLiteral("users")].toArray()) {
        QStringList slugs;
        for (const QJsonValue& subscription : item[QStringLiteral("subscriptions")].toArray())
            slugs << subscription[QStringLiteral("service_slug")].toString();
        QVERIFY(slugs.contains(QStringLiteral("mobile-app")));
    }
}

void TestLegacyShape::unknownServiceSlug()
{
    const DevServer::Reply reply =
        m_server.send("GET", Users + QStringLiteral("?service_slug=no-such-service"), m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(QStringLiteral("no-such-service")));
}

void TestLegacyShape::pagePastTheEndReportsZero()
{
    const QJsonObject body = m_server.send("GET", Users + QStringLiteral("?page=500&limit=100"), m_admin).json();
    QVERIFY(body[QStringLiteral("users")].toArray().isEmpty());
    QCOMPARE(body[QStringLiteral("total")].toInt(-1), 0);
    QCOMPARE(body[QStringLiteral("page")].toInt(), 500);
}

void TestLegacyShape::clamping()
{
    QJsonObject body = m_server.send("GET", Users + QStringLiteral("?page=0&limit=500"), m_admin).json();
    QCOMPARE(body[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(body[QStringLiteral("limit")].toInt(), 100);
    QCOMPARE(body[QStringLiteral("users")].toArray().size(), 100);
    body = m_server.send("GET", Users + QStringLiteral("?limit=-4"), m_admin).json();
    QCOMPARE(body[QStringLiteral("limit")].toInt(), 1);
    QCOMPARE(body[QStringLiteral("total")].toInteger(), m_total);
}

void TestLegacyShape::malformedQueryIsPlainText_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("letters") << QStringLiteral("page=abc");
    QTest::newRow("fraction") << QStringLiteral("limit=1.5");
    QTest::newRow("empty") << QStringLiteral("page=");
    QTest::newRow("repeated") << QStringLiteral("limit=1&limit=2");
}

void TestLegacyShape::malformedQueryIsPlainText()
{
    QFETCH(QString, query);
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('?') + query, m_admin);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    QVERIFY(reply.json().isEmpty());
    QVERIFY(reply.body.contains("deserialize"));
    // Still after the organization checks.
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/initech/users?") + query, m_admin).status, 403);
}

void TestLegacyShape::detail()
{
    const QString id = idOf(QStringLiteral("john@customer.com"));
    QVERIFY(!id.isEmpty());
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('/') + id, m_admin);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(),
             QStringList({QStringLiteral("identities"),
                          QStringLiteral("session_count"),
                          QStringLiteral("subscriptions"),
                          QStringLiteral("user")}));
    QCOMPARE(body[QStringLiteral("user")][QStringLiteral("email")].toString(), QStringLiteral("john@customer.com"));
    QCOMPARE(body[QStringLiteral("user")][QStringLiteral("is_platform_owner")].toBool(true), false);
    QVERIFY(body[QStringLiteral("user")][QStringLiteral("created_at")].toString().startsWith(
        QStringLiteral("2025-01-15T10:30:00")));
    QStringList slugs;
    for (const QJsonValue& subscription : body[QStringLiteral("subscriptions")].toArray()) {
        slugs << subscription[QStringLiteral("service_slug")].toString();
        QCOMPARE(subscription[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(subscription[QStringLiteral("plan_name")].toString(), QStringLiteral("basic"));
    }
    QCOMPARE(slugs, QStringList({QStringLiteral("main-app"), QStringLiteral("mobile-app")}));
    QCOMPARE(body[QStringLiteral("subscriptions")][0][QStringLiteral("service_name")].toString(),
             QStringLiteral("Main Application"));
    QCOMPARE(body[QStringLiteral("identities")][0][QStringLiteral("provider")].toString(), QStringLiteral("github"));
    QCOMPARE(body[QStringLiteral("identities")][0][QStringLiteral("provider_user_id")].toString(),
             QStringLiteral("12345"));
    // Platform-wide and counting the stale session too, as the reference server does.
    QCOMPARE(body[QStringLiteral("session_count")].toInt(), 3);
    QVERIFY(!body.contains(QStringLiteral("sessions")) && !body.contains(QStringLiteral("mfa_enabled")));
}

void TestLegacyShape::revoke()
{
    const QString id = idOf(QStringLiteral("john@customer.com"));
    DevServer::Reply reply =
        m_server.send("DELETE", Users + QLatin1Char('/') + id + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().keys(), QStringList({QStringLiteral("message"), QStringLiteral("revoked_count")}));
    QCOMPARE(reply.json()[QStringLiteral("revoked_count")].toInt(), 3);
    QCOMPARE(
        m_server.send("GET", Users + QLatin1Char('/') + id, m_admin).json()[QStringLiteral("session_count")].toInt(-1),
        0);
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + id + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.json()[QStringLiteral("revoked_count")].toInt(-1), 0);
    // Platform-wide: shared.user loses its globex sessions too.
    reply = m_server.send("DELETE",
                          Users + QLatin1Char('/') + idOf(QStringLiteral("shared.user@example.com"))
                              + QStringLiteral("/sessions"),
                          m_admin);
    QCOMPARE(reply.json()[QStringLiteral("revoked_count")].toInt(), 4);
    reply = m_server.send("DELETE", Users + QStringLiteral("/00000000-0000-4000-8000-000000000000/sessions"), m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(m_server
                 .send("DELETE",
                       Users + QLatin1Char('/') + id + QStringLiteral("/sessions"),
                       m_server.tokenFor(QStringLiteral("member@acme.test")))
                 .status,
             403);
}

void TestLegacyShape::deviceFlowHasNoRefreshToken()
{
    const QJsonObject code =
        m_server
            .send("POST",
                  QStringLiteral("/auth/device/code"),
                  {},
                  QByteArrayLiteral(
                      "{\"client_id\":\"platform-admin-cli\",\"org\":\"platform\",\"service\":\"admin-cli\"}"))
            .json();
    const DevServer::Reply reply = m_server.send(
        "POST",
        QStringLiteral("/auth/token"),
        {},
        QByteArrayLiteral("{\"grant_type\":\"urn:ietf:params:oauth:grant-type:device_code\",\"device_code\":\"")
            + code[QStringLiteral("device_code")].toString().toLatin1()
            + QByteArrayLiteral("\",\"client_id\":\"platform-admin-cli\"}"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json()[QStringLiteral("access_token")].toString().isEmpty());
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
}

namespace {

// Seconds are enough to compare these.
QDateTime secondsOf(const QString& stamp)
{
    QDateTime time = QDateTime::fromString(stamp.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

void TestLegacyShape::subscriptionPeriodsAreWhatTheRealServerStores()
{
    // The real column is NOT NULL, and an active subscription's period ends after the subscription began.
    int active = 0;
    int canceled = 0;
    for (int page = 1; page < 30; ++page) {
        const QJsonArray users = m_server.send("GET", Users + QStringLiteral("?limit=100&page=%1").arg(page), m_admin)
                                     .json()[QStringLiteral("users")]
                                     .toArray();
        for (const QJsonValue& user : users) {
            for (const QJsonValue& subscription : user[QStringLiteral("subscriptions")].toArray()) {
                const QJsonValue end = subscription[QStringLiteral("current_period_end")];
                QVERIFY2(end.isString() && LegacyStamp.match(end.toString()).hasMatch(),
                         qPrintable(user[QStringLiteral("user")][QStringLiteral("email")].toString()));
                const QDateTime created = secondsOf(subscription[QStringLiteral("created_at")].toString());
                QVERIFY(secondsOf(end.toString()) > created);
                if (subscription[QStringLiteral("status")].toString() == QLatin1String("active")) {
                    ++active;
                    QVERIFY(secondsOf(end.toString()) > QDateTime::currentDateTimeUtc());
                } else {
                    QCOMPARE(subscription[QStringLiteral("status")].toString(), QStringLiteral("canceled"));
                    ++canceled;
                }
            }
        }
        if (users.size() < 100)
            break;
    }
    QVERIFY(active > 1000);
    QVERIFY(canceled > 10);
}

void TestLegacyShape::listedUsersWithoutSubscriptionAreNotFound_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("identity.only") << QStringLiteral("identity.only@example.com");
    QTest::newRow("signed.in.once") << QStringLiteral("signed.in.once@example.com");
}

void TestLegacyShape::listedUsersWithoutSubscriptionAreNotFound()
{
    // Contract 1.2 and 8.2: listed for an identity created through a service, then 404 on detail and revoke.
    QFETCH(QString, email);
    QJsonObject row;
    for (int page = 1; page < 30 && row.isEmpty(); ++page) {
        const QJsonArray users = m_server.send("GET", Users + QStringLiteral("?limit=100&page=%1").arg(page), m_admin)
                                     .json()[QStringLiteral("users")]
                                     .toArray();
        for (const QJsonValue& user : users) {
            if (user[QStringLiteral("user")][QStringLiteral("email")].toString() == email)
                row = user.toObject();
        }
    }
    QVERIFY2(!row.isEmpty(), "the user is listed");
    QVERIFY(row[QStringLiteral("subscriptions")].toArray().isEmpty());
    QVERIFY(!row[QStringLiteral("identities")].toArray().isEmpty());
    const QString id = row[QStringLiteral("user")][QStringLiteral("id")].toString();
    for (const auto& [method, path] :
         {std::pair {QByteArrayLiteral("GET"), Users + QLatin1Char('/') + id},
          std::pair {QByteArrayLiteral("DELETE"), Users + QLatin1Char('/') + id + QStringLiteral("/sessions")}}) {
        const DevServer::Reply reply = m_server.send(method, path, m_admin);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
                 QStringLiteral("User is not an end-user of this organization"));
    }
}

QTEST_GUILESS_MAIN(TestLegacyShape)
#include "tst_legacyshape.moc"
