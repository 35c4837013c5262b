// SPDX-License-Identifier: MIT
// Rate limits and the body limit of sso-dev-server --shape 2026 (contract 9.7), and the limiter options.
#include "DevServer.h"

#include <QJsonDocument>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Headers from(const QByteArray& address)
{
    return {{QByteArrayLiteral("X-Forwarded-For"), address}};
}

struct Burst
{
    int accepted = 0; // answers before the first 429
    QByteArray waitHeader; // x-ratelimit-after of that 429
};

/// Sends as fast as it can until the first 429 (at most 300 requests). With a refill of one credit per
/// second, more than the burst may pass on a slow machine, never fewer.
template<typename Send>
Burst burst(Send send)
{
    Burst result;
    for (int i = 0; i < 300; ++i) {
        const DevServer::Reply reply = send();
        if (reply.status == 429) {
            result.waitHeader = reply.header("x-ratelimit-after");
            return result;
        }
        ++result.accepted;
    }
    return result;
}

} // namespace

class TestRateLimit2026 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void configuredRates();
    void authRoutesShareOneBucket();
    void deviceBucket();
    void mfaBucket();
    void organizationRoutesAreNotLimited();
    void bodyLimit();
    void bodyLimitOnlyIn2026();
    void limiterOptions();

private:
    DevServer::Reply login(const QByteArray& address);
    DevServer m_server {{QStringLiteral("--shape"),
                         QStringLiteral("2026"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("0"),
                         QStringLiteral("--quiet")}};
};

void TestRateLimit2026::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestRateLimit2026::cleanupTestCase()
{
    m_server.stop();
}

DevServer::Reply TestRateLimit2026::login(const QByteArray& address)
{
    return m_server.send("POST",
                         QStringLiteral("/api/auth/login"),
                         {},
                         json({{QStringLiteral("email"), QStringLiteral("owner@acme.test")},
                               {QStringLiteral("password"), QStringLiteral("wrong")}}),
                         from(address));
}

void TestRateLimit2026::configuredRates()
{
    // An empty change answers the limiter's settings: the 2026 server's rates by default.
    const QJsonObject settings =
        m_server.control("POST", QStringLiteral("/__control/rate-limit"), {{QStringLiteral("enabled"), true}}).json();
    QCOMPARE(settings[QStringLiteral("burst_auth")].toInt(), 20);
    QCOMPARE(settings[QStringLiteral("refill_auth")].toDouble(), 1.0);
    QCOMPARE(settings[QStringLiteral("burst_device")].toInt(), 10);
    QCOMPARE(settings[QStringLiteral("refill_device")].toDouble(), 5.0);
    QCOMPARE(settings[QStringLiteral("burst_mfa")].toInt(), 3);
    QCOMPARE(settings[QStringLiteral("refill_mfa")].toDouble(), 1.0);
}

void TestRateLimit2026::authRoutesShareOneBucket()
{
    const QByteArray address = QByteArrayLiteral("10.2.0.1");
    int i = 0;
    // Login, refresh and logout draw from one bucket.
    const Burst result = burst([&] {
        switch (i++ % 3) {
        case 0:
            return login(address);
        case 1:
            return m_server.send("POST",
                                 QStringLiteral("/api/auth/refresh"),
                                 {},
                                 json({{QStringLiteral("refresh_token"), QStringLiteral("x")}}),
                                 from(address));
        default:
            return m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x"), {}, from(address));
        }
    });
    QVERIFY2(result.accepted >= 20, qPrintable(QString::number(result.accepted)));
    // One credit back per second: the wait is under a second, in whole seconds rounded down.
    QCOMPARE(result.waitHeader, QByteArrayLiteral("0"));
    // Another client has its own bucket.
    QCOMPARE(login(QByteArrayLiteral("10.2.0.2")).status, 401);
}

void TestRateLimit2026::deviceBucket()
{
    const Burst result = burst([&] {
        return m_server.send("POST",
                             QStringLiteral("/auth/device/code"),
                             {},
                             json({{QStringLiteral("client_id"), QStringLiteral("client-desktop")},
                                   {QStringLiteral("org"), QStringLiteral("acme-corp")},
                                   {QStringLiteral("service"), QStringLiteral("desktop")}}),
                             from(QByteArrayLiteral("10.2.1.1")));
    });
    QVERIFY(result.accepted >= 10);
    const int wait = result.waitHeader.toInt();
    QVERIFY2(wait >= 0 && wait <= 4, result.waitHeader.constData()); // one credit per 5 s
}

void TestRateLimit2026::mfaBucket()
{
    const Burst result = burst([&] {
        return m_server.send("POST",
                             QStringLiteral("/api/auth/mfa/verify"),
                             {},
                             json({{QStringLiteral("preauth_token"), QStringLiteral("x")},
                                   {QStringLiteral("code"), QStringLiteral("000000")}}),
                             from(QByteArrayLiteral("10.2.2.1")));
    });
    QVERIFY(result.accepted >= 3);
    QCOMPARE(result.waitHeader, QByteArrayLiteral("0"));
}

void TestRateLimit2026::organizationRoutesAreNotLimited()
{
    const QString token = m_server.tokenFor(QStringLiteral("owner@acme.test"));
    for (int i = 0; i < 40; ++i)
        QCOMPARE(
            m_server
                .send("GET", QStringLiteral("/api/organizations/acme-corp/users?limit=1"), token, {}, from("10.2.3.1"))
                .status,
            200);
}

void TestRateLimit2026::bodyLimit()
{
    // Exactly 1 MiB is read (and is no valid JSON here); one byte more is refused before anything else.
    const QByteArray limit(1024 * 1024, ' ');
    DevServer::Reply reply = m_server.send("POST", QStringLiteral("/api/auth/login"), {}, limit, from("10.2.4.1"));
    QCOMPARE(reply.status, 400);
    reply = m_server.send("POST", QStringLiteral("/api/auth/login"), {}, limit + ' ', from("10.2.4.1"));
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.body, QByteArrayLiteral("Failed to buffer the request body: length limit exceeded"));
    reply = m_server.send("POST",
                          QStringLiteral("/api/organizations/acme-corp/select"),
                          m_server.tokenFor(QStringLiteral("owner@acme.test")),
                          QByteArray(3 * 1024 * 1024, 'x'));
    QCOMPARE(reply.status, 413);
}

void TestRateLimit2026::bodyLimitOnlyIn2026()
{
    DevServer seed({QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY2(seed.start(), qPrintable(seed.errorString()));
    const DevServer::Reply reply =
        seed.send("POST", QStringLiteral("/api/auth/refresh"), {}, QByteArray(2 * 1024 * 1024, ' '));
    QCOMPARE(reply.status, 400); // read whole, then not JSON
}

void TestRateLimit2026::limiterOptions()
{
    // --rate-refill sets every group, --rate-refill-<group> one; the burst options as before.
    DevServer server({QStringLiteral("--shape"),
                      QStringLiteral("2026"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("0"),
                      QStringLiteral("--rate-refill"),
                      QStringLiteral("60"),
                      QStringLiteral("--rate-refill-mfa"),
                      QStringLiteral("30"),
                      QStringLiteral("--rate-burst-auth"),
                      QStringLiteral("2")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject settings =
        server.control("POST", QStringLiteral("/__control/rate-limit"), {{QStringLiteral("enabled"), true}}).json();
    QCOMPARE(settings[QStringLiteral("burst_auth")].toInt(), 2);
    QCOMPARE(settings[QStringLiteral("refill_auth")].toDouble(), 60.0);
    QCOMPARE(settings[QStringLiteral("refill_device")].toDouble(), 60.0);
    QCOMPARE(settings[QStringLiteral("refill_mfa")].toDouble(), 30.0);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x")).status, 200);
    const DevServer::Reply limited = server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("x-ratelimit-after").toInt() >= 58);
    DevServer bad({QStringLiteral("--rate-refill-device"), QStringLiteral("0")});
    QVERIFY(!bad.start(10000));
    DevServer contradiction({QStringLiteral("--shape"), QStringLiteral("2026"), QStringLiteral("--legacy-shape")});
    QVERIFY(!contradiction.start(10000));
    QVERIFY(contradiction.errorString().contains(QStringLiteral("--legacy-shape")));
}

QTEST_GUILESS_MAIN(TestRateLimit2026)
#include "tst_ratelimit2026.moc"
