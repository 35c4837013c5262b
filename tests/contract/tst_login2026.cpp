// SPDX-License-Identifier: MIT
// Sign-in on sso-dev-server --shape 2026 (contract 9.5): password and MFA, organization selection, refresh
// families, logout, token claims and errors, the platform and service device flows.
#include "DevServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using UserAdmin::Test::DevServer;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray DeviceGrant = QByteArrayLiteral("urn:ietf:params:oauth:grant-type:device_code");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject part(const QString& token, int index)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(index).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QJsonObject claimsOf(const QString& token)
{
    return part(token, 1);
}

QString typeOf(const QString& token)
{
    return part(token, 0).value(QStringLiteral("typ")).toString();
}

Headers from(const char* address)
{
    return {{QByteArrayLiteral("X-Forwarded-For"), QByteArray(address)}};
}

// An independent RFC 6238 implementation (SHA-1, 30 s, 6 digits) to check the server's codes against.
QString totp(const QByteArray& base32Secret, qint64 unixSeconds)
{
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : base32Secret) {
        buffer = (buffer << 5) | quint32(c >= 'A' && c <= 'Z' ? c - 'A' : c - '2' + 26);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.append(char((buffer >> bits) & 0xff));
        }
    }
    QByteArray counter(8, '\0');
    const auto step = quint64(unixSeconds / 30);
    for (int i = 0; i < 8; ++i)
        counter[7 - i] = char((step >> (8 * i)) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(19) & 0xf;
    const quint32 value = ((quint32(quint8(mac.at(offset))) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestLogin2026 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void totpAlgorithm();
    void passwordSignInWithoutMfa();
    void tokenClaims();
    void organizationInTheSignIn();
    void wrongCredentials_data();
    void wrongCredentials();
    void notAMember();
    void riskBlock();
    void mfaStep();
    void mfaCodesAreLimited();
    void printTotpOption();
    void selectOrganization();
    void selectErrors_data();
    void selectErrors();
    void currentUserWithScopedToken();
    void refreshRotatesAndReuseKillsTheFamily();
    void refreshAfterRoleChange();
    void refreshErrors();
    void logout();
    void expiredAndBadTokens();
    void platformDeviceFlowIsForPlatformOwners();
    void serviceDeviceFlow();
    void serviceDeviceFlowErrors();
    void autoApproveServesTheServiceFlow();

private:
    DevServer::Reply
    login(const QString& email, const QString& password, const QString& org = {}, const char* address = "10.1.0.1");
    DevServer::Reply post(const QString& path, const QJsonObject& body, const char* address = "10.1.0.1");
    DevServer::Reply poll(DevServer& server, const QString& deviceCode, const QString& clientId);
    QJsonObject requestCode(DevServer& server, const QString& clientId, const QString& org, const QString& service);

    DevServer m_server {{QStringLiteral("--shape"),
                         QStringLiteral("2026"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("0"),
                         QStringLiteral("--quiet")}};
};

void TestLogin2026::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLogin2026::cleanupTestCase()
{
    m_server.stop();
}

void TestLogin2026::init()
{
    // Full buckets, and no credit back during a test: the limits are tested where they are meant.
    QVERIFY(m_server.setRateLimit({{QStringLiteral("enabled"), true},
                                   {QStringLiteral("burst_auth"), 20},
                                   {QStringLiteral("burst_device"), 10},
                                   {QStringLiteral("burst_mfa"), 3},
                                   {QStringLiteral("refill_seconds"), 60}}));
}

DevServer::Reply TestLogin2026::post(const QString& path, const QJsonObject& body, const char* address)
{
    return m_server.send("POST", path, {}, json(body), from(address));
}

DevServer::Reply
TestLogin2026::login(const QString& email, const QString& password, const QString& org, const char* address)
{
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!org.isEmpty())
        body.insert(QStringLiteral("org_slug"), org);
    return post(QStringLiteral("/api/auth/login"), body, address);
}

DevServer::Reply TestLogin2026::poll(DevServer& server, const QString& deviceCode, const QString& clientId)
{
    return server.send("POST",
                       QStringLiteral("/auth/token"),
                       {},
                       json({{QStringLiteral("grant_type"), QString::fromLatin1(DeviceGrant)},
                             {QStringLiteral("device_code"), deviceCode},
                             {QStringLiteral("client_id"), clientId}}),
                       from("10.1.9.9"));
}

QJsonObject
TestLogin2026::requestCode(DevServer& server, const QString& clientId, const QString& org, const QString& service)
{
    const DevServer::Reply reply = server.send("POST",
                                               QStringLiteral("/auth/device/code"),
                                               {},
                                               json({{QStringLiteral("client_id"), clientId},
                                                     {QStringLiteral("org"), org},
                                                     {QStringLiteral("service"), service}}),
                                               from("10.1.9.9"));
    if (reply.status != 200)
        qWarning("device code: %d %s", reply.status, reply.body.constData());
    return reply.json();
}

void TestLogin2026::totpAlgorithm()
{
    // RFC 6238's SHA-1 test vectors (the last six of the eight digits), for the test's own implementation.
    QCOMPARE(totp(QByteArrayLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), 59), QStringLiteral("287082"));
    QCOMPARE(totp(QByteArrayLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), 1111111109), QStringLiteral("081804"));
    QCOMPARE(totp(QByteArrayLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), 20000000000), QStringLiteral("353130"));
    // The server's code of admin@acme.test is the code of its seeded secret (the step may turn meanwhile).
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString code = m_server.totpFor(QStringLiteral("admin@acme.test"));
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(code == totp(QByteArrayLiteral("JBSWY3DPEHPK3PXP"), before)
                 || code == totp(QByteArrayLiteral("JBSWY3DPEHPK3PXP"), after),
             qPrintable(code));
    QVERIFY(m_server.totpFor(QStringLiteral("owner@acme.test")).isEmpty()); // no MFA
}

void TestLogin2026::passwordSignInWithoutMfa()
{
    const DevServer::Reply reply = login(QStringLiteral("owner@acme.test"), QStringLiteral("acme-owner-pass"));
    QCOMPARE(reply.status, 200);
    const QJsonObject tokens = reply.json();
    QCOMPARE(
        tokens.keys(),
        QStringList({QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("refresh_token")}));
    QCOMPARE(tokens[QStringLiteral("expires_in")].toInt(), 86400);
    QVERIFY(!tokens[QStringLiteral("refresh_token")].toString().isEmpty());
    const QJsonObject me =
        m_server.send("GET", QStringLiteral("/api/user"), tokens[QStringLiteral("access_token")].toString()).json();
    QCOMPARE(me[QStringLiteral("email")].toString(), QStringLiteral("owner@acme.test"));
    QCOMPARE(me[QStringLiteral("org")].toString(), QString());
    QCOMPARE(me[QStringLiteral("permissions")].toArray(), QJsonArray()); // a platform-level token
    // Email case does not matter.
    QCOMPARE(login(QStringLiteral("Owner@ACME.test"), QStringLiteral("acme-owner-pass")).status, 200);
}

void TestLogin2026::tokenClaims()
{
    const QString token = login(QStringLiteral("member@acme.test"), QStringLiteral("acme-member-pass"))
                              .json()[QStringLiteral("access_token")]
                              .toString();
    QCOMPARE(part(token, 0),
             QJsonObject({{QStringLiteral("alg"), QStringLiteral("HS256")},
                          {QStringLiteral("typ"), QStringLiteral("authos-management+jwt")}}));
    const QJsonObject claims = claimsOf(token);
    QCOMPARE(claims.keys(),
             QStringList({QStringLiteral("aud"),
                          QStringLiteral("email"),
                          QStringLiteral("exp"),
                          QStringLiteral("iat"),
                          QStringLiteral("is_platform_owner"),
                          QStringLiteral("iss"),
                          QStringLiteral("jti"),
                          QStringLiteral("sub"),
                          QStringLiteral("token_use")}));
    QCOMPARE(claims[QStringLiteral("token_use")].toString(), QStringLiteral("management_access"));
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("platform"));
    QCOMPARE(claims[QStringLiteral("iss")].toString(), m_server.baseUrl().toString());
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("member@acme.test"));
    QCOMPARE(claims[QStringLiteral("is_platform_owner")].toBool(true), false);
    QCOMPARE(claims[QStringLiteral("exp")].toInteger() - claims[QStringLiteral("iat")].toInteger(), 86400);
    QVERIFY(!claims.contains(QStringLiteral("role"))); // still no role claim
}

void TestLogin2026::organizationInTheSignIn()
{
    const QJsonObject tokens =
        login(QStringLiteral("owner@acme.test"), QStringLiteral("acme-owner-pass"), QStringLiteral("acme-corp")).json();
    const QJsonObject claims = claimsOf(tokens[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("org:acme-corp"));
    QCOMPARE(claims[QStringLiteral("org")].toString(), QStringLiteral("acme-corp"));
    const QJsonObject me =
        m_server.send("GET", QStringLiteral("/api/user"), tokens[QStringLiteral("access_token")].toString()).json();
    QCOMPARE(me[QStringLiteral("org")].toString(), QStringLiteral("acme-corp"));
    QVERIFY(me[QStringLiteral("permissions")].toArray().contains(QStringLiteral("end_users.manage")));
}

void TestLogin2026::wrongCredentials_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("owner@acme.test") << QStringLiteral("acme-owner-pass ");
    QTest::newRow("unknown email") << QStringLiteral("who@acme.test") << QStringLiteral("acme-owner-pass");
    QTest::newRow("no password on the account") << QStringLiteral("owner@umbrella.test") << QString();
    QTest::newRow("end-user, not a member") << QStringLiteral("john@customer.com") << QStringLiteral("x");
}

void TestLogin2026::wrongCredentials()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    const DevServer::Reply reply = login(email, password);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid email or password"));
}

void TestLogin2026::notAMember()
{
    for (const QString& org : {QStringLiteral("acme-corp"), QStringLiteral("no-such-org")}) {
        const DevServer::Reply reply = login(QStringLiteral("nobody@example.test"), QStringLiteral("nobody-pass"), org);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
                 QStringLiteral("You are not a member of this organization"));
    }
}

void TestLogin2026::riskBlock()
{
    const DevServer::Reply reply =
        login(QStringLiteral("owner@acme.test"), QStringLiteral("acme-owner-pass"), {}, "203.0.113.66");
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("FORBIDDEN"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().startsWith(QStringLiteral("Suspicious login detected")));
    // A wrong password from there is still just wrong.
    QCOMPARE(login(QStringLiteral("owner@acme.test"), QStringLiteral("nope"), {}, "203.0.113.66").status, 401);
}

void TestLogin2026::mfaStep()
{
    const DevServer::Reply first =
        login(QStringLiteral("admin@acme.test"), QStringLiteral("acme-admin-pass"), QStringLiteral("acme-corp"));
    QCOMPARE(first.status, 200);
    const QJsonObject preauth = first.json();
    QCOMPARE(preauth[QStringLiteral("refresh_token")].toString(QStringLiteral("missing")), QString());
    QCOMPARE(preauth[QStringLiteral("expires_in")].toInt(), 300);
    const QString preauthToken = preauth[QStringLiteral("access_token")].toString();
    QCOMPARE(typeOf(preauthToken), QStringLiteral("authos-mfa-preauth+jwt"));
    // It is not an access token.
    const DevServer::Reply refused = m_server.send("GET", QStringLiteral("/api/user"), preauthToken);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json()[QStringLiteral("error_code")].toString(), QStringLiteral("JWT_ERROR"));
    // A wrong code, then the right one.
    const QString code = m_server.totpFor(QStringLiteral("admin@acme.test"));
    const QString wrong = code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
    DevServer::Reply reply = post(QStringLiteral("/api/auth/mfa/verify"),
                                  {{QStringLiteral("preauth_token"), preauthToken}, {QStringLiteral("code"), wrong}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid MFA code"));
    reply = post(QStringLiteral("/api/auth/mfa/verify"),
                 {{QStringLiteral("preauth_token"), preauthToken},
                  {QStringLiteral("code"), m_server.totpFor(QStringLiteral("admin@acme.test"))}});
    QCOMPARE(reply.status, 200);
    const QJsonObject claims = claimsOf(reply.json()[QStringLiteral("access_token")].toString());
    QCOMPARE(claims[QStringLiteral("mfa_verified")].toBool(), true);
    QCOMPARE(claims[QStringLiteral("org")].toString(), QStringLiteral("acme-corp"));
    QVERIFY(!reply.json()[QStringLiteral("refresh_token")].toString().isEmpty());
    // Used once.
    reply = post(QStringLiteral("/api/auth/mfa/verify"),
                 {{QStringLiteral("preauth_token"), preauthToken},
                  {QStringLiteral("code"), m_server.totpFor(QStringLiteral("admin@acme.test"))}});
    QCOMPARE(reply.status, 401);
    // The helper of the tests does both steps.
    QCOMPARE(
        m_server.signInWithPassword(QStringLiteral("owner@globex.test"), QStringLiteral("globex-owner-pass")).status,
        200);
}

void TestLogin2026::mfaCodesAreLimited()
{
    const QString preauthToken = login(QStringLiteral("admin@acme.test"), QStringLiteral("acme-admin-pass"))
                                     .json()[QStringLiteral("access_token")]
                                     .toString();
    const QJsonObject wrong {{QStringLiteral("preauth_token"), preauthToken},
                             {QStringLiteral("code"), QStringLiteral("12345")}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(QStringLiteral("/api/auth/mfa/verify"), wrong, "10.1.0.7").status, 401);
    const DevServer::Reply limited = post(QStringLiteral("/api/auth/mfa/verify"), wrong, "10.1.0.7");
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("x-ratelimit-after").isEmpty());
}

void TestLogin2026::printTotpOption()
{
    DevServer server({QStringLiteral("--shape"),
                      QStringLiteral("2026"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("0"),
                      QStringLiteral("--print-totp"),
                      QStringLiteral("admin@acme.test")});
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(server.printedTotp() == totp(QByteArrayLiteral("JBSWY3DPEHPK3PXP"), before)
                 || server.printedTotp() == totp(QByteArrayLiteral("JBSWY3DPEHPK3PXP"), after),
             qPrintable(server.printedTotp()));
    DevServer noMfa({QStringLiteral("--shape"),
                     QStringLiteral("2026"),
                     QStringLiteral("--seed-users"),
                     QStringLiteral("0"),
                     QStringLiteral("--print-totp"),
                     QStringLiteral("owner@acme.test")});
    QVERIFY(!noMfa.start(10000));
    QVERIFY(noMfa.errorString().contains(QStringLiteral("no member owner@acme.test with MFA")));
}

void TestLogin2026::selectOrganization()
{
    const QString platformToken = login(QStringLiteral("owner@acme.test"), QStringLiteral("acme-owner-pass"))
                                      .json()[QStringLiteral("access_token")]
                                      .toString();
    const DevServer::Reply reply =
        m_server.send("POST", QStringLiteral("/api/organizations/acme-corp/select"), platformToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(),
             QStringList({QStringLiteral("access_token"),
                          QStringLiteral("expires_in"),
                          QStringLiteral("membership"),
                          QStringLiteral("organization"),
                          QStringLiteral("refresh_token")}));
    QCOMPARE(body[QStringLiteral("organization")][QStringLiteral("slug")].toString(), QStringLiteral("acme-corp"));
    QCOMPARE(body[QStringLiteral("organization")][QStringLiteral("name")].toString(), QStringLiteral("Acme Corp"));
    const QJsonObject membership = body[QStringLiteral("membership")].toObject();
    QCOMPARE(membership.keys(),
             QStringList({QStringLiteral("created_at"),
                          QStringLiteral("id"),
                          QStringLiteral("org_id"),
                          QStringLiteral("role"),
                          QStringLiteral("user_id")}));
    QCOMPARE(membership[QStringLiteral("role")].toString(), QStringLiteral("owner"));
    QCOMPARE(membership[QStringLiteral("org_id")], body[QStringLiteral("organization")][QStringLiteral("id")]);
    QCOMPARE(membership[QStringLiteral("user_id")].toString(),
             claimsOf(platformToken)[QStringLiteral("sub")].toString());
    QCOMPARE(membership[QStringLiteral("created_at")].toString(), QStringLiteral("2024-01-01T09:00:00Z"));
    QCOMPARE(claimsOf(body[QStringLiteral("access_token")].toString())[QStringLiteral("aud")].toString(),
             QStringLiteral("org:acme-corp"));
    QVERIFY(!body[QStringLiteral("refresh_token")].toString().isEmpty());
    // The platform token still works: selecting is a new session, not a replacement.
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), platformToken).status, 200);
}

void TestLogin2026::selectErrors_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a member") << QStringLiteral("owner@acme.test") << QStringLiteral("globex") << 403
                                  << QStringLiteral("You are not a member of this organization");
    QTest::newRow("inactive organization") << QStringLiteral("admin@acme.test") << QStringLiteral("initech") << 403
                                           << QStringLiteral("Organization is not active (status: suspended)");
    QTest::newRow("unknown organization") << QStringLiteral("admin@acme.test") << QStringLiteral("nope") << 404
                                          << QStringLiteral("Organization 'nope' not found");
}

void TestLogin2026::selectErrors()
{
    QFETCH(QString, email);
    QFETCH(QString, slug);
    QFETCH(int, status);
    QFETCH(QString, message);
    const DevServer::Reply reply =
        m_server.send("POST", QStringLiteral("/api/organizations/%1/select").arg(slug), m_server.tokenFor(email));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), message);
    QCOMPARE(m_server.send("POST", QStringLiteral("/api/organizations/acme-corp/select")).status, 401);
}

void TestLogin2026::currentUserWithScopedToken()
{
    const QJsonObject tokens =
        m_server.scopedTokensFor(QStringLiteral("support@acme.test"), QStringLiteral("acme-corp"));
    QVERIFY(!tokens[QStringLiteral("refresh_token")].toString().isEmpty());
    const QJsonObject me =
        m_server.send("GET", QStringLiteral("/api/user"), tokens[QStringLiteral("access_token")].toString()).json();
    QCOMPARE(me.keys(),
             QStringList({QStringLiteral("created_at"),
                          QStringLiteral("email"),
                          QStringLiteral("email_verified_at"),
                          QStringLiteral("id"),
                          QStringLiteral("is_platform_owner"),
                          QStringLiteral("org"),
                          QStringLiteral("permissions"),
                          QStringLiteral("service")}));
    QCOMPARE(me[QStringLiteral("org")].toString(), QStringLiteral("acme-corp"));
    QCOMPARE(me[QStringLiteral("service")].toString(), QString());
    QCOMPARE(me[QStringLiteral("permissions")].toArray(), QJsonArray({QStringLiteral("end_users.view")}));
    QVERIFY(me[QStringLiteral("created_at")].toString().startsWith(QStringLiteral("2024-05-02T09:00:00")));
    QVERIFY(!me[QStringLiteral("created_at")].toString().endsWith(QLatin1Char('Z'))); // naive
}

void TestLogin2026::refreshRotatesAndReuseKillsTheFamily()
{
    const QJsonObject first = m_server.scopedTokensFor(QStringLiteral("owner@acme.test"), QStringLiteral("acme-corp"));
    const QString refresh1 = first[QStringLiteral("refresh_token")].toString();
    DevServer::Reply reply = post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}});
    QCOMPARE(reply.status, 200);
    const QJsonObject second = reply.json();
    QCOMPARE(
        second.keys(),
        QStringList({QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("refresh_token")}));
    const QString refresh2 = second[QStringLiteral("refresh_token")].toString();
    QVERIFY(refresh2 != refresh1);
    // The rotated token keeps the organization.
    QCOMPARE(claimsOf(second[QStringLiteral("access_token")].toString())[QStringLiteral("org")].toString(),
             QStringLiteral("acme-corp"));
    // The old access token is gone, the new one works.
    reply = m_server.send("GET", QStringLiteral("/api/user"), first[QStringLiteral("access_token")].toString());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Session revoked or expired"));
    QCOMPARE(
        m_server.send("GET", QStringLiteral("/api/user"), second[QStringLiteral("access_token")].toString()).status,
        200);
    // The used refresh token comes back: the whole family ends, the newest pair included.
    reply = post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refresh_token"), refresh1}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid refresh token"));
    reply = m_server.send("GET", QStringLiteral("/api/user"), second[QStringLiteral("access_token")].toString());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}}).status, 401);
    // Another session of the same member lives on.
    QCOMPARE(
        m_server.send("GET", QStringLiteral("/api/user"), m_server.tokenFor(QStringLiteral("owner@acme.test"))).status,
        200);
}

void TestLogin2026::refreshAfterRoleChange()
{
    const QJsonObject tokens =
        m_server.scopedTokensFor(QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"));
    QVERIFY(m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("admin")));
    const DevServer::Reply reply = post(QStringLiteral("/api/auth/refresh"),
                                        {{QStringLiteral("refresh_token"), tokens[QStringLiteral("refresh_token")]}});
    QVERIFY(m_server.setMembership(
        QStringLiteral("member@acme.test"), QStringLiteral("acme-corp"), QStringLiteral("member")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid refresh token"));
}

void TestLogin2026::refreshErrors()
{
    DevServer::Reply reply = post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refresh_token"), QString()}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
    reply =
        post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refresh_token"), QStringLiteral("not-a-token")}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid refresh token"));
}

void TestLogin2026::logout()
{
    const QString token = m_server.tokenFor(QStringLiteral("owner@acme.test"));
    DevServer::Reply reply = m_server.send("POST", QStringLiteral("/api/auth/logout"), token, {}, from("10.1.0.3"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("message"), QStringLiteral("Logged out successfully")}}));
    reply = m_server.send("GET", QStringLiteral("/api/user"), token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Session revoked or expired"));
    QCOMPARE(m_server.send("POST", QStringLiteral("/api/auth/logout")).status, 401);
}

void TestLogin2026::expiredAndBadTokens()
{
    // No TOKEN_EXPIRED on this server, not even within the leeway.
    for (int expiresIn : {-10, -300}) {
        const DevServer::Reply reply = m_server.send(
            "GET", QStringLiteral("/api/user"), m_server.tokenFor(QStringLiteral("owner@acme.test"), expiresIn));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("JWT_ERROR"));
        QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid token"));
    }
    const DevServer::Reply bad = m_server.send("GET", QStringLiteral("/api/user"), QStringLiteral("a.b.c"));
    QCOMPARE(bad.json()[QStringLiteral("error_code")].toString(), QStringLiteral("JWT_ERROR"));
}

void TestLogin2026::platformDeviceFlowIsForPlatformOwners()
{
    QCOMPARE(m_server
                 .send("POST",
                       QStringLiteral("/auth/device/code"),
                       {},
                       json({{QStringLiteral("client_id"), QStringLiteral("platform-other")},
                             {QStringLiteral("org"), QStringLiteral("platform")},
                             {QStringLiteral("service"), QStringLiteral("admin-cli")}}))
                 .status,
             400);
    const QString client = QStringLiteral("platform-admin-cli");
    QJsonObject code = requestCode(m_server, client, QStringLiteral("platform"), QStringLiteral("admin-cli"));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$"))
                .match(code[QStringLiteral("user_code")].toString())
                .hasMatch());
    QVERIFY(m_server.approveDevice(code[QStringLiteral("user_code")].toString(), QStringLiteral("admin@acme.test")));
    DevServer::Reply reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("FORBIDDEN"));
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("Platform device authorization requires a current platform owner"));
    code = requestCode(m_server, client, QStringLiteral("platform"), QStringLiteral("admin-cli"));
    QVERIFY(m_server.approveDevice(code[QStringLiteral("user_code")].toString(),
                                   QStringLiteral("platform.owner@example.test")));
    reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().keys(),
             QStringList({QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("token_type")}));
    QCOMPARE(
        claimsOf(reply.json()[QStringLiteral("access_token")].toString())[QStringLiteral("is_platform_owner")].toBool(),
        true);
    // Single use: the same code looks pending again.
    reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("DEVICE_CODE_PENDING"));
}

void TestLogin2026::serviceDeviceFlow()
{
    const QString client = QStringLiteral("client-desktop");
    const QJsonObject code = requestCode(m_server, client, QStringLiteral("acme-corp"), QStringLiteral("desktop"));
    QCOMPARE(code[QStringLiteral("verification_uri")].toString(), m_server.url(QStringLiteral("/activate")).toString());
    QCOMPARE(code[QStringLiteral("expires_in")].toInt(), 900);
    QCOMPARE(code[QStringLiteral("interval")].toInt(), 5);
    const QString userCode = code[QStringLiteral("user_code")].toString();
    const QJsonObject verified = m_server
                                     .send("POST",
                                           QStringLiteral("/auth/device/verify"),
                                           {},
                                           json({{QStringLiteral("user_code"), userCode}}),
                                           from("10.1.9.8"))
                                     .json();
    QCOMPARE(verified[QStringLiteral("org_slug")].toString(), QStringLiteral("acme-corp"));
    QCOMPARE(verified[QStringLiteral("service_slug")].toString(), QStringLiteral("desktop"));
    DevServer::Reply reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("DEVICE_CODE_PENDING"));
    // The activation page approves it, as for the platform flow.
    const DevServer::Reply page = m_server.send(
        "POST",
        QStringLiteral("/activate"),
        {},
        "user_code=" + userCode.toLatin1() + "&email=" + QUrl::toPercentEncoding(QStringLiteral("admin@acme.test")),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
         {QByteArrayLiteral("X-Forwarded-For"), QByteArrayLiteral("10.1.9.7")}});
    QCOMPARE(page.status, 200);
    reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
    const QString token = reply.json()[QStringLiteral("access_token")].toString();
    const QJsonObject claims = claimsOf(token);
    QCOMPARE(claims[QStringLiteral("aud")].toString(), QStringLiteral("service:acme-corp/desktop"));
    QCOMPARE(claims[QStringLiteral("org")].toString(), QStringLiteral("acme-corp"));
    QCOMPARE(claims[QStringLiteral("service")].toString(), QStringLiteral("desktop"));
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), token).json()[QStringLiteral("service")].toString(),
             QStringLiteral("desktop"));
    // Selecting the organization gives the refresh token the device flow does not.
    const QJsonObject selected =
        m_server.send("POST", QStringLiteral("/api/organizations/acme-corp/select"), token).json();
    QVERIFY(!selected[QStringLiteral("refresh_token")].toString().isEmpty());
    QCOMPARE(selected[QStringLiteral("membership")][QStringLiteral("role")].toString(), QStringLiteral("admin"));
    reply = poll(m_server, code[QStringLiteral("device_code")].toString(), client);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("DEVICE_CODE_PENDING"));
    reply = poll(m_server, code[QStringLiteral("device_code")].toString(), QStringLiteral("client-other"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid client"));
}

void TestLogin2026::serviceDeviceFlowErrors()
{
    const auto codeReply = [this](const char* client, const char* org, const char* service) {
        return m_server.send("POST",
                             QStringLiteral("/auth/device/code"),
                             {},
                             json({{QStringLiteral("client_id"), QLatin1String(client)},
                                   {QStringLiteral("org"), QLatin1String(org)},
                                   {QStringLiteral("service"), QLatin1String(service)}}),
                             from("10.1.9.6"));
    };
    DevServer::Reply reply = codeReply("client-other", "acme-corp", "desktop");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(), QStringLiteral("Invalid client credentials"));
    reply = codeReply("client-main-app", "acme-corp", "main-app");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error")].toString(),
             QStringLiteral("Service has no device activation page configured"));
    reply = codeReply("client-desktop", "globex", "desktop");
    QCOMPARE(reply.status, 400);
    QCOMPARE(poll(m_server, QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("client-desktop"))
                 .json()[QStringLiteral("error")]
                 .toString(),
             QStringLiteral("Invalid device code"));
}

void TestLogin2026::autoApproveServesTheServiceFlow()
{
    DevServer server({QStringLiteral("--shape"),
                      QStringLiteral("2026"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("0"),
                      QStringLiteral("--auto-approve"),
                      QStringLiteral("owner@acme.test")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject code =
        requestCode(server, QStringLiteral("client-desktop"), QStringLiteral("acme-corp"), QStringLiteral("desktop"));
    const DevServer::Reply reply =
        poll(server, code[QStringLiteral("device_code")].toString(), QStringLiteral("client-desktop"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(claimsOf(reply.json()[QStringLiteral("access_token")].toString())[QStringLiteral("email")].toString(),
             QStringLiteral("owner@acme.test"));
}

QTEST_GUILESS_MAIN(TestLogin2026)
#include "tst_login2026.moc"
