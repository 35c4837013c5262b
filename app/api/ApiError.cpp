// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include "api/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace UserAdmin {

namespace {

constexpr qint64 MaxRetryAfterSeconds = 24 * 3600;

/// The server's words as shown and logged: control characters (a NUL, an escape, a line break that would forge a log
/// line) become spaces, and the length is capped.
QString capped(const QString& text)
{
    QString shown = text.left(ApiError::MaxServerMessage);
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    shown = shown.trimmed();
    if (text.size() <= ApiError::MaxServerMessage)
        return shown;
    return shown + QChar(0x2026);
}

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
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
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
    if (networkError != QNetworkReply::NoError)
        text += QStringLiteral(" network-error=%1").arg(int(networkError));
    if (tlsError != QSslError::NoError)
        text += QStringLiteral(" tls-error=%1").arg(int(tlsError));
    if (!refusedHost.isEmpty())
        text += QStringLiteral(" host=%1").arg(refusedHost);
    if (outcomeUnknown)
        text += QStringLiteral(" outcome-unknown");
    if (!serverMessage.isEmpty())
        text += QStringLiteral(": ") + serverMessage;
    if (!technical.isEmpty())
        text += QStringLiteral(" [%1]").arg(technical);
    return text;
}

bool ApiError::neverReachedServer() const
{
    switch (kind) {
    case Kind::InsecureTransport:
    case Kind::InvalidRequest:
    case Kind::Tls:
        return true;
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

std::optional<std::chrono::seconds>
ApiError::parseRetryAfter(const QByteArray& retryAfter, const QByteArray& rateLimitAfter, const QDateTime& now)
{
    const QByteArray trimmed = retryAfter.trimmed();
    if (!trimmed.isEmpty()) {
        bool ok = false;
        const qlonglong seconds = trimmed.toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::chrono::seconds(std::min<qlonglong>(seconds, MaxRetryAfterSeconds));
        // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(trimmed);
        if (text.endsWith(QStringLiteral(" GMT")))
            text.chop(4);
        QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            return std::chrono::seconds(std::clamp<qint64>(now.secsTo(date), 0, MaxRetryAfterSeconds));
        }
    }
    const QByteArray limited = rateLimitAfter.trimmed();
    if (!limited.isEmpty()) {
        bool ok = false;
        const qlonglong seconds = limited.toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::chrono::seconds(std::min<qlonglong>(seconds, MaxRetryAfterSeconds));
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
        error.networkError = QNetworkReply::TimeoutError;
        error.outcomeUnknown = !info.idempotent;
        return error;
    }
    if (info.tlsFailed) {
        error.kind = Kind::Tls;
        error.networkError = info.networkError;
        error.tlsError = info.tlsError;
        error.technical = info.networkErrorString;
        return error;
    }
    // 1. No HTTP status: transport failure.
    if (info.httpStatus == 0) {
        if (info.networkError == QNetworkReply::NoError)
            return error;
        error.kind = Kind::Network;
        error.networkError = info.networkError;
        error.technical = info.networkErrorString;
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
        // A refused connection or an unknown host means the request never reached the server.
        error.outcomeUnknown = !info.idempotent && !error.neverReachedServer();
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
            error.errorCode = capped(code.toString().left(MaxServerMessage)); // a code: no ellipsis
            if (message.isString()) {
                error.serverMessage = capped(message.toString());
                haveMessage = true;
            }
            if (const auto stamp = Timestamp::parse(object.value(QStringLiteral("timestamp")).toString()))
                error.serverTimestamp = *stamp;
        } else if (message.isString()) {
            error.errorCode = capped(message.toString().left(MaxServerMessage));
            const QJsonValue description = object.value(QStringLiteral("error_description"));
            error.serverMessage = capped(description.isString() ? description.toString() : message.toString());
            haveMessage = true;
        }
    }
    if (!haveMessage) {
        // Only the start of a long body can be shown; decoding all of it would only cost time.
        const QString text = QString::fromUtf8(info.body.left(MaxServerMessage * 4)).trimmed();
        // Plain text is the server's words; JSON that is not an envelope says nothing a person could read.
        if (!text.isEmpty() && !(parseError.error == QJsonParseError::NoError && !document.isNull()))
            error.serverMessage = capped(text);
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
    error.technical = problem;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::insecureTransport(TransportPolicy::Refusal refusal, const QString& host)
{
    ApiError error;
    error.kind = Kind::InsecureTransport;
    error.refusal = refusal;
    error.refusedHost = host;
    return error;
}

std::chrono::milliseconds ApiError::boundedWait(std::chrono::seconds wait)
{
    using namespace std::chrono;
    const seconds capped = std::clamp<seconds>(wait, seconds(0), duration_cast<seconds>(MaxWait));
    return duration_cast<milliseconds>(capped);
}

ApiError ApiError::bodyTooLarge(int httpStatus, qint64 limit)
{
    ApiError error;
    error.kind = Kind::Decoding;
    error.httpStatus = httpStatus;
    error.bodyLimit = limit;
    error.technical = QStringLiteral("answer larger than %1 bytes, not read to its end").arg(limit);
    return error;
}

ApiError ApiError::invalidRequest(const QString& problem)
{
    ApiError error;
    error.kind = Kind::InvalidRequest;
    error.technical = problem;
    return error;
}

} // namespace UserAdmin
