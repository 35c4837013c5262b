// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using Kind = ApiError::Kind;

// Contract section 2.4 (one mapping), 2.1-2.3 (bodies) and 3.2/3.3 (rate-limit waits).
class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QByteArray envelope = R"({"error":"Organization is suspended","error_code":"FORBIDDEN",)"
                                    R"("timestamp":"2025-10-20T09:41:07.123456789+00:00"})";
        QTest::newRow("200") << 200 << QByteArray("{}") << int(Kind::None) << QString() << QString();
        QTest::newRow("204") << 204 << QByteArray() << int(Kind::None) << QString() << QString();
        QTest::newRow("401 UNAUTHORIZED")
            << 401 << QByteArray(R"({"error":"Missing token","error_code":"UNAUTHORIZED"})") << int(Kind::Unauthorized)
            << QStringLiteral("UNAUTHORIZED") << QStringLiteral("Missing token");
        QTest::newRow("401 JWT_ERROR") << 401 << QByteArray(R"({"error":"invalid token","error_code":"JWT_ERROR"})")
                                       << int(Kind::Unauthorized) << QStringLiteral("JWT_ERROR")
                                       << QStringLiteral("invalid token");
        QTest::newRow("401 TOKEN_EXPIRED")
            << 401 << QByteArray(R"({"error":"Token expired","error_code":"TOKEN_EXPIRED"})") << int(Kind::TokenExpired)
            << QStringLiteral("TOKEN_EXPIRED") << QStringLiteral("Token expired");
        QTest::newRow("403 FORBIDDEN envelope")
            << 403 << envelope << int(Kind::Forbidden) << QStringLiteral("FORBIDDEN")
            << QStringLiteral("Organization is suspended");
        QTest::newRow("403 ORGANIZATION_NOT_ACTIVE")
            << 403 << QByteArray(R"({"error":"pending","error_code":"ORGANIZATION_NOT_ACTIVE"})")
            << int(Kind::OrganizationNotActive) << QStringLiteral("ORGANIZATION_NOT_ACTIVE")
            << QStringLiteral("pending");
        QTest::newRow("404 empty body") << 404 << QByteArray() << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("404 NOT_FOUND") << 404
                                       << QByteArray(R"({"error":"End-user not found","error_code":"NOT_FOUND"})")
                                       << int(Kind::NotFound) << QStringLiteral("NOT_FOUND")
                                       << QStringLiteral("End-user not found");
        QTest::newRow("400 plain text") << 400 << QByteArray("  Failed to deserialize query string: page  \n")
                                        << int(Kind::BadRequest) << QString()
                                        << QStringLiteral("Failed to deserialize query string: page");
        QTest::newRow("400 DEVICE_CODE_PENDING")
            << 400 << QByteArray(R"({"error":"pending","error_code":"DEVICE_CODE_PENDING"})") << int(Kind::BadRequest)
            << QStringLiteral("DEVICE_CODE_PENDING") << QStringLiteral("pending");
        QTest::newRow("400 RFC 8628") << 400
                                      << QByteArray(R"({"error":"authorization_pending","error_description":"wait"})")
                                      << int(Kind::BadRequest) << QStringLiteral("authorization_pending")
                                      << QStringLiteral("wait");
        QTest::newRow("401 RFC expired_token")
            << 401 << QByteArray(R"({"error":"expired_token"})") << int(Kind::TokenExpired)
            << QStringLiteral("expired_token") << QStringLiteral("expired_token");
        QTest::newRow("405 empty") << 405 << QByteArray() << int(Kind::BadRequest) << QString() << QString();
        QTest::newRow("415 plain") << 415 << QByteArray("Expected request with `Content-Type: application/json`")
                                   << int(Kind::BadRequest) << QString()
                                   << QStringLiteral("Expected request with `Content-Type: application/json`");
        QTest::newRow("422 plain") << 422 << QByteArray("missing field") << int(Kind::BadRequest) << QString()
                                   << QStringLiteral("missing field");
        QTest::newRow("429 plain") << 429 << QByteArray("Too Many Requests! Wait for 42s") << int(Kind::RateLimited)
                                   << QString() << QStringLiteral("Too Many Requests! Wait for 42s");
        QTest::newRow("500 DATABASE_ERROR")
            << 500 << QByteArray(R"({"error":"Database error","error_code":"DATABASE_ERROR"})") << int(Kind::Server)
            << QStringLiteral("DATABASE_ERROR") << QStringLiteral("Database error");
        QTest::newRow("502 empty") << 502 << QByteArray() << int(Kind::Server) << QString() << QString();
        QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << int(Kind::Server) << QString()
                                  << QStringLiteral("<html>down</html>");
        QTest::newRow("unknown code keeps status class")
            << 403 << QByteArray(R"({"error":"x","error_code":"SOMETHING_NEW"})") << int(Kind::Forbidden)
            << QStringLiteral("SOMETHING_NEW") << QStringLiteral("x");
        QTest::newRow("JSON but not an envelope")
            << 500 << QByteArray("[1,2]") << int(Kind::Server) << QString() << QString();
        QTest::newRow("302 not followed") << 302 << QByteArray() << int(Kind::BadRequest) << QString() << QString();
    }

    void mapStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        ApiError::ReplyInfo info;
        info.httpStatus = status;
        info.body = body;
        const ApiError error = ApiError::map(info);
        QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(Kind(kind)));
        QCOMPARE(error.errorCode, code);
        QCOMPARE(error.serverMessage, message);
        QCOMPARE(error.httpStatus, status);
    }

    void envelopeTimestampIsParsed()
    {
        ApiError::ReplyInfo info;
        info.httpStatus = 403;
        info.body = R"({"error":"x","error_code":"FORBIDDEN","timestamp":"2025-10-20T09:41:07.123456789+00:00"})";
        const ApiError error = ApiError::map(info);
        QCOMPARE(error.serverTimestamp, QDateTime(QDate(2025, 10, 20), QTime(9, 41, 7, 123), Qt::UTC));
    }

    void longPlainTextIsCapped()
    {
        ApiError::ReplyInfo info;
        info.httpStatus = 500;
        info.body = QByteArray(5000, 'x');
        const ApiError error = ApiError::map(info);
        QVERIFY(error.serverMessage.size() <= 301);
    }

    void controlCharactersInTheServersWordsBecomeSpaces()
    {
        // A NUL, an escape sequence or a line break would end a string early or forge a log line (found by fuzzing).
        ApiError::ReplyInfo info;
        info.httpStatus = 400;
        info.body = QByteArrayLiteral("{\"error\":\"bad\\u0000input\\n2026-12-02 fake log line\\u001b[31m\"}");
        const ApiError error = ApiError::map(info);
        QCOMPARE(error.serverMessage, QStringLiteral("bad input 2026-12-02 fake log line [31m"));
        info.body = QByteArray("Too M\0\0any", 11);
        info.httpStatus = 429;
        QCOMPARE(ApiError::map(info).serverMessage, QStringLiteral("Too M  any"));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("rateLimitAfter");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::newRow("x-ratelimit-after") << QByteArray() << QByteArray("42") << 42;
        QTest::newRow("x-ratelimit-after zero") << QByteArray() << QByteArray("0") << 0;
        QTest::newRow("Retry-After seconds wins") << QByteArray("7") << QByteArray("42") << 7;
        QTest::newRow("Retry-After HTTP-date") << QByteArray("Sun, 19 Oct 2025 08:16:02 GMT") << QByteArray() << 60;
        QTest::newRow("Retry-After date in the past")
            << QByteArray("Sun, 19 Oct 2025 08:00:00 GMT") << QByteArray() << 0;
        QTest::newRow("garbage Retry-After falls back") << QByteArray("soon") << QByteArray("3") << 3;
        QTest::newRow("nothing") << QByteArray() << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-5") << QByteArray() << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, rateLimitAfter);
        QFETCH(int, seconds);
        ApiError::ReplyInfo info;
        info.httpStatus = 429;
        info.retryAfterHeader = retryAfter;
        info.rateLimitAfterHeader = rateLimitAfter;
        info.now = QDateTime(QDate(2025, 10, 19), QTime(8, 15, 2), Qt::UTC);
        const ApiError error = ApiError::map(info);
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(error.retryAfter.has_value(), seconds >= 0);
        if (seconds >= 0)
            QCOMPARE(error.retryAfter->count(), seconds);
    }

    void transport_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::newRow("GET closed") << int(QNetworkReply::RemoteHostClosedError) << true << false << false
                                    << int(Kind::Network) << false;
        QTest::newRow("DELETE closed") << int(QNetworkReply::RemoteHostClosedError) << false << false << false
                                       << int(Kind::Network) << true;
        QTest::newRow("DELETE resend refused")
            << int(QNetworkReply::ContentReSendError) << false << false << false << int(Kind::Network) << true;
        QTest::newRow("DELETE refused connection")
            << int(QNetworkReply::ConnectionRefusedError) << false << false << false << int(Kind::Network) << false;
        QTest::newRow("GET timeout") << int(QNetworkReply::OperationCanceledError) << true << true << false
                                     << int(Kind::Timeout) << false;
        QTest::newRow("POST timeout") << int(QNetworkReply::OperationCanceledError) << false << true << false
                                      << int(Kind::Timeout) << true;
        QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << true << false << true
                                   << int(Kind::Cancelled) << false;
        QTest::newRow("TLS") << int(QNetworkReply::SslHandshakeFailedError) << true << false << false << int(Kind::Tls)
                             << false;
    }

    void transport()
    {
        QFETCH(int, networkError);
        QFETCH(bool, idempotent);
        QFETCH(bool, timedOut);
        QFETCH(bool, cancelled);
        QFETCH(int, kind);
        QFETCH(bool, outcomeUnknown);
        ApiError::ReplyInfo info;
        info.networkError = QNetworkReply::NetworkError(networkError);
        info.networkErrorString = QStringLiteral("transport said no");
        info.idempotent = idempotent;
        info.timedOut = timedOut;
        info.cancelled = cancelled;
        const ApiError error = ApiError::map(info);
        QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(Kind(kind)));
        QCOMPARE(error.outcomeUnknown, outcomeUnknown);
        QCOMPARE(error.httpStatus, 0);
        // No English of the transport reaches a person: the kind and the network error are the facts.
        QVERIFY(error.serverMessage.isEmpty());
        if (kind == int(Kind::Network) || kind == int(Kind::Tls))
            QCOMPARE(int(error.networkError), networkError);
    }

    void neverReachedServer_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("neverReached");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << true << false;
        QTest::newRow("unknown host") << int(QNetworkReply::HostNotFoundError) << true << false;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false << true;
        QTest::newRow("resend refused") << int(QNetworkReply::ContentReSendError) << false << true;
    }

    void neverReachedServer()
    {
        QFETCH(int, networkError);
        QFETCH(bool, neverReached);
        QFETCH(bool, outcomeUnknown);
        ApiError::ReplyInfo info;
        info.networkError = QNetworkReply::NetworkError(networkError);
        info.idempotent = false;
        const ApiError error = ApiError::map(info);
        QCOMPARE(error.neverReachedServer(), neverReached);
        QCOMPARE(error.outcomeUnknown, outcomeUnknown);
    }

    void hugeRetryAfterIsCapped()
    {
        ApiError::ReplyInfo info;
        info.httpStatus = 429;
        info.retryAfterHeader = "9223372036854775807";
        const ApiError error = ApiError::map(info);
        QVERIFY(error.retryAfter);
        QCOMPARE(error.retryAfter->count(), 24 * 3600);
    }

    void describeNamesEverything()
    {
        ApiError error = ApiError::decoding(QStringLiteral("users[2].email"), QStringLiteral("expected a string"));
        QCOMPARE(error.kind, Kind::Decoding);
        QVERIFY(error.describe().contains(QStringLiteral("users[2].email")));
        QVERIFY(error.describe().contains(QStringLiteral("expected a string")));
        QCOMPARE(error.field, QStringLiteral("users[2].email"));
        QVERIFY(error.serverMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
