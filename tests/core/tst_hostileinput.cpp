// SPDX-License-Identifier: MIT
// What a hostile or broken server (or a bad paste) may hand the decoders and value types, issue 14: every value
// out of range is a decoding error naming the field, never a crash, a wrap-around or a quietly wrong value.
#include "api/ApiError.h"
#include "api/AuthDecoder.h"
#include "api/EndUserDecoder.h"
#include "api/OrganizationDecoder.h"
#include "api/Timestamp.h"
#include "api/TokenSyntax.h"
#include "api/UrlEncoding.h"
#include "auth/JwtClaims.h"
#include "auth/TokenStore.h"
#include "core/ProcessHardening.h"
#include "format/DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace UserAdmin;
using Kind = ApiError::Kind;

namespace {

QByteArray jwtWith(const QByteArray& payload)
{
    const auto encode = [](const QByteArray& part) {
        return part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(R"({"alg":"HS256","typ":"JWT"})") + '.' + encode(payload) + ".c2lnbmF0dXJl";
}

QByteArray deviceAnswer(const QByteArray& extra)
{
    return R"({"device_code":"dc","user_code":"ABCD-EFGH","verification_uri":"https://sso.example.com/device")" + extra
        + "}";
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    // 1. limit 0 divided by everything downstream: refused at the decoder, in both shapes.
    void pagingOutOfRangeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("seed limit 0") << QByteArray(R"({"users":[],"pagination":{"page":7,"limit":0,"total":5}})")
                                      << QStringLiteral("pagination.limit");
        QTest::newRow("ref limit 0") << QByteArray(R"({"users":[],"total":5,"page":7,"limit":0})")
                                     << QStringLiteral("limit");
        QTest::newRow("limit 101") << QByteArray(R"({"users":[],"total":5,"page":1,"limit":101})")
                                   << QStringLiteral("limit");
        QTest::newRow("page 0") << QByteArray(R"({"users":[],"pagination":{"page":0,"limit":50,"total":5}})")
                                << QStringLiteral("pagination.page");
        QTest::newRow("page 2^63-1") << QByteArray(
            R"({"users":[],"pagination":{"page":9223372036854775807,"limit":100,"total":5}})")
                                     << QStringLiteral("pagination.page");
        QTest::newRow("negative total") << QByteArray(R"({"users":[],"total":-1,"page":1,"limit":50})")
                                        << QStringLiteral("total");
        QTest::newRow("total 2^63-1") << QByteArray(R"({"users":[],"total":9223372036854775807,"page":1,"limit":50})")
                                      << QStringLiteral("total");
        QTest::newRow("negative session count")
            << QByteArray(R"({"user":{"id":"u","email":"a@x","created_at":"2025-01-01T00:00:00Z"},"session_count":-3})")
            << QStringLiteral("session_count");
    }
    void pagingOutOfRangeIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        const bool detail = body.contains("session_count");
        const bool decoded = detail ? EndUserDecoder::decodeDetail(body, error).has_value()
                                    : EndUserDecoder::decodePage(body, error).has_value();
        QVERIFY(!decoded);
        QCOMPARE(error.kind, Kind::Decoding);
        QCOMPARE(error.field, field);
    }

    void pageCountNeverDivides()
    {
        PageInfo info;
        info.limit = 0;
        info.total = 5;
        QVERIFY(!info.pageCount());
    }

    // 2. Numbers that would wrap: refused before any narrowing, and waits bounded.
    void authNumbersOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("interval 2^31") << QByteArray(R"(,"interval":2147483648)") << QStringLiteral("interval");
        QTest::newRow("interval negative") << QByteArray(R"(,"interval":-1)") << QStringLiteral("interval");
        QTest::newRow("expires_in 2^31") << QByteArray(R"(,"expires_in":2147483648)") << QStringLiteral("expires_in");
        QTest::newRow("expires_in 0") << QByteArray(R"(,"expires_in":0)") << QStringLiteral("expires_in");
    }
    void authNumbersOutOfRangeAreRefused()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!AuthDecoder::decodeDeviceAuthorization(deviceAnswer(extra), error));
        QCOMPARE(error.field, field);
    }

    void waitsAreBounded()
    {
        using namespace std::chrono;
        ApiError::ReplyInfo info;
        info.httpStatus = 429;
        info.retryAfterHeader = "9223372036854775807";
        const ApiError error = ApiError::map(info);
        QVERIFY(error.retryAfter);
        QCOMPARE(ApiError::boundedWait(*error.retryAfter), duration_cast<milliseconds>(ApiError::MaxWait));
        QCOMPARE(ApiError::boundedWait(seconds::max()), duration_cast<milliseconds>(ApiError::MaxWait));
        QCOMPARE(ApiError::boundedWait(seconds(-5)), milliseconds(0));
        QCOMPARE(ApiError::boundedWait(seconds(7)), milliseconds(7000));
    }

    // 3. Many rows decode in linear time; the figure is in tests/bench/bench_decode.
    void longErrorCodeIsCapped()
    {
        // Found by the long fuzz run: `error_code` was kept whole (a code of 5,000 characters in every log line).
        ApiError::ReplyInfo info;
        info.httpStatus = 400;
        info.body = QJsonDocument(QJsonObject {{QStringLiteral("error_code"), QString(5000, QLatin1Char('X'))},
                                               {QStringLiteral("error"), QStringLiteral("bad")}})
                        .toJson();
        const ApiError error = ApiError::map(info);
        QCOMPARE(error.errorCode.size(), ApiError::MaxServerMessage);
        QCOMPARE(error.serverMessage, QStringLiteral("bad"));
    }

    void emptyPermissionGrantsNothing()
    {
        // Found by the long fuzz run: an empty string in `permissions` was kept as a capability.
        ApiError error;
        const auto user = AuthDecoder::decodeCurrentUser(
            R"({"id":"u","email":"a@x","permissions":["end_users.view","","end_users.manage"]})", error);
        QVERIFY2(user, qPrintable(error.describe()));
        QCOMPARE(*user->permissions,
                 QStringList({QStringLiteral("end_users.view"), QStringLiteral("end_users.manage")}));
    }

    void hundredThousandRowsDecode()
    {
        constexpr int Rows = 100000;
        QJsonArray users;
        for (int i = 0; i < Rows; ++i) {
            users.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("u%1").arg(i)},
                                      {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
                                      {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                                      {QStringLiteral("services"), QJsonArray {QStringLiteral("s%1").arg(i % 7)}}});
        }
        const QJsonObject pagination {
            {QStringLiteral("page"), 1}, {QStringLiteral("limit"), 100}, {QStringLiteral("total"), Rows}};
        const QByteArray body =
            QJsonDocument(QJsonObject {{QStringLiteral("users"), users}, {QStringLiteral("pagination"), pagination}})
                .toJson(QJsonDocument::Compact);
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->users.size(), Rows);
        QCOMPARE(page->users.last().email, QStringLiteral("user99999@example.com"));
    }

    void hundredThousandDistinctSlugsDecode()
    {
        constexpr int Slugs = 100000;
        QJsonArray subscriptions;
        for (int i = 0; i < Slugs; ++i)
            subscriptions.append(QJsonObject {{QStringLiteral("service_slug"), QStringLiteral("svc-%1").arg(i)}});
        subscriptions.append(QJsonObject {{QStringLiteral("service_slug"), QStringLiteral("svc-0")}});
        const QJsonObject user {{QStringLiteral("id"), QStringLiteral("u1")},
                                {QStringLiteral("email"), QStringLiteral("a@x")},
                                {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}};
        const QJsonObject item {{QStringLiteral("user"), user}, {QStringLiteral("subscriptions"), subscriptions}};
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("users"), QJsonArray {item}},
                                                           {QStringLiteral("total"), 1},
                                                           {QStringLiteral("page"), 1},
                                                           {QStringLiteral("limit"), 50}})
                                    .toJson(QJsonDocument::Compact);
        ApiError error;
        const auto page = EndUserDecoder::decodePage(body, error);
        QVERIFY2(page, qPrintable(error.describe()));
        QCOMPARE(page->users.constFirst().services.size(), Slugs);
        QCOMPARE(page->users.constFirst().services.constFirst(), QStringLiteral("svc-0"));
    }

    // 4. The server decides what the browser opens: only web addresses of https, or http on this computer.
    void verificationUriSchemes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        // Built with QJsonObject: moc (Qt 6.4) misreads `//` inside raw string literals.
        const auto answer = [](const QString& uri, const QString& complete = {}) {
            QJsonObject object {{QStringLiteral("device_code"), QStringLiteral("dc")},
                                {QStringLiteral("user_code"), QStringLiteral("ABCD-EFGH")},
                                {QStringLiteral("verification_uri"), uri}};
            if (!complete.isEmpty())
                object.insert(QStringLiteral("verification_uri_complete"), complete);
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QString https = QStringLiteral("https:") + QStringLiteral("//sso.example.com/device");
        const QString uri = QStringLiteral("verification_uri");
        QTest::newRow("https") << answer(https) << QString();
        QTest::newRow("loopback http") << answer(QStringLiteral("http://127.0.0.1:8080/device")) << QString();
        QTest::newRow("file") << answer(QStringLiteral("file:///etc/passwd")) << uri;
        QTest::newRow("smb") << answer(QStringLiteral("smb://evil.example/share")) << uri;
        QTest::newRow("remote http") << answer(QStringLiteral("http://sso.example.com/device")) << uri;
        QTest::newRow("relative") << answer(QStringLiteral("/device")) << uri;
        QTest::newRow("javascript") << answer(QStringLiteral("javascript:alert(1)")) << uri;
        QTest::newRow("complete file") << answer(https, QStringLiteral("file:///tmp/x"))
                                       << QStringLiteral("verification_uri_complete");
        QTest::newRow("user info") << answer(QStringLiteral("https://evil@sso.example.com/device")) << uri;
    }
    void verificationUriSchemes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        const auto authorization = AuthDecoder::decodeDeviceAuthorization(body, error);
        if (field.isEmpty()) {
            QVERIFY2(authorization, qPrintable(error.describe()));
            QVERIFY(authorization->verificationUri.isValid());
        } else {
            QVERIFY(!authorization);
            QCOMPARE(error.kind, Kind::Decoding);
            QCOMPARE(error.field, field);
        }
    }

    // 5. Tokens: the bearer alphabet only, wherever they come from.
    void tokenSyntax_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("jwt") << QString::fromLatin1(jwtWith(R"({"sub":"u","exp":2000000000})")) << true;
        QTest::newRow("opaque") << QStringLiteral("abc-DEF_123.~+/==") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("crlf") << QStringLiteral("abc\r\nX-Injected: 1") << false;
        QTest::newRow("lf") << QStringLiteral("abc\n") << false;
        QTest::newRow("space") << QStringLiteral("abc def") << false;
        QTest::newRow("leading space") << QStringLiteral(" abc") << false;
        QTest::newRow("non-ascii") << QStringLiteral("abc\u00e9") << false;
        QTest::newRow("nul") << QString::fromLatin1("abc\0def", 7) << false;
        QTest::newRow("padding inside") << QStringLiteral("ab=cd") << false;
        QTest::newRow("only padding") << QStringLiteral("==") << false;
        QTest::newRow("too long") << QString(TokenSyntax::MaxLength + 1, u'a') << false;
    }
    void tokenSyntax()
    {
        QFETCH(QString, token);
        QFETCH(bool, wellFormed);
        QCOMPARE(TokenSyntax::isWellFormed(token), wellFormed);
    }

    void serverTokensWithLineBreaksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("access crlf") << QByteArray(R"({"access_token":"a.b.c\r\nX-Injected: 1"})")
                                     << QStringLiteral("access_token");
        QTest::newRow("refresh crlf") << QByteArray(R"({"access_token":"a.b.c","refresh_token":"r\r\nX: 1"})")
                                      << QStringLiteral("refresh_token");
        QTest::newRow("access space") << QByteArray(R"({"access_token":"a b"})") << QStringLiteral("access_token");
        QTest::newRow("access empty") << QByteArray(R"({"access_token":""})") << QStringLiteral("access_token");
    }
    void serverTokensWithLineBreaksAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!AuthDecoder::decodeTokenResponse(body, error));
        QCOMPARE(error.kind, Kind::Decoding);
        QCOMPARE(error.field, field);
    }

    void jwtWithLineBreakIsRefused()
    {
        const QString token = QString::fromLatin1(jwtWith(R"({"sub":"u","exp":2000000000})"));
        QVERIFY(JwtClaims::fromToken(token));
        JwtClaims::Problem problem = JwtClaims::Problem::None;
        // The signature part is never decoded: before, a header line hidden in it passed.
        QVERIFY(!JwtClaims::fromToken(token + QStringLiteral("\r\nX-Injected: 1"), &problem));
        QCOMPARE(problem, JwtClaims::Problem::InvalidCharacters);
        QVERIFY(!JwtClaims::fromToken(token + QStringLiteral("\n"), &problem));
        QCOMPARE(problem, JwtClaims::Problem::InvalidCharacters);
    }

    void storedTokensWithLineBreaksAreUnreadable()
    {
        const QString good = QString::fromLatin1(jwtWith(R"({"sub":"u","exp":2000000000})"));
        StoredTokens tokens;
        tokens.accessToken = good;
        tokens.refreshToken = QStringLiteral("refresh-1");
        QVERIFY(TokenStore::deserialize(TokenStore::serialize(tokens)));
        tokens.accessToken = good + QStringLiteral("\r\nX-Injected: 1");
        QVERIFY(!TokenStore::deserialize(TokenStore::serialize(tokens)));
        tokens.accessToken = good;
        tokens.refreshToken = QStringLiteral("refresh\n");
        QVERIFY(!TokenStore::deserialize(TokenStore::serialize(tokens)));
        tokens.refreshToken.clear();
        tokens.organizations = {{QStringLiteral("acme"), good + QStringLiteral("\r\n"), QString()},
                                {QStringLiteral("globex"), good, QString()}};
        const auto read = TokenStore::deserialize(TokenStore::serialize(tokens));
        QVERIFY(read);
        QCOMPARE(read->organizations.size(), 1);
        QCOMPARE(read->organizations.constFirst().organization, QStringLiteral("globex"));
    }

    // 6. Display lengths are capped.
    void longTextIsCapped()
    {
        const QString email = QString(5000, u'a') + QStringLiteral("@example.com");
        const QString shown = DisplayText::capped(email);
        QCOMPARE(shown.size(), DisplayText::MaxShownLength + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(DisplayText::capped(QStringLiteral("a@x")), QStringLiteral("a@x"));
        // Never half a surrogate pair.
        const QString emoji = QString(DisplayText::MaxShownLength - 1, u'a') + QStringLiteral("\U0001F600tail");
        QVERIFY(QStringView(DisplayText::capped(emoji)).isValidUtf16());
    }

    void longServerMessagesAreCapped()
    {
        ApiError::ReplyInfo info;
        info.httpStatus = 500;
        info.body = "{\"error_code\":\"X\",\"error\":\"" + QByteArray(100000, 'x') + "\"}";
        const ApiError error = ApiError::map(info);
        QVERIFY(error.serverMessage.size() <= ApiError::MaxServerMessage + 1);
        QVERIFY(error.describe().size() < 1000);
    }

    // 7. Silently wrong values.
    void emptyAndMalformedIdsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray head = R"({"pagination":{"page":1,"limit":50,"total":1},"users":[)";
        QTest::newRow("empty user id") << QByteArray(
            head + R"({"id":"","email":"a@x","created_at":"2025-01-01T00:00:00Z"}]})")
                                       << QStringLiteral("users[0].id");
        QTest::newRow("lone surrogate") << QByteArray(
            head + R"({"id":"a\ud800","email":"a@x","created_at":"2025-01-01T00:00:00Z"}]})")
                                        << QStringLiteral("users[0].id");
        QTest::newRow("ref empty id") << QByteArray(
            R"({"total":1,"page":1,"limit":50,"users":[{"user":{"id":"","email":"a@x",)"
            R"("created_at":"2025-01-01T00:00:00Z"}}]})")
                                      << QStringLiteral("users[0].user.id");
    }
    void emptyAndMalformedIdsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        QVERIFY(!EndUserDecoder::decodePage(body, error));
        QCOMPARE(error.kind, Kind::Decoding);
        // Qt's parser may already refuse a lone surrogate escape (then the body itself is named).
        if (!(QTest::currentDataTag() == QByteArray("lone surrogate") && error.field.isEmpty()))
            QCOMPARE(error.field, field);
    }

    void loneSurrogatesNeverBuildARequest()
    {
        const QUrl base(QStringLiteral("https://sso.example.com"));
        const QString first = QStringLiteral("id") + QChar(0xD800);
        const QString second = QStringLiteral("id") + QChar(0xDC00);
        // Before, both became `id%3F`: two different ids asked for the same resource.
        QVERIFY(!UrlEncoding::isSafePathSegment(first));
        QVERIFY(!UrlEncoding::buildUrl(base, {QStringLiteral("api"), first}).isValid());
        QVERIFY(!UrlEncoding::buildUrl(base, {QStringLiteral("api"), second}).isValid());
        QVERIFY(!UrlEncoding::buildUrl(base, {QStringLiteral("api")}, {{QStringLiteral("search"), first}}).isValid());
        QVERIFY(UrlEncoding::buildUrl(base, {QStringLiteral("api"), QStringLiteral("id\U0001F600")}).isValid());
    }

    void jwtExpiryOutOfRangeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("problem");
        QTest::newRow("fractional") << QByteArray(R"({"sub":"u","exp":2000000000.5})")
                                    << int(JwtClaims::Problem::InvalidExpiry);
        QTest::newRow("huge") << QByteArray(R"({"sub":"u","exp":1e20})") << int(JwtClaims::Problem::InvalidExpiry);
        QTest::newRow("beyond 9999") << QByteArray(R"({"sub":"u","exp":253402300800})")
                                     << int(JwtClaims::Problem::InvalidExpiry);
        QTest::newRow("negative") << QByteArray(R"({"sub":"u","exp":-1})") << int(JwtClaims::Problem::InvalidExpiry);
        QTest::newRow("string") << QByteArray(R"({"sub":"u","exp":"2000000000"})")
                                << int(JwtClaims::Problem::InvalidExpiry);
        QTest::newRow("missing") << QByteArray(R"({"sub":"u"})") << int(JwtClaims::Problem::NoExpiry);
        QTest::newRow("fine") << QByteArray(R"({"sub":"u","exp":2000000000})") << int(JwtClaims::Problem::None);
    }
    void jwtExpiryOutOfRangeIsRefused()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, problem);
        JwtClaims::Problem why = JwtClaims::Problem::None;
        const auto claims = JwtClaims::fromToken(QString::fromLatin1(jwtWith(payload)), &why);
        QCOMPARE(int(why), problem);
        QCOMPARE(claims.has_value(), problem == int(JwtClaims::Problem::None));
        if (claims)
            QCOMPARE(claims->expiresAt->toSecsSinceEpoch(), 2000000000);
    }

    void timestampsOutsideTheYearsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("last second") << QStringLiteral("9999-12-31T23:59:59Z") << true;
        QTest::newRow("into 10000") << QStringLiteral("9999-12-31T23:59:59-01:00") << false;
        QTest::newRow("first second") << QStringLiteral("0001-01-01T00:00:00Z") << true;
        QTest::newRow("into year 0") << QStringLiteral("0001-01-01T00:00:00+01:00") << false;
        QTest::newRow("year 0") << QStringLiteral("0000-06-01T00:00:00Z") << false;
    }
    void timestampsOutsideTheYearsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto parsed = Timestamp::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (parsed) {
            QVERIFY(parsed->isValid());
            QVERIFY(parsed->date().year() >= 1 && parsed->date().year() <= 9999);
        }
    }

    // Core dumps would write the tokens in memory to disk.
    void coreDumpsCanBeDisabled()
    {
        QVERIFY(ProcessHardening::disableCoreDumps());
#ifdef Q_OS_LINUX
        QVERIFY(!ProcessHardening::isDumpable());
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0); // the rest of the test run (and a sanitizer's leak check) as before
        QVERIFY(ProcessHardening::isDumpable());
#endif
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
