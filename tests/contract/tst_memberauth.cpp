// SPDX-License-Identifier: MIT
// Member sign-in and session management of sso-dev-server: device flow (control endpoint, HTML form,
// auto-approve, expiry), tokens, refresh rotation, logout, /api/user and the rate limiter.
#include "DevServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using UserAdmin::Test::DevServer;

namespace {

const QByteArray DeviceGrant = QByteArrayLiteral("urn:ietf:params:oauth:grant-type:device_code");

QJsonObject claimsOf(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> fromAddress(const QByteArray& address)
{
    return {{QByteArrayLiteral("X-Forwarded-For"), address}};
}

} // namespace

class TestMemberAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void deviceCodeShape();
    void deviceCodeRejectsOtherClients_data();
    void deviceCodeRejectsOtherClients();
    void bodyProblems_data();
    void bodyProblems();
    void pendingThenApprovedThroughControl();
    void tokenErrors();
    void approvedThroughHtmlForm();
    void htmlFormRejectsUnknownCode();
    void autoApprove();
    void expiry();
    void noRefreshTokenOption();
    void tokenClaims();
    void currentUser_data();
    void currentUser();
    void refreshRotation();
    void refreshErrors();
    void logoutInvalidates();
    void logoutEdgeCases();
    void rateLimitDeviceGroup();
    void rateLimitAuthGroup();
    void rateLimitRefillAndControl();
    void rateLimitOff();
    void organizationRoutesAreNotLimited();

private:
    QJsonObject requestCode(DevServer& server, const QByteArray& address = QByteArrayLiteral("10.0.0.1"));
    DevServer::Reply poll(DevServer& server,
                          const QString& deviceCode,
                          const QString& clientId = QStringLiteral("platform-admin-cli"),
                          const QByteArray& address = QByteArrayLiteral("10.0.0.1"));
    DevServer m_server;
};

void TestMemberAuth::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestMemberAuth::cleanupTestCase()
{
    m_server.stop();
}

void TestMemberAuth::init()
{
    // Every test starts with full buckets.
    QVERIFY(m_server.setRateLimit({{QStringLiteral("enabled"), true},
                                   {QStringLiteral("burst_auth"), 20},
                                   {QStringLiteral("burst_device"), 10},
                                   {QStringLiteral("refill_seconds"), 60}}));
}

QJsonObject TestMemberAuth::requestCode(DevServer& server, const QByteArray& address)
{
    const DevServer::Reply reply =
        server.send("POST",
                    QStringLiteral("/auth/device/code"),
                    {},
                    json({{QStringLiteral("client_id"), QStringLiteral("platform-admin-cli")},
                          {QStringLiteral("org"), QStringLiteral("platform")},
                          {QStringLiteral("service"), QStringLiteral("admin-cli")}}),
                    fromAddress(address));
    if (reply.status != 200)
        qWarning("device code: %d %s", reply.status, reply.body.constData());
    return reply.json();
}

DevServer::Reply
TestMemberAuth::poll(DevServer& server, const QString& deviceCode, const QString& clientId, const QByteArray& address)
{
    return server.send("POST",
                       QStringLiteral("/auth/token"),
                       {},
                       json({{QStringLiteral("grant_type"), QString::fromLatin1(DeviceGrant)},
                             {QStringLiteral("device_code"), deviceCode},
                             {QStringLiteral("client_id"), clientId}}),
                       fromAddress(address));
}

void TestMemberAuth::deviceCodeShape()
{
    const QJsonObject code = requestCode(m_server);
    QCOMPARE(code.keys(),
             QStringList({QStringLiteral("device_code"),
                          QStringLiteral("expires_in"),
                          QStringLiteral("interval"),
                          QStringLiteral("user_code"),
                          QStringLiteral("verification_uri")}));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"))
                .match(code[QStringLiteral("user_code")].toString())
                .hasMatch());
    QVERIFY(code[QStringLiteral("device_code")].toString().size() >= 32);
    QCOMPARE(code[QStringLiteral("verification_uri")].toString(), m_server.url(QStringLiteral("/activate")).toString());
    QCOMPARE(code[QStringLiteral("expires_in")].toInt(), 900);
    QCOMPARE(code[QStringLiteral("interval")].toInt(), 5);
    QVERIFY(requestCode(m_server)[QStringLiteral("user_code")] != code[QStringLiteral("user_code")]);
}

void TestMemberAuth::deviceCodeRejectsOtherClients_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("service");
    QTest::newRow("client without platform- prefix")
        << QStringLiteral("admin-cli") << QStringLiteral("platform") << QStringLiteral("admin-cli");
    QTest::newRow("other org") << QStringLiteral("platform-admin-cli") << QStringLiteral("acme-corp")
                               << QStringLiteral("admin-cli");
    QTest::newRow("other service") << QStringLiteral("platform-admin-cli") << QStringLiteral("platform")
                                   << QStringLiteral("main-app");
}

void TestMemberAuth::deviceCodeRejectsOtherClients()
{
    QFETCH(QString, clientId);
    QFETCH(QString, org);
    QFETCH(QString, service);
    const DevServer::Reply reply = m_server.send("POST",
                                                 QStringLiteral("/auth/device/code"),
                                                 {},
                                                 json({{QStringLiteral("client_id"), clientId},
                                                       {QStringLiteral("org"), org},
                                                       {QStringLiteral("service"), service}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
}

void TestMemberAuth::bodyProblems_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("code: no JSON content type")
        << QStringLiteral("/auth/device/code") << QByteArrayLiteral("text/plain") << QByteArrayLiteral("{}") << 415;
    QTest::newRow("code: not JSON") << QStringLiteral("/auth/device/code") << QByteArrayLiteral("application/json")
                                    << QByteArrayLiteral("{nope") << 400;
    QTest::newRow("code: missing field") << QStringLiteral("/auth/device/code") << QByteArrayLiteral("application/json")
                                         << QByteArrayLiteral("{\"client_id\":\"platform-x\"}") << 422;
    QTest::newRow("token: missing field") << QStringLiteral("/auth/token") << QByteArrayLiteral("application/json")
                                          << QByteArrayLiteral("{\"grant_type\":\"x\"}") << 422;
    QTest::newRow("refresh: wrong type") << QStringLiteral("/api/auth/refresh") << QByteArrayLiteral("application/json")
                                         << QByteArrayLiteral("{\"refresh_token\":5}") << 422;
    QTest::newRow("refresh: form body") << QStringLiteral("/api/auth/refresh")
                                        << QByteArrayLiteral("application/x-www-form-urlencoded")
                                        << QByteArrayLiteral("refresh_token=x") << 415;
}

void TestMemberAuth::bodyProblems()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const DevServer::Reply reply =
        m_server.send("POST", path, {}, body, {{QByteArrayLiteral("Content-Type"), contentType}});
    QCOMPARE(reply.status, status);
    // Plain text, as the reference server's extractors answer (contract 2.3).
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    QVERIFY(!reply.body.isEmpty());
}

void TestMemberAuth::pendingThenApprovedThroughControl()
{
    const QJsonObject code = requestCode(m_server);
    const QString deviceCode = code[QStringLiteral("device_code")].toString();
    DevServer::Reply reply = poll(m_server, deviceCode);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("DEVICE_CODE_PENDING"));
    QVERIFY(m_server.approveDevice(code[QStringLiteral("user_code")].toString(), QStringLiteral("member@acme.test")));
    reply = poll(m_server, deviceCode);
    QCOMPARE(reply.status, 200);
    const QJsonObject tokens = reply.json();
    QCOMPARE(tokens[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens[QStringLiteral("expires_in")].toInt(), 86400);
    QVERIFY(!tokens[QStringLiteral("refresh_token")].toString().isEmpty());
    const DevServer::Reply me =
        m_server.send("GET", QStringLiteral("/api/user"), tokens[QStringLiteral("access_token")].toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json()[QStringLiteral("email")].toString(), QStringLiteral("member@acme.test"));
    // Approving as someone who is not a member account fails.
    QVERIFY(!m_server.approveDevice(requestCode(m_server)[QStringLiteral("user_code")].toString(),
                                    QStringLiteral("john@customer.com")));
    QVERIFY(!m_server.approveDevice(QStringLiteral("ZZZZ-ZZZZ"), QStringLiteral("member@acme.test")));
}

void TestMemberAuth::tokenErrors()
{
    const QString deviceCode = requestCode(m_server)[QStringLiteral("device_code")].toString();
    DevServer::Reply reply = m_server.send("POST",
                                           QStringLiteral("/auth/token"),
                                           {},
                                           json({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                 {QStringLiteral("device_code"), deviceCode},
                                                 {QStringLiteral("client_id"), QStringLiteral("platform-admin-cli")}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
    reply = poll(m_server, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
    reply = poll(m_server, deviceCode, QStringLiteral("platform-other-client"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    QVERIFY(!reply.json()[QStringLiteral("timestamp")].toString().isEmpty());
}

void TestMemberAuth::approvedThroughHtmlForm()
{
    const QJsonObject code = requestCode(m_server);
    const QString userCode = code[QStringLiteral("user_code")].toString();
    const QString path = QUrl(code[QStringLiteral("verification_uri")].toString()).path();
    DevServer::Reply page = m_server.send("GET", path + QStringLiteral("?user_code=") + userCode);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/activate\">")));
    QVERIFY(html.contains(QStringLiteral("value=\"%1\"").arg(userCode)));
    for (const QString& email : {QStringLiteral("owner@acme.test"),
                                 QStringLiteral("admin@acme.test"),
                                 QStringLiteral("member@acme.test"),
                                 QStringLiteral("owner@globex.test"),
                                 QStringLiteral("nobody@example.test")})
        QVERIFY2(html.contains(QStringLiteral("<option value=\"%1\">").arg(email)), qPrintable(email));
    // A person types the code in lower case with spaces; the form normalises it.
    const QByteArray form =
        "user_code=" + QUrl::toPercentEncoding(QLatin1Char(' ') + userCode.toLower() + QLatin1Char(' '))
        + "&email=" + QUrl::toPercentEncoding(QStringLiteral("owner@globex.test"));
    page = m_server.send("POST",
                         path,
                         {},
                         form,
                         {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("approved as owner@globex.test")));
    const DevServer::Reply reply = poll(m_server, code[QStringLiteral("device_code")].toString());
    QCOMPARE(reply.status, 200);
    QCOMPARE(claimsOf(reply.json()[QStringLiteral("access_token")].toString())[QStringLiteral("email")].toString(),
             QStringLiteral("owner@globex.test"));
}

void TestMemberAuth::htmlFormRejectsUnknownCode()
{
    const DevServer::Reply page =
        m_server.send("POST",
                      QStringLiteral("/activate"),
                      {},
                      QByteArrayLiteral("user_code=%3Cb%3EXX&email=admin%40acme.test"),
                      {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QCOMPARE(page.status, 400);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("Unknown or expired code")));
    QVERIFY(html.contains(QStringLiteral("&lt;B&gt;XX"))); // escaped, never raw markup
    QVERIFY(!html.contains(QStringLiteral("<B>XX")));
}

void TestMemberAuth::autoApprove()
{
    DevServer server({QStringLiteral("--auto-approve"),
                      QStringLiteral("admin@acme.test"),
                      QStringLiteral("--device-interval"),
                      QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject code = requestCode(server);
    QCOMPARE(code[QStringLiteral("interval")].toInt(), 1);
    const DevServer::Reply reply = poll(server, code[QStringLiteral("device_code")].toString());
    QCOMPARE(reply.status, 200);
    const QJsonObject claims = claimsOf(reply.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("admin@acme.test"));
    QCOMPARE(server
                 .send("GET",
                       QStringLiteral("/api/organizations/acme-corp/users?limit=1"),
                       reply.json()[QStringLiteral("access_token")].toString())
                 .status,
             200);
}

void TestMemberAuth::expiry()
{
    DevServer server({QStringLiteral("--device-expires-in"), QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject code = requestCode(server);
    QCOMPARE(code[QStringLiteral("expires_in")].toInt(), 1);
    QCOMPARE(
        poll(server, code[QStringLiteral("device_code")].toString()).json()[QStringLiteral("error_code")].toString(),
        QStringLiteral("DEVICE_CODE_PENDING"));
    QTest::qWait(1200);
    const DevServer::Reply reply = poll(server, code[QStringLiteral("device_code")].toString());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("DEVICE_CODE_EXPIRED"));
    QVERIFY(!server.approveDevice(code[QStringLiteral("user_code")].toString(), QStringLiteral("admin@acme.test")));
}

void TestMemberAuth::noRefreshTokenOption()
{
    DevServer server(
        {QStringLiteral("--no-refresh-token"), QStringLiteral("--auto-approve"), QStringLiteral("member@acme.test")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const DevServer::Reply reply = poll(server, requestCode(server)[QStringLiteral("device_code")].toString());
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json()[QStringLiteral("access_token")].toString().isEmpty());
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
}

void TestMemberAuth::tokenClaims()
{
    DevServer server({QStringLiteral("--token-lifetime"),
                      QStringLiteral("600"),
                      QStringLiteral("--print-token"),
                      QStringLiteral("owner@acme.test")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString printed = server.printedToken();
    const QJsonObject claims = claimsOf(printed);
    const QJsonObject header =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(printed.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header[QStringLiteral("alg")].toString(), QStringLiteral("HS256"));
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("owner@acme.test"));
    QCOMPARE(claims[QStringLiteral("is_platform_owner")].toBool(true), false);
    QVERIFY(!claims.contains(QStringLiteral("org")));
    QCOMPARE(claims[QStringLiteral("exp")].toInteger() - claims[QStringLiteral("iat")].toInteger(), 600);
    QVERIFY(qAbs(claims[QStringLiteral("iat")].toInteger() - QDateTime::currentSecsSinceEpoch()) < 30);
    const DevServer::Reply me = server.send("GET", QStringLiteral("/api/user"), printed);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json()[QStringLiteral("id")].toString(), claims[QStringLiteral("sub")].toString());
    // A token of one server run is not valid for another (random secret per run).
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), printed).json()[QStringLiteral("error_code")].toString(),
             QStringLiteral("JWT_ERROR"));
    QCOMPARE(
        claimsOf(m_server.tokenFor(QStringLiteral("platform.owner@example.test")))[QStringLiteral("is_platform_owner")]
            .toBool(),
        true);
}

void TestMemberAuth::currentUser_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("owner") << QStringLiteral("owner@acme.test");
    QTest::newRow("no membership") << QStringLiteral("nobody@example.test");
}

void TestMemberAuth::currentUser()
{
    QFETCH(QString, email);
    const QString token = m_server.tokenFor(email);
    const DevServer::Reply reply = m_server.send("GET", QStringLiteral("/api/user"), token);
    QCOMPARE(reply.status, 200);
    const QJsonObject me = reply.json();
    QCOMPARE(me[QStringLiteral("email")].toString(), email);
    QCOMPARE(me[QStringLiteral("id")].toString(), claimsOf(token)[QStringLiteral("sub")].toString());
    QCOMPARE(me[QStringLiteral("org")].toString(QStringLiteral("x")), QString());
    QCOMPARE(me[QStringLiteral("service")].toString(QStringLiteral("x")), QString());
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user")).json()[QStringLiteral("error_code")].toString(),
             QStringLiteral("UNAUTHORIZED"));
}

void TestMemberAuth::refreshRotation()
{
    const QJsonObject first = m_server.tokensFor(QStringLiteral("admin@acme.test"));
    const QString oldAccess = first[QStringLiteral("access_token")].toString();
    const QString oldRefresh = first[QStringLiteral("refresh_token")].toString();
    QVERIFY(!oldRefresh.isEmpty());
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), oldAccess).status, 200);
    const DevServer::Reply reply = m_server.send(
        "POST", QStringLiteral("/api/auth/refresh"), {}, json({{QStringLiteral("refresh_token"), oldRefresh}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject second = reply.json();
    QCOMPARE(
        second.keys(),
        QStringList({QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("refresh_token")}));
    QVERIFY(second[QStringLiteral("access_token")].toString() != oldAccess);
    QVERIFY(second[QStringLiteral("refresh_token")].toString() != oldRefresh);
    QCOMPARE(claimsOf(second[QStringLiteral("access_token")].toString())[QStringLiteral("email")].toString(),
             QStringLiteral("admin@acme.test"));
    // Rotation: the old access token and the old refresh token stop working at once.
    DevServer::Reply old = m_server.send("GET", QStringLiteral("/api/user"), oldAccess);
    QCOMPARE(old.status, 401);
    QCOMPARE(old.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    old = m_server.send(
        "POST", QStringLiteral("/api/auth/refresh"), {}, json({{QStringLiteral("refresh_token"), oldRefresh}}));
    QCOMPARE(old.status, 401);
    QCOMPARE(old.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(m_server
                 .send("GET",
                       QStringLiteral("/api/organizations/acme-corp/users?limit=1"),
                       second[QStringLiteral("access_token")].toString())
                 .status,
             200);
    // And again with the new refresh token.
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/api/auth/refresh"),
                       {},
                       json({{QStringLiteral("refresh_token"), second[QStringLiteral("refresh_token")]}}))
                 .status,
             200);
}

void TestMemberAuth::refreshErrors()
{
    const DevServer::Reply reply =
        m_server.send("POST",
                      QStringLiteral("/api/auth/refresh"),
                      {},
                      json({{QStringLiteral("refresh_token"), QStringLiteral("not-a-refresh-token")}}));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    // A control token without refresh.
    QVERIFY(
        !m_server.tokensFor(QStringLiteral("admin@acme.test"), 3600, false).contains(QStringLiteral("refresh_token")));
}

void TestMemberAuth::logoutInvalidates()
{
    const QJsonObject tokens = m_server.tokensFor(QStringLiteral("owner@acme.test"));
    const QString access = tokens[QStringLiteral("access_token")].toString();
    const QString other = m_server.tokenFor(QStringLiteral("owner@acme.test"));
    const DevServer::Reply reply = m_server.send("POST", QStringLiteral("/api/auth/logout"), access);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    const DevServer::Reply after = m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/users"), access);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/api/auth/refresh"),
                       {},
                       json({{QStringLiteral("refresh_token"), tokens[QStringLiteral("refresh_token")]}}))
                 .status,
             401);
    // Other sessions of the same member live on.
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), other).status, 200);
}

void TestMemberAuth::logoutEdgeCases()
{
    DevServer::Reply reply = m_server.send("POST", QStringLiteral("/api/auth/logout"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    reply = m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("garbage"));
    QCOMPARE(reply.status, 204);
    reply = m_server.send(
        "POST", QStringLiteral("/api/auth/logout"), m_server.tokenFor(QStringLiteral("admin@acme.test"), -500));
    QCOMPARE(reply.status, 204);
}

void TestMemberAuth::rateLimitDeviceGroup()
{
    const QByteArray address = QByteArrayLiteral("10.1.0.1");
    for (int i = 0; i < 9; ++i)
        QCOMPARE(m_server
                     .send("POST",
                           QStringLiteral("/auth/device/code"),
                           {},
                           json({{QStringLiteral("client_id"), QStringLiteral("platform-x")},
                                 {QStringLiteral("org"), QStringLiteral("platform")},
                                 {QStringLiteral("service"), QStringLiteral("admin-cli")}}),
                           fromAddress(address))
                     .status,
                 200);
    // The tenth credit goes to /auth/token: the group shares one bucket.
    QCOMPARE(poll(m_server, QStringLiteral("unknown"), QStringLiteral("platform-x"), address).status, 400);
    const DevServer::Reply limited = poll(m_server, QStringLiteral("unknown"), QStringLiteral("platform-x"), address);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Content-Type").isEmpty());
    bool ok = false;
    const int after = limited.header("x-ratelimit-after").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(after >= 58 && after <= 60, limited.header("x-ratelimit-after").constData());
    QCOMPARE(limited.body, QByteArrayLiteral("Too Many Requests! Wait for ") + QByteArray::number(after) + 's');
    QVERIFY(limited.header("Retry-After").isEmpty());
    // The browser's form step draws from the same bucket.
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/activate"),
                       {},
                       QByteArrayLiteral("user_code=X&email=x"),
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                        {QByteArrayLiteral("X-Forwarded-For"), address}})
                 .status,
             429);
    // Another client address and the auth group are unaffected.
    QCOMPARE(requestCode(m_server, QByteArrayLiteral("10.1.0.2")).isEmpty(), false);
    QCOMPARE(
        m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x"), {}, fromAddress(address)).status,
        204);
}

void TestMemberAuth::rateLimitAuthGroup()
{
    const QByteArray address = QByteArrayLiteral("10.2.0.1");
    for (int i = 0; i < 10; ++i)
        QCOMPARE(
            m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x"), {}, fromAddress(address))
                .status,
            204);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_server
                     .send("POST",
                           QStringLiteral("/api/auth/refresh"),
                           {},
                           json({{QStringLiteral("refresh_token"), QStringLiteral("x")}}),
                           fromAddress(address))
                     .status,
                 401);
    const DevServer::Reply limited = m_server.send("POST",
                                                   QStringLiteral("/api/auth/refresh"),
                                                   {},
                                                   json({{QStringLiteral("refresh_token"), QStringLiteral("x")}}),
                                                   fromAddress(address));
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("x-ratelimit-after").isEmpty());
    // X-Real-IP and Forwarded are keys too; without any header the TCP peer is.
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/api/auth/logout"),
                       QStringLiteral("x"),
                       {},
                       {{QByteArrayLiteral("X-Real-IP"), address}})
                 .status,
             429);
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/api/auth/logout"),
                       QStringLiteral("x"),
                       {},
                       {{QByteArrayLiteral("Forwarded"), "for=" + address}})
                 .status,
             429);
    QCOMPARE(m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x")).status, 204);
}

void TestMemberAuth::rateLimitRefillAndControl()
{
    QVERIFY(m_server.setRateLimit({{QStringLiteral("burst_device"), 2}, {QStringLiteral("refill_seconds"), 0.5}}));
    const QByteArray address = QByteArrayLiteral("10.3.0.1");
    QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 400);
    QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 400);
    const DevServer::Reply limited = poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-ratelimit-after"), QByteArrayLiteral("0")); // whole seconds, rounded down
    QTest::qWait(600);
    QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 400);
    QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 429);
    // Changing the limiter refills every bucket.
    QVERIFY(m_server.setRateLimit({{QStringLiteral("burst_device"), 3}}));
    QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 400);
    QVERIFY(m_server.setRateLimit({{QStringLiteral("enabled"), false}}));
    for (int i = 0; i < 15; ++i)
        QCOMPARE(poll(m_server, QStringLiteral("u"), QStringLiteral("platform-x"), address).status, 400);
}

void TestMemberAuth::rateLimitOff()
{
    DevServer server({QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (int i = 0; i < 25; ++i)
        QCOMPARE(server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x")).status, 204);
    DevServer small({QStringLiteral("--rate-burst-auth"),
                     QStringLiteral("2"),
                     QStringLiteral("--rate-refill"),
                     QStringLiteral("120")});
    QVERIFY2(small.start(), qPrintable(small.errorString()));
    QCOMPARE(small.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x")).status, 204);
    QCOMPARE(small.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x")).status, 204);
    const DevServer::Reply limited = small.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("x"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("x-ratelimit-after").toInt() >= 118);
}

void TestMemberAuth::organizationRoutesAreNotLimited()
{
    QVERIFY(m_server.setRateLimit({{QStringLiteral("burst_auth"), 1}, {QStringLiteral("burst_device"), 1}}));
    const QString token = m_server.tokenFor(QStringLiteral("member@acme.test"));
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/acme-corp/users?limit=1"), token).status, 200);
        QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), token).status, 200);
    }
}

QTEST_GUILESS_MAIN(TestMemberAuth)
#include "tst_memberauth.moc"
