// SPDX-License-Identifier: MIT
#pragma once

#include "api/TransportPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <chrono>
#include <optional>

namespace UserAdmin {

/// The one error value of the API layer, produced by one mapping (contract section 2.4). It holds facts only: the
/// server's own words, codes and statuses. Sentences for people come from the UI's ErrorPresenter; `technical` is
/// English for logs and never shown.
struct ApiError
{
    enum class Kind {
        None,
        Network, ///< transport failure or connection closed without an answer; see networkError
        Timeout, ///< no data for the configured transfer timeout
        Tls, ///< certificate or handshake failure; never ignored
        InsecureTransport, ///< refused by the transport policy before sending; see refusal
        InvalidRequest, ///< refused here before sending (an identifier that cannot be a path segment)
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
    QString serverMessage; ///< the server's own words (envelope `error`, RFC `error_description`, or plain text)
    QString field; ///< for Decoding: the JSON path of the offending field
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; ///< for Network, Timeout and Tls
    QSslError::SslError tlsError = QSslError::NoError; ///< for Tls: the first certificate problem reported
    TransportPolicy::Refusal refusal = TransportPolicy::Refusal::None; ///< for InsecureTransport
    QString refusedHost; ///< for InsecureTransport
    QString technical; ///< English detail for logs (Qt's error string, the decoding problem); never shown
    /// For Decoding: the answer was longer than this many bytes and was not read to its end (0: not the reason).
    qint64 bodyLimit = 0;
    std::optional<std::chrono::seconds> retryAfter; ///< for RateLimited (and 503 with Retry-After)
    QDateTime serverTimestamp; ///< the envelope's timestamp when present
    /// A DELETE or POST failed after it may have reached the server: it may or may not have been acted on.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    /// True for kinds where signing in again (or refreshing) is the remedy.
    bool needsAuthentication() const { return kind == Kind::Unauthorized || kind == Kind::TokenExpired; }
    /// The request certainly never reached the server (refused connection, unknown host, TLS handshake, refused
    /// here): nothing happened there.
    bool neverReachedServer() const;
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
        QSslError::SslError tlsError = QSslError::NoError;
        QDateTime now = QDateTime::currentDateTimeUtc(); ///< to resolve an HTTP-date Retry-After
    };
    /// The mapping of contract 2.4: dispatch on status, refine with error_code. Returns Kind::None for 2xx.
    static ApiError map(const ReplyInfo& info);

    static ApiError decoding(const QString& field, const QString& problem);
    static ApiError cancelled();
    static ApiError insecureTransport(TransportPolicy::Refusal refusal, const QString& host);
    static ApiError invalidRequest(const QString& problem);
    /// The answer (with `httpStatus`, 0 when unknown) grew past `limit` bytes and was abandoned.
    static ApiError bodyTooLarge(int httpStatus, qint64 limit);
    /// Parses `Retry-After` (delta-seconds or HTTP-date) then `x-ratelimit-after`; capped at a day.
    static std::optional<std::chrono::seconds>
    parseRetryAfter(const QByteArray& retryAfter, const QByteArray& rateLimitAfter, const QDateTime& now);

    /// The longest the program waits on a server's word (Retry-After, slow_down, a renewal retry) before it
    /// tries again; the figure shown to the person may be longer.
    static constexpr std::chrono::minutes MaxWait {5};
    /// `wait` clamped to 0..MaxWait, in milliseconds (never overflows, whatever the server said).
    static std::chrono::milliseconds boundedWait(std::chrono::seconds wait);

    /// Longest server message kept (characters); longer ones are cut with an ellipsis.
    static constexpr qsizetype MaxServerMessage = 300;
};

} // namespace UserAdmin

Q_DECLARE_METATYPE(UserAdmin::ApiError)
