// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace UserAdmin {

/// The one error value of the API layer, produced by one mapping (contract section 2.4).
struct ApiError
{
    enum class Kind {
        None,
        Network, ///< transport failure or connection closed without an answer
        Timeout, ///< no data for the configured transfer timeout
        Tls, ///< certificate or handshake failure; never ignored
        InsecureTransport, ///< refused by the transport policy before sending (plain http to a remote host)
        Unauthorized, ///< 401: missing/invalid token, session gone
        TokenExpired, ///< 401 TOKEN_EXPIRED: the access token ran out (refresh or sign in again)
        Forbidden, ///< 403: not a member, role insufficient
        OrganizationNotActive, ///< 403 ORGANIZATION_NOT_ACTIVE (a [REF] server uses FORBIDDEN instead)
        NotFound, ///< 404
        RateLimited, ///< 429; see retryAfter
        BadRequest, ///< 400, 405, 415, 422 and other 4xx
        Server, ///< 5xx
        Decoding, ///< the answer was not what the contract says; see field
        Cancelled, ///< cancel() was called
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString errorCode; ///< `error_code` of the envelope, or the RFC 6749 `error` string
    QString serverMessage; ///< the server's human text (or a short description) for display
    QString field; ///< for Decoding: the JSON path of the offending field
    std::optional<std::chrono::seconds> retryAfter; ///< for RateLimited (and 503 with Retry-After)
    QDateTime serverTimestamp; ///< the envelope's timestamp when present
    /// A DELETE or POST failed in transport: the server may or may not have acted on it.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    /// True for kinds where signing in again (or refreshing) is the remedy.
    bool needsAuthentication() const { return kind == Kind::Unauthorized || kind == Kind::TokenExpired; }
    /// A technical one-liner for logs and tests (never contains a token).
    QString describe() const;
    static QString kindName(Kind kind);

    /// What the transport and the server said about one request, as input to map().
    struct ReplyInfo
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        int httpStatus = 0;
        QByteArray body;
        QByteArray retryAfterHeader; ///< `Retry-After`
        QByteArray rateLimitAfterHeader; ///< `x-ratelimit-after`
        bool timedOut = false;
        bool cancelled = false;
        bool idempotent = true;
        bool tlsFailed = false;
        QDateTime now = QDateTime::currentDateTimeUtc(); ///< to resolve an HTTP-date Retry-After
    };
    /// The mapping of contract 2.4: dispatch on status, refine with error_code. Returns Kind::None for 2xx.
    static ApiError map(const ReplyInfo& info);

    static ApiError decoding(const QString& field, const QString& problem);
    static ApiError cancelled();
    static ApiError insecureTransport(const QString& message);
    /// Parses `Retry-After` (delta-seconds or HTTP-date) then `x-ratelimit-after`.
    static std::optional<std::chrono::seconds>
    parseRetryAfter(const QByteArray& retryAfter, const QByteArray& rateLimitAfter, const QDateTime& now);
};

} // namespace UserAdmin

Q_DECLARE_METATYPE(UserAdmin::ApiError)
