// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include "api/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace UserAdmin {

namespace {

constexpr qsizetype MaxPlainMessage = 300;

ApiError::Kind kindFromStatus(int status)
{
    switch (status) {
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::BadRequest;
    // 1xx/3xx reaching the mapper are answers we cannot use (e.g. a redirect we refused to follow).
    return ApiError::Kind::BadRequest;
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 415:
        return QStringLiteral("Unsupported media type");
    case 422:
        return QStringLiteral("Unprocessable entity");
    case 429:
        return QStringLiteral("Too many requests");
    case 500:
        return QStringLiteral("Internal server error");
    case 502:
        return QStringLiteral("Bad gateway");
    case 503:
        return QStringLiteral("Service unavailable");
    case 504:
        return QStringLiteral("Gateway timeout");
    default:
        return QStringLiteral("HTTP status %1").arg(status);
    }
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureTransport:
        return QStringLiteral("insecure-transport");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::TokenExpired:
        return QStringLiteral("token-expired");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::OrganizationNotActive:
        return QStringLiteral("organization-not-active");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Decoding:
        return QStringLiteral("decoding");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::describe() const
{
    QString text = kindName(kind);
    if (httpStatus)
        text += QStringLiteral(" http=%1").arg(httpStatus);
    if (!errorCode.isEmpty())
        text += QStringLiteral(" code=%1").arg(errorCode);
    if (!field.isEmpty())
        text += QStringLiteral(" field=%1").arg(field);
    if (retryAfter)
        text += QStringLiteral(" retry-after=%1s").arg(retryAfter->count());
    if (outcomeUnknown)
        text += QStringLiteral(" outcome-unknown");
    if (!serverMessage.isEmpty())
        text += QStringLiteral(": ") + serverMessage;
    return text;
}

std::optional<std::chrono::seconds>
ApiError::parseRetryAfter(const QByteArray& retryAfter, const QByteArray& rateLimitAfter, const QDateTime& now)
{
    const QByteArray trimmed = retryAfter.trimmed();
    if (!trimmed.isEmpty()) {
        bool ok = false;
        const qlonglong seconds = trimmed.toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::chrono::seconds(seconds);
        // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(trimmed);
        if (text.endsWith(QStringLiteral(" GMT")))
            text.chop(4);
        QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            return std::chrono::seconds(std::max<qint64>(0, now.secsTo(date)));
        }
    }
    const QByteArray limited = rateLimitAfter.trimmed();
    if (!limited.isEmpty()) {
        bool ok = false;
        const qlonglong seconds = limited.toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::chrono::seconds(seconds);
    }
    return std::nullopt;
}

ApiError ApiError::map(const ReplyInfo& info)
{
    ApiError error;
    if (info.cancelled)
        return cancelled();
    if (info.timedOut) {
        error.kind = Kind::Timeout;
        error.serverMessage = QStringLiteral("The server did not answer in time.");
        error.outcomeUnknown = !info.idempotent;
        return error;
    }
    if (info.tlsFailed) {
        error.kind = Kind::Tls;
        error.serverMessage = info.networkErrorString;
        return error;
    }
    // 1. No HTTP status: transport failure.
    if (info.httpStatus == 0) {
        if (info.networkError == QNetworkReply::NoError)
            return error;
        error.kind = Kind::Network;
        error.serverMessage = info.networkErrorString;
        error.outcomeUnknown = !info.idempotent;
        switch (info.networkError) {
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = Kind::Tls;
            break;
        case QNetworkReply::TimeoutError:
            error.kind = Kind::Timeout;
            break;
        case QNetworkReply::OperationCanceledError:
            return cancelled();
        default:
            break;
        }
        // Connection refused / host not found: the request never reached the server.
        if (info.networkError == QNetworkReply::ConnectionRefusedError
            || info.networkError == QNetworkReply::HostNotFoundError)
            error.outcomeUnknown = false;
        return error;
    }
    error.httpStatus = info.httpStatus;
    if (info.httpStatus >= 200 && info.httpStatus < 300)
        return error;

    error.kind = kindFromStatus(info.httpStatus);

    // 2./3. JSON envelope, or RFC 6749 style; 4. plain text; 5. status text.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(info.body, &parseError);
    bool haveMessage = false;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue code = object.value(QStringLiteral("error_code"));
        const QJsonValue message = object.value(QStringLiteral("error"));
        if (code.isString()) {
            error.errorCode = code.toString();
            if (message.isString()) {
                error.serverMessage = message.toString();
                haveMessage = true;
            }
            if (const auto stamp = Timestamp::parse(object.value(QStringLiteral("timestamp")).toString()))
                error.serverTimestamp = *stamp;
        } else if (message.isString()) {
            error.errorCode = message.toString();
            const QJsonValue description = object.value(QStringLiteral("error_description"));
            error.serverMessage = description.isString() ? description.toString() : message.toString();
            haveMessage = true;
        }
    }
    if (!haveMessage) {
        const QString text = QString::fromUtf8(info.body).trimmed();
        if (!text.isEmpty() && !(parseError.error == QJsonParseError::NoError && !document.isNull())) {
            error.serverMessage = text.left(MaxPlainMessage);
            if (text.size() > MaxPlainMessage)
                error.serverMessage += QChar(0x2026);
        } else {
            error.serverMessage = statusText(info.httpStatus);
        }
    }

    // Refine with error_code.
    if (error.errorCode == QStringLiteral("TOKEN_EXPIRED") || error.errorCode == QStringLiteral("expired_token")) {
        if (info.httpStatus == 401)
            error.kind = Kind::TokenExpired;
    } else if (error.errorCode == QStringLiteral("ORGANIZATION_NOT_ACTIVE")) {
        error.kind = Kind::OrganizationNotActive;
    }

    if (error.kind == Kind::RateLimited || info.httpStatus == 503)
        error.retryAfter = parseRetryAfter(info.retryAfterHeader, info.rateLimitAfterHeader, info.now);
    return error;
}

ApiError ApiError::decoding(const QString& field, const QString& problem)
{
    ApiError error;
    error.kind = Kind::Decoding;
    error.field = field;
    error.serverMessage = field.isEmpty() ? problem : QStringLiteral("%1: %2").arg(field, problem);
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.serverMessage = QStringLiteral("Cancelled.");
    return error;
}

ApiError ApiError::insecureTransport(const QString& message)
{
    ApiError error;
    error.kind = Kind::InsecureTransport;
    error.serverMessage = message;
    return error;
}

} // namespace UserAdmin
