// SPDX-License-Identifier: MIT
// The three end-user endpoints of sso-dev-server in the seed's shapes: roles, errors, paging, search, filter.
#include "DevServer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isEnvelopeTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}\\+00:00$"));
    return pattern.match(text).hasMatch();
}

} // namespace

class TestEndUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listDefaultShape();
    void listCoversEveryUserOnce();
    void clamping_data();
    void clamping();
    void malformedQuery_data();
    void malformedQuery();
    void statusOrder_data();
    void statusOrder();
    void unauthorized_data();
    void unauthorized();
    void search_data();
    void search();
    void searchPagesAreConsistent();
    void serviceFilter_data();
    void serviceFilter();
    void serviceFilterWithSearch();
    void unknownService_data();
    void unknownService();
    void pagePastTheEnd();
    void detailOfTheSeedExample();
    void detailSpecialUsers();
    void detailErrors();
    void rolesMayRead_data();
    void rolesMayRead();
    void revokeRoles_data();
    void revokeRoles();
    void revokeCounts();
    void revokeIsScopedToTheOrganization();
    void unknownRoutes();

private:
    QString idOf(const QString& email);
    QJsonObject get(const QString& pathAndQuery, const QString& token = {});

    DevServer m_server;
    QString m_owner;
    QString m_admin;
    QString m_member;
    QString m_nobody;
    QString m_globexOwner;
    QList<QJsonObject> m_all; // every acme-corp end-user, from paging the whole list
};

void TestEndUsers::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_owner = m_server.tokenFor(QStringLiteral("owner@acme.test"));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
    m_member = m_server.tokenFor(QStringLiteral("member@acme.test"));
    m_nobody = m_server.tokenFor(QStringLiteral("nobody@example.test"));
    m_globexOwner = m_server.tokenFor(QStringLiteral("owner@globex.test"));
    QVERIFY(!m_owner.isEmpty() && !m_admin.isEmpty() && !m_member.isEmpty() && !m_nobody.isEmpty());
    qint64 total = -1;
    for (int page = 1; page < 100; ++page) {
        const QJsonObject body = get(Users + QStringLiteral("?limit=100&page=%1").arg(page));
        total = body[QStringLiteral("pagination")][QStringLiteral("total")].toInteger();
        const QJsonArray users = body[QStringLiteral("users")].toArray();
        for (const QJsonValue& user : users)
            m_all << user.toObject();
        if (users.size() < 100)
            break;
    }
    QCOMPARE(qint64(m_all.size()), total);
    QVERIFY(total > 1500); // 2,000 generated users, most of them in acme-corp, plus the fixed ones
}

void TestEndUsers::cleanupTestCase()
{
    m_server.stop();
}

QJsonObject TestEndUsers::get(const QString& pathAndQuery, const QString& token)
{
    const DevServer::Reply reply = m_server.send("GET", pathAndQuery, token.isEmpty() ? m_admin : token);
    if (reply.status != 200)
        qWarning("GET %s: %d %s", qPrintable(pathAndQuery), reply.status, reply.body.constData());
    return reply.json();
}

QString TestEndUsers::idOf(const QString& email)
{
    for (const QJsonObject& user : std::as_const(m_all)) {
        if (user[QStringLiteral("email")].toString() == email)
            return user[QStringLiteral("id")].toString();
    }
    return {};
}

void TestEndUsers::listDefaultShape()
{
    const DevServer::Reply reply = m_server.send("GET", Users, m_member);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(), QStringList({QStringLiteral("pagination"), QStringLiteral("users")}));
    const QJsonObject pagination = body[QStringLiteral("pagination")].toObject();
    QCOMPARE(pagination[QStringLiteral("page")].toInteger(), 1);
    QCOMPARE(pagination[QStringLiteral("limit")].toInteger(), 50);
    QCOMPARE(pagination[QStringLiteral("total")].toInteger(), qint64(m_all.size()));
    const QJsonArray users = body[QStringLiteral("users")].toArray();
    QCOMPARE(users.size(), 50);
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QString previous = QStringLiteral("9999");
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        QCOMPARE(user.keys(),
                 QStringList({QStringLiteral("created_at"),
                              QStringLiteral("email"),
                              QStringLiteral("id"),
                              QStringLiteral("last_login_at"),
                              QStringLiteral("mfa_enabled"),
                              QStringLiteral("services")}));
        QVERIFY(stamp.match(user[QStringLiteral("created_at")].toString()).hasMatch());
        QVERIFY(user[QStringLiteral("last_login_at")].isNull()
                || stamp.match(user[QStringLiteral("last_login_at")].toString()).hasMatch());
        QVERIFY(user[QStringLiteral("mfa_enabled")].isBool());
        QVERIFY(!user[QStringLiteral("services")].toArray().isEmpty());
        for (const QJsonValue& slug : user[QStringLiteral("services")].toArray())
            QVERIFY(QStringList({QStringLiteral("main-app"),
                                 QStringLiteral("mobile-app"),
                                 QStringLiteral("billing-portal"),
                                 QStringLiteral("partner-api"),
                                 QStringLiteral("desktop-app")})
                        .contains(slug.toString()));
        // Newest platform account first.
        QVERIFY(user[QStringLiteral("created_at")].toString() <= previous);
        previous = user[QStringLiteral("created_at")].toString();
    }
}

void TestEndUsers::listCoversEveryUserOnce()
{
    QSet<QString> ids;
    for (const QJsonObject& user : std::as_const(m_all))
        ids.insert(user[QStringLiteral("id")].toString());
    QCOMPARE(ids.size(), m_all.size());
    for (const QString& email : {QStringLiteral("john@customer.com"),
                                 QStringLiteral("zoë.müller@example.de"),
                                 QStringLiteral("never.signed.in@example.com"),
                                 QStringLiteral("<b>bold</b>@markup.example")})
        QVERIFY2(!idOf(email).isEmpty(), qPrintable(email));
    // Members are not end-users.
    QVERIFY(idOf(QStringLiteral("owner@acme.test")).isEmpty());
    bool sawNull = false;
    bool sawMfaOff = false;
    for (const QJsonObject& user : std::as_const(m_all)) {
        sawNull |= user[QStringLiteral("last_login_at")].isNull();
        sawMfaOff |= !user[QStringLiteral("mfa_enabled")].toBool();
    }
    QVERIFY(sawNull);
    QVERIFY(sawMfaOff);
}

void TestEndUsers::clamping_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("page");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("defaults") << QString() << qint64(1) << qint64(50);
    QTest::newRow("page 0") << QStringLiteral("page=0") << qint64(1) << qint64(50);
    QTest::newRow("page -3") << QStringLiteral("page=-3") << qint64(1) << qint64(50);
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << qint64(1) << qint64(1);
    QTest::newRow("limit -5") << QStringLiteral("limit=-5") << qint64(1) << qint64(1);
    QTest::newRow("limit 500") << QStringLiteral("limit=500") << qint64(1) << qint64(100);
    QTest::newRow("limit 100") << QStringLiteral("limit=100") << qint64(1) << qint64(100);
    QTest::newRow("page 2 limit 7") << QStringLiteral("page=2&limit=7") << qint64(2) << qint64(7);
    QTest::newRow("plus sign") << QStringLiteral("page=%2B2&limit=3") << qint64(2) << qint64(3);
    QTest::newRow("unknown parameter ignored") << QStringLiteral("sort=email&limit=3") << qint64(1) << qint64(3);
}

void TestEndUsers::clamping()
{
    QFETCH(QString, query);
    QFETCH(qint64, page);
    QFETCH(qint64, limit);
    const QJsonObject body = get(Users + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    const QJsonObject pagination = body[QStringLiteral("pagination")].toObject();
    QCOMPARE(pagination[QStringLiteral("page")].toInteger(), page);
    QCOMPARE(pagination[QStringLiteral("limit")].toInteger(), limit);
    QCOMPARE(pagination[QStringLiteral("total")].toInteger(), qint64(m_all.size()));
    const QJsonArray users = body[QStringLiteral("users")].toArray();
    QCOMPARE(users.size(), int(limit));
    QCOMPARE(users.first()[QStringLiteral("id")].toString(),
             m_all.at((page - 1) * limit)[QStringLiteral("id")].toString());
}

void TestEndUsers::malformedQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("letters") << QStringLiteral("page=abc");
    QTest::newRow("fraction") << QStringLiteral("limit=1.5");
    QTest::newRow("empty") << QStringLiteral("page=");
    QTest::newRow("repeated") << QStringLiteral("page=1&page=2");
    QTest::newRow("beyond 64 bits") << QStringLiteral("page=99999999999999999999");
    QTest::newRow("repeated search") << QStringLiteral("search=a&search=b");
}

void TestEndUsers::malformedQuery()
{
    QFETCH(QString, query);
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('?') + query, m_member);
    QCOMPARE(reply.status, 400);
    const QJsonObject body = reply.json();
    QCOMPARE(body[QStringLiteral("error_code")].toString(), QStringLiteral("BAD_REQUEST"));
    QVERIFY(!body[QStringLiteral("error")].toString().isEmpty());
    QVERIFY(isEnvelopeTimestamp(body[QStringLiteral("timestamp")].toString()));
}

void TestEndUsers::statusOrder_data()
{
    // Contract 1.1: existence and status before the query, the query before membership.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown org, bad query")
        << QStringLiteral("/api/organizations/no-such-org/users?page=x") << QStringLiteral("admin") << 404
        << QStringLiteral("NOT_FOUND") << QStringLiteral("no-such-org");
    QTest::newRow("unknown org, non-member")
        << QStringLiteral("/api/organizations/no-such-org/users") << QStringLiteral("nobody") << 404
        << QStringLiteral("NOT_FOUND") << QString();
    QTest::newRow("suspended org") << QStringLiteral("/api/organizations/initech/users") << QStringLiteral("admin")
                                   << 403 << QStringLiteral("FORBIDDEN") << QStringLiteral("suspended");
    QTest::newRow("suspended org, bad query")
        << QStringLiteral("/api/organizations/initech/users?limit=x") << QStringLiteral("admin") << 403
        << QStringLiteral("FORBIDDEN") << QStringLiteral("suspended");
    QTest::newRow("pending org, non-member")
        << QStringLiteral("/api/organizations/umbrella/users") << QStringLiteral("nobody") << 403
        << QStringLiteral("FORBIDDEN") << QStringLiteral("pending");
    QTest::newRow("bad query before membership")
        << QStringLiteral("/api/organizations/acme-corp/users?page=x") << QStringLiteral("nobody") << 400
        << QStringLiteral("BAD_REQUEST") << QString();
    QTest::newRow("non-member") << QStringLiteral("/api/organizations/acme-corp/users") << QStringLiteral("nobody")
                                << 403 << QStringLiteral("FORBIDDEN") << QStringLiteral("member");
    QTest::newRow("member of another org")
        << QStringLiteral("/api/organizations/acme-corp/users") << QStringLiteral("globex") << 403
        << QStringLiteral("FORBIDDEN") << QString();
    QTest::newRow("suspended detail") << QStringLiteral("/api/organizations/initech/users/x") << QStringLiteral("admin")
                                      << 403 << QStringLiteral("FORBIDDEN") << QStringLiteral("suspended");
}

void TestEndUsers::statusOrder()
{
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    const QString token = who == QLatin1String("admin") ? m_admin
        : who == QLatin1String("nobody")                ? m_nobody
                                                        : m_globexOwner;
    const DevServer::Reply reply = m_server.send("GET", path, token);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), errorCode);
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(messagePart));
    QVERIFY(isEnvelopeTimestamp(reply.json()[QStringLiteral("timestamp")].toString()));
}

void TestEndUsers::unauthorized_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("errorCode");
    const QString admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
    QString tampered = admin;
    tampered[tampered.size() - 2] =
        tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QStringList parts = admin.split(QLatin1Char('.'));
    const QString noneAlgorithm =
        QString::fromLatin1(QByteArrayLiteral("{\"alg\":\"none\",\"typ\":\"JWT\"}")
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QLatin1Char('.') + parts.value(1) + QLatin1Char('.');
    const QJsonObject loggedOut = m_server.tokensFor(QStringLiteral("member@acme.test"));
    m_server.send("POST", QStringLiteral("/api/auth/logout"), loggedOut[QStringLiteral("access_token")].toString());

    QTest::newRow("missing") << QByteArray() << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic YWRtaW46YWRtaW4=") << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("lower-case bearer") << ("bearer " + admin.toLatin1()) << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("bearer without token") << QByteArrayLiteral("Bearer ") << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("not a jwt") << QByteArrayLiteral("Bearer not-a-token") << QStringLiteral("JWT_ERROR");
    QTest::newRow("bad signature") << ("Bearer " + tampered.toLatin1()) << QStringLiteral("JWT_ERROR");
    QTest::newRow("alg none") << ("Bearer " + noneAlgorithm.toLatin1()) << QStringLiteral("JWT_ERROR");
    QTest::newRow("expired 10 s ago") << ("Bearer "
                                          + m_server.tokenFor(QStringLiteral("admin@acme.test"), -10).toLatin1())
                                      << QStringLiteral("TOKEN_EXPIRED");
    QTest::newRow("expired 5 min ago") << ("Bearer "
                                           + m_server.tokenFor(QStringLiteral("admin@acme.test"), -300).toLatin1())
                                       << QStringLiteral("JWT_ERROR");
    QTest::newRow("session logged out") << ("Bearer " + loggedOut[QStringLiteral("access_token")].toString().toLatin1())
                                        << QStringLiteral("UNAUTHORIZED");
}

void TestEndUsers::unauthorized()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, errorCode);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), header});
    for (const QString& path :
         {Users, Users + QStringLiteral("/some-id"), QStringLiteral("/api/organizations/no-such-org/users?page=x")}) {
        const DevServer::Reply reply = m_server.send("GET", path, {}, {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), errorCode);
        QVERIFY(isEnvelopeTimestamp(reply.json()[QStringLiteral("timestamp")].toString()));
    }
    const DevServer::Reply revoke = m_server.send("DELETE", Users + QStringLiteral("/x/sessions"), {}, {}, headers);
    QCOMPARE(revoke.status, 401);
    QCOMPARE(revoke.json()[QStringLiteral("error_code")].toString(), errorCode);
}

void TestEndUsers::search_data()
{
    QTest::addColumn<QString>("encodedSearch");
    QTest::addColumn<QString>("term"); // what the server should search for
    QTest::addColumn<QString>("mustFind");
    QTest::newRow("plain") << QStringLiteral("john") << QStringLiteral("john") << QStringLiteral("john@customer.com");
    QTest::newRow("plus encoded") << QStringLiteral("john%2Btest") << QStringLiteral("john+test")
                                  << QStringLiteral("john+test@customer.com");
    QTest::newRow("raw plus is a space") << QStringLiteral("john+test") << QStringLiteral("john test") << QString();
    QTest::newRow("percent") << QStringLiteral("100%25real") << QStringLiteral("100%real")
                             << QStringLiteral("100%real@example.com");
    QTest::newRow("lone percent") << QStringLiteral("%25") << QStringLiteral("%")
                                  << QStringLiteral("100%real@example.com");
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QStringLiteral("_") << QString();
    QTest::newRow("surrounding spaces trimmed")
        << QStringLiteral("%20%20john%40customer.com%20") << QStringLiteral("john@customer.com")
        << QStringLiteral("john@customer.com");
    QTest::newRow("inner space") << QStringLiteral("jane%20smith") << QStringLiteral("jane smith")
                                 << QStringLiteral("\"jane smith\"@quoted.example");
    QTest::newRow("upper case") << QStringLiteral("JANE.DOE") << QStringLiteral("jane.doe")
                                << QStringLiteral("JANE.DOE@Example.COM");
    QTest::newRow("lower finds upper") << QStringLiteral("example.com") << QStringLiteral("example.com")
                                       << QStringLiteral("JANE.DOE@Example.COM");
    QTest::newRow("non-ascii upper") << encoded(QStringLiteral("ZOË")) << QStringLiteral("zoë")
                                     << QStringLiteral("zoë.müller@example.de");
    QTest::newRow("non-ascii finds upper")
        << encoded(QStringLiteral("åsa.öb")) << QStringLiteral("åsa.öb") << QStringLiteral("ÅSA.ÖBERG@EXAMPLE.SE");
    QTest::newRow("markup") << encoded(QStringLiteral("<b>")) << QStringLiteral("<b>")
                            << QStringLiteral("<b>bold</b>@markup.example");
    QTest::newRow("apostrophe ampersand") << encoded(QStringLiteral("o'brien&")) << QStringLiteral("o'brien&")
                                          << QStringLiteral("o'brien&sons@example.ie");
    QTest::newRow("quote") << encoded(QStringLiteral("\"jane")) << QStringLiteral("\"jane")
                           << QStringLiteral("\"jane smith\"@quoted.example");
    QTest::newRow("two characters") << QStringLiteral("zo") << QStringLiteral("zo")
                                    << QStringLiteral("zoë.müller@example.de");
    QTest::newRow("one character") << QStringLiteral("q") << QStringLiteral("q") << QString();
    QTest::newRow("at sign, everyone") << QStringLiteral("%40") << QStringLiteral("@")
                                       << QStringLiteral("john@customer.com");
    QTest::newRow("no hits") << QStringLiteral("zzzqqqxxx") << QStringLiteral("zzzqqqxxx") << QString();
    QTest::newRow("empty means no filter") << QString() << QString() << QStringLiteral("john@customer.com");
}

void TestEndUsers::search()
{
    QFETCH(QString, encodedSearch);
    QFETCH(QString, term);
    QFETCH(QString, mustFind);
    QSet<QString> expected;
    for (const QJsonObject& user : std::as_const(m_all)) {
        if (user[QStringLiteral("email")].toString().toLower().contains(term))
            expected.insert(user[QStringLiteral("email")].toString());
    }
    QSet<QString> found;
    qint64 total = -1;
    for (int page = 1; page < 50; ++page) {
        const QJsonObject body =
            get(Users + QStringLiteral("?limit=100&page=%1&search=%2").arg(page).arg(encodedSearch), m_member);
        total = body[QStringLiteral("pagination")][QStringLiteral("total")].toInteger();
        const QJsonArray users = body[QStringLiteral("users")].toArray();
        for (const QJsonValue& user : users)
            found.insert(user[QStringLiteral("email")].toString());
        if (users.size() < 100)
            break;
    }
    QCOMPARE(total, qint64(expected.size()));
    QCOMPARE(found, expected);
    if (!mustFind.isEmpty())
        QVERIFY2(found.contains(mustFind), qPrintable(mustFind));
    else if (term != QLatin1String("q") && term != QLatin1String("_"))
        QCOMPARE(total, 0);
}

void TestEndUsers::searchPagesAreConsistent()
{
    // A search with many hits, paged small: pages join up to the whole ordered result.
    const QJsonObject whole = get(Users + QStringLiteral("?search=example&limit=100"));
    const QJsonArray all = whole[QStringLiteral("users")].toArray();
    QVERIFY(all.size() >= 30);
    for (int page = 1; page <= 3; ++page) {
        const QJsonArray users =
            get(Users + QStringLiteral("?search=example&limit=10&page=%1").arg(page))[QStringLiteral("users")]
                .toArray();
        QCOMPARE(users.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(users.at(i)[QStringLiteral("id")].toString(),
                     all.at((page - 1) * 10 + i)[QStringLiteral("id")].toString());
    }
}

void TestEndUsers::serviceFilter_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("main-app") << QStringLiteral("main-app");
    QTest::newRow("mobile-app") << QStringLiteral("mobile-app");
    QTest::newRow("desktop-app") << QStringLiteral("desktop-app");
}

void TestEndUsers::serviceFilter()
{
    QFETCH(QString, slug);
    const QJsonArray services =
        get(QStringLiteral("/api/organizations/acme-corp/services"))[QStringLiteral("services")].toArray();
    QString id;
    for (const QJsonValue& service : services) {
        if (service[QStringLiteral("slug")].toString() == slug)
            id = service[QStringLiteral("id")].toString();
    }
    QVERIFY(!id.isEmpty());
    qint64 expected = 0;
    for (const QJsonObject& user : std::as_const(m_all))
        expected += user[QStringLiteral("services")].toArray().contains(slug) ? 1 : 0;
    QVERIFY(expected > 0 && expected < m_all.size());
    const QJsonObject byId = get(Users + QStringLiteral("?limit=100&service_id=") + encoded(id));
    const QJsonObject bySlug = get(Users + QStringLiteral("?limit=100&service_id=") + slug);
    QCOMPARE(byId[QStringLiteral("pagination")][QStringLiteral("total")].toInteger(), expected);
    QCOMPARE(bySlug[QStringLiteral("pagination")][QStringLiteral("total")].toInteger(), expected);
    QCOMPARE(byId[QStringLiteral("users")].toArray(), bySlug[QStringLiteral("users")].toArray());
    for (const QJsonValue& user : byId[QStringLiteral("users")].toArray())
        QVERIFY(user[QStringLiteral("services")].toArray().contains(slug));
}

void TestEndUsers::serviceFilterWithSearch()
{
    qint64 expected = 0;
    for (const QJsonObject& user : std::as_const(m_all)) {
        if (user[QStringLiteral("services")].toArray().contains(QStringLiteral("mobile-app"))
            && user[QStringLiteral("email")].toString().toLower().contains(QStringLiteral("zo")))
            ++expected;
    }
    for (const QString& search : {QStringLiteral("zo"), QStringLiteral("ZO")}) {
        const QJsonObject body = get(Users + QStringLiteral("?limit=100&service_id=mobile-app&search=") + search);
        QCOMPARE(body[QStringLiteral("pagination")][QStringLiteral("total")].toInteger(), expected);
    }
    qint64 expectedLong = 0;
    for (const QJsonObject& user : std::as_const(m_all)) {
        if (user[QStringLiteral("services")].toArray().contains(QStringLiteral("main-app"))
            && user[QStringLiteral("email")].toString().toLower().contains(QStringLiteral("smith")))
            ++expectedLong;
    }
    QCOMPARE(get(Users
                 + QStringLiteral(
                     "?service_id=main-app&search=Smith"))[QStringLiteral("pagination")][QStringLiteral("total")]
                 .toInteger(),
             expectedLong);
}

void TestEndUsers::unknownService_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::newRow("unknown slug") << QStringLiteral("no-such-service");
    QTest::newRow("another organization's service") << QStringLiteral("globex-web");
}

void TestEndUsers::unknownService()
{
    QFETCH(QString, serviceId);
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?service_id=") + serviceId, m_member);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(serviceId));
}

void TestEndUsers::pagePastTheEnd()
{
    const QJsonObject body = get(Users + QStringLiteral("?page=1000&limit=100"));
    QVERIFY(body[QStringLiteral("users")].toArray().isEmpty());
    QCOMPARE(body[QStringLiteral("pagination")][QStringLiteral("total")].toInteger(), qint64(m_all.size()));
    QCOMPARE(body[QStringLiteral("pagination")][QStringLiteral("page")].toInteger(), 1000);
    const QJsonObject huge = get(Users + QStringLiteral("?page=9223372036854775807&limit=100"));
    QVERIFY(huge[QStringLiteral("users")].toArray().isEmpty());
}

void TestEndUsers::detailOfTheSeedExample()
{
    const QString id = idOf(QStringLiteral("john@customer.com"));
    const DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('/') + id, m_member);
    QCOMPARE(reply.status, 200);
    const QJsonObject user = reply.json();
    QCOMPARE(user[QStringLiteral("id")].toString(), id);
    QCOMPARE(user[QStringLiteral("email")].toString(), QStringLiteral("john@customer.com"));
    QCOMPARE(user[QStringLiteral("email_verified")].toBool(), true);
    QCOMPARE(user[QStringLiteral("mfa_enabled")].toBool(), true);
    QCOMPARE(user[QStringLiteral("created_at")].toString(), QStringLiteral("2025-01-15T10:30:00Z"));
    QCOMPARE(user[QStringLiteral("updated_at")].toString(), QStringLiteral("2025-01-16T14:20:00Z"));
    QCOMPARE(user[QStringLiteral("last_login_at")].toString(), QStringLiteral("2025-01-16T14:20:00Z"));
    const QJsonArray identities = user[QStringLiteral("linked_identities")].toArray();
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.at(0).toObject(),
             QJsonObject({{QStringLiteral("provider"), QStringLiteral("github")},
                          {QStringLiteral("provider_user_id"), QStringLiteral("12345")},
                          {QStringLiteral("email"), QStringLiteral("john@customer.com")},
                          {QStringLiteral("linked_at"), QStringLiteral("2025-01-15T10:30:00Z")}}));
    const QJsonArray services = user[QStringLiteral("services")].toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0)[QStringLiteral("slug")].toString(), QStringLiteral("main-app"));
    QCOMPARE(services.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Main Application"));
    QCOMPARE(services.at(0)[QStringLiteral("first_login_at")].toString(), QStringLiteral("2025-01-15T10:30:00Z"));
    QCOMPARE(services.at(0)[QStringLiteral("last_login_at")].toString(), QStringLiteral("2025-01-16T14:20:00Z"));
    QVERIFY(!services.at(0)[QStringLiteral("id")].toString().isEmpty());
    QCOMPARE(services.at(1)[QStringLiteral("slug")].toString(), QStringLiteral("mobile-app"));
    QCOMPARE(user[QStringLiteral("sessions")].toObject(),
             QJsonObject({{QStringLiteral("active_count"), 2},
                          {QStringLiteral("last_created_at"), QStringLiteral("2025-01-16T14:20:00Z")}}));
    // The list row of the same user agrees.
    for (const QJsonObject& row : std::as_const(m_all)) {
        if (row[QStringLiteral("id")].toString() == id) {
            QCOMPARE(row[QStringLiteral("services")].toArray(),
                     QJsonArray({QStringLiteral("main-app"), QStringLiteral("mobile-app")}));
            QCOMPARE(row[QStringLiteral("last_login_at")].toString(), QStringLiteral("2025-01-16T14:20:00Z"));
        }
    }
}

void TestEndUsers::detailSpecialUsers()
{
    const QJsonObject never = get(Users + QLatin1Char('/') + idOf(QStringLiteral("never.signed.in@example.com")));
    QVERIFY(never[QStringLiteral("last_login_at")].isNull());
    QVERIFY(never.contains(QStringLiteral("last_login_at")));
    QCOMPARE(never[QStringLiteral("services")].toArray().size(), 2);
    for (const QJsonValue& service : never[QStringLiteral("services")].toArray()) {
        QVERIFY(service[QStringLiteral("first_login_at")].isNull());
        QVERIFY(service[QStringLiteral("last_login_at")].isNull());
    }
    QCOMPARE(never[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 0);
    QVERIFY(never[QStringLiteral("sessions")][QStringLiteral("last_created_at")].isNull());
    QVERIFY(never[QStringLiteral("linked_identities")].toArray().isEmpty());

    const QJsonObject noMfa = get(Users + QLatin1Char('/') + idOf(QStringLiteral("no.mfa@example.com")));
    QCOMPARE(noMfa[QStringLiteral("mfa_enabled")].toBool(true), false);
    QCOMPARE(noMfa[QStringLiteral("email_verified")].toBool(true), false);

    const QJsonObject many = get(Users + QLatin1Char('/') + idOf(QStringLiteral("many.identities@example.com")));
    QStringList providers;
    for (const QJsonValue& identity : many[QStringLiteral("linked_identities")].toArray())
        providers << identity[QStringLiteral("provider")].toString();
    QCOMPARE(providers, QStringList({QStringLiteral("github"), QStringLiteral("google"), QStringLiteral("microsoft")}));
    QVERIFY(many[QStringLiteral("linked_identities")][2][QStringLiteral("email")].isNull());

    const QJsonObject forty =
        get(Users + QLatin1Char('/') + idOf(QStringLiteral("forty.sessions@example.com")), m_member);
    QCOMPARE(forty[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 40);
    const QJsonObject zero =
        get(Users + QLatin1Char('/') + idOf(QStringLiteral("zero.sessions@example.com")), m_member);
    QCOMPARE(zero[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 0);
    QVERIFY(zero[QStringLiteral("sessions")][QStringLiteral("last_created_at")].isNull());
    QVERIFY(!zero[QStringLiteral("last_login_at")].isNull());

    const QJsonObject markup = get(Users + QLatin1Char('/') + idOf(QStringLiteral("<b>bold</b>@markup.example")));
    QCOMPARE(markup[QStringLiteral("email")].toString(), QStringLiteral("<b>bold</b>@markup.example"));
}

void TestEndUsers::detailErrors()
{
    DevServer::Reply reply =
        m_server.send("GET", Users + QStringLiteral("/00000000-0000-4000-8000-000000000000"), m_member);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
    // A member account is not an end-user.
    const QString memberId =
        m_server.send("GET", QStringLiteral("/api/user"), m_member).json()[QStringLiteral("id")].toString();
    reply = m_server.send("GET", Users + QLatin1Char('/') + memberId, m_member);
    QCOMPARE(reply.status, 404);
    // An end-user of globex only is not an end-user of acme-corp.
    const QJsonArray globexUsers =
        get(QStringLiteral("/api/organizations/globex/users?limit=100"), m_globexOwner)[QStringLiteral("users")]
            .toArray();
    QString globexOnly;
    QSet<QString> acmeIds;
    for (const QJsonObject& user : std::as_const(m_all))
        acmeIds.insert(user[QStringLiteral("id")].toString());
    for (const QJsonValue& user : globexUsers) {
        if (!acmeIds.contains(user[QStringLiteral("id")].toString()))
            globexOnly = user[QStringLiteral("id")].toString();
    }
    QVERIFY(!globexOnly.isEmpty());
    reply = m_server.send("GET", Users + QLatin1Char('/') + globexOnly, m_admin);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(QStringLiteral("end-user")));
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + globexOnly + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.status, 404);
    // Percent-encoded odd ids are just unknown.
    reply = m_server.send("GET", Users + QStringLiteral("/%2E%2E%3Cx%3E"), m_admin);
    QCOMPARE(reply.status, 404);
}

void TestEndUsers::rolesMayRead_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("owner") << QStringLiteral("owner@acme.test");
    QTest::newRow("admin") << QStringLiteral("admin@acme.test");
    QTest::newRow("member") << QStringLiteral("member@acme.test");
}

void TestEndUsers::rolesMayRead()
{
    QFETCH(QString, email);
    const QString token = m_server.tokenFor(email);
    QCOMPARE(m_server.send("GET", Users + QStringLiteral("?limit=1"), token).status, 200);
    QCOMPARE(m_server.send("GET", Users + QLatin1Char('/') + idOf(QStringLiteral("john@customer.com")), token).status,
             200);
}

void TestEndUsers::revokeRoles_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("member") << QStringLiteral("member@acme.test") << 403 << QStringLiteral("admin");
    QTest::newRow("non-member") << QStringLiteral("nobody@example.test") << 403 << QStringLiteral("member");
    QTest::newRow("other organization's owner") << QStringLiteral("owner@globex.test") << 403 << QString();
    QTest::newRow("platform owner is not exempt") << QStringLiteral("platform.owner@example.test") << 403 << QString();
}

void TestEndUsers::revokeRoles()
{
    QFETCH(QString, email);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const QString id = idOf(QStringLiteral("john+test@customer.com"));
    const DevServer::Reply reply =
        m_server.send("DELETE", Users + QLatin1Char('/') + id + QStringLiteral("/sessions"), m_server.tokenFor(email));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("FORBIDDEN"));
    QVERIFY(reply.json()[QStringLiteral("error")].toString().contains(messagePart));
    // Nothing was revoked.
    QCOMPARE(get(Users + QLatin1Char('/') + id)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(),
             1);
}

void TestEndUsers::revokeCounts()
{
    const QString forty = idOf(QStringLiteral("forty.sessions@example.com"));
    DevServer::Reply reply =
        m_server.send("DELETE", Users + QLatin1Char('/') + forty + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(),
             QJsonObject({{QStringLiteral("message"), QStringLiteral("All sessions revoked")},
                          {QStringLiteral("sessions_revoked"), 40}}));
    QJsonObject detail = get(Users + QLatin1Char('/') + forty);
    QCOMPARE(detail[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 0);
    QVERIFY(detail[QStringLiteral("sessions")][QStringLiteral("last_created_at")].isNull());
    // Idempotent.
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + forty + QStringLiteral("/sessions"), m_owner);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QStringLiteral("sessions_revoked")].toInteger(), 0);
    // john has two active sessions and one that expired long ago: only the active ones count.
    const QString john = idOf(QStringLiteral("john@customer.com"));
    reply = m_server.send("DELETE", Users + QLatin1Char('/') + john + QStringLiteral("/sessions"), m_owner);
    QCOMPARE(reply.json()[QStringLiteral("sessions_revoked")].toInteger(), 2);
    QCOMPARE(
        get(Users + QLatin1Char('/') + john)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(),
        0);
    // zero.sessions has only expired sessions.
    reply = m_server.send("DELETE",
                          Users + QLatin1Char('/') + idOf(QStringLiteral("zero.sessions@example.com"))
                              + QStringLiteral("/sessions"),
                          m_owner);
    QCOMPARE(reply.json()[QStringLiteral("sessions_revoked")].toInteger(), 0);
    // Unknown user.
    reply = m_server.send("DELETE", Users + QStringLiteral("/00000000-0000-4000-8000-000000000000/sessions"), m_owner);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("NOT_FOUND"));
}

void TestEndUsers::revokeIsScopedToTheOrganization()
{
    const QString shared = idOf(QStringLiteral("shared.user@example.com"));
    const QString globexPath = QStringLiteral("/api/organizations/globex/users/") + shared;
    QCOMPARE(get(globexPath, m_globexOwner)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 2);
    QCOMPARE(
        get(Users + QLatin1Char('/') + shared)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(),
        2);
    const DevServer::Reply reply =
        m_server.send("DELETE", Users + QLatin1Char('/') + shared + QStringLiteral("/sessions"), m_admin);
    QCOMPARE(reply.json()[QStringLiteral("sessions_revoked")].toInteger(), 2);
    QCOMPARE(
        get(Users + QLatin1Char('/') + shared)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(),
        0);
    QCOMPARE(get(globexPath, m_globexOwner)[QStringLiteral("sessions")][QStringLiteral("active_count")].toInteger(), 2);
    // admin@acme.test is only a member of globex: may read there, not revoke.
    QCOMPARE(m_server.send("GET", globexPath, m_admin).status, 200);
    QCOMPARE(m_server.send("DELETE", globexPath + QStringLiteral("/sessions"), m_admin).status, 403);
}

void TestEndUsers::unknownRoutes()
{
    DevServer::Reply reply = m_server.send("GET", Users + QLatin1Char('/'), m_admin);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.isEmpty());
    reply = m_server.send("GET", QStringLiteral("/api/nothing-here"), m_admin);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.isEmpty());
    reply = m_server.send("POST", Users, m_admin, QByteArrayLiteral("{}"));
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.body.isEmpty());
    reply = m_server.send("GET", Users + QStringLiteral("/x/sessions"), m_admin);
    QCOMPARE(reply.status, 405);
}

QTEST_GUILESS_MAIN(TestEndUsers)
#include "tst_endusers.moc"
