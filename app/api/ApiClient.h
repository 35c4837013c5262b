// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ResponseShape.h"
#include "api/TransportPolicy.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <optional>

class QIODevice;
class QNetworkReply;

namespace UserAdmin {

/// The connection to one SSO server: network access, base URL, bearer token, timeouts, TLS trust and the response
/// shape seen last. Jobs (ApiJob) send their requests through send().
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    /// `scheme://host:port` of the base URL: the only origin the bearer token is sent to.
    QString origin() const;

    void setAccessToken(const QString& token);
    QString accessToken() const { return m_accessToken; }
    /// Counts token changes, so that a 401 for a token already replaced can be told from one for the current token.
    quint64 tokenGeneration() const { return m_tokenGeneration; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    /// Plain http to a non-loopback host is refused unless this is set (`--allow-insecure-http`).
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    bool allowInsecureHttp() const { return m_allowInsecureHttp; }
    /// Refusal::None, or why requests to `url` are refused by the transport policy.
    TransportPolicy::Refusal transportRefusal(const QUrl& url) const;

    /// Adds the certificates of a PEM file to the trusted CAs (`--ca-file`). False and a message on failure.
    bool setCaFile(const QString& path, QString* errorMessage = nullptr);
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    QSslConfiguration sslConfiguration() const;

    /// Longest time without any data before a request fails with Kind::Timeout (default 20 s).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    /// Wait before the single automatic retry of a GET (default 1 s).
    void setRetryBackoff(std::chrono::milliseconds backoff) { m_retryBackoff = backoff; }
    std::chrono::milliseconds retryBackoff() const { return m_retryBackoff; }
    /// A GET answered 429 waits as told and retries, at most this often (default 2) ...
    void setMaxRateLimitRetries(int retries) { m_maxRateLimitRetries = retries; }
    int maxRateLimitRetries() const { return m_maxRateLimitRetries; }
    /// ... and only when the wait is at most this long (default 60 s); otherwise the 429 reaches the caller.
    void setMaxRateLimitWait(std::chrono::milliseconds wait) { m_maxRateLimitWait = wait; }
    std::chrono::milliseconds maxRateLimitWait() const { return m_maxRateLimitWait; }
    /// Lower bound of a rate-limit wait (contract 3.3 says 1 s; tests lower it).
    void setMinRateLimitWait(std::chrono::milliseconds wait) { m_minRateLimitWait = wait; }
    std::chrono::milliseconds minRateLimitWait() const { return m_minRateLimitWait; }

    /// The end-user list shape seen last on this base URL; decides which filter parameters are sent.
    std::optional<ResponseShape> listShape() const { return m_listShape; }
    void rememberListShape(ResponseShape shape) { m_listShape = shape; }

    /// The URL of `request` under the base URL; invalid when a path segment cannot be sent (UrlEncoding).
    QUrl urlFor(const ApiRequest& request) const;
    /// Sends `request` to `url` (the request's own URL, or a redirect target), with `body` as the upload device of
    /// a POST or DELETE. The bearer token goes only to the configured origin. Returns nullptr, and sets `refusal`,
    /// when the transport policy refuses the URL; nothing is sent then.
    QNetworkReply* send(const ApiRequest& request, const QUrl& url, QIODevice* body, TransportPolicy::Refusal* refusal);
    QNetworkAccessManager* networkAccessManager() const { return m_network; }

    /// Called by ApiJob when a request sent with the session's token of `tokenGeneration` is answered 401.
    void reportUnauthorized(const UserAdmin::ApiError& error, quint64 tokenGeneration);

signals:
    /// A request with the session's token was answered 401; `withCurrentToken` is false when the token it carried
    /// has been replaced since (the request raced with a refresh). Only the session (AuthSession) acts on it.
    void unauthorizedReceived(const UserAdmin::ApiError& error, bool withCurrentToken);
    /// The session can send again after a 401 (refreshed, or signed in anew): work that failed for want of a
    /// valid sign-in runs again (forwarded from AuthSession::resumed).
    void resumed();
    void accessTokenChanged();

private:
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_baseUrl;
    QString m_accessToken;
    quint64 m_tokenGeneration = 0;
    bool m_allowInsecureHttp = false;
    QList<QSslCertificate> m_extraCaCertificates;
    std::chrono::milliseconds m_transferTimeout {20000};
    std::chrono::milliseconds m_retryBackoff {1000};
    std::chrono::milliseconds m_maxRateLimitWait {60000};
    std::chrono::milliseconds m_minRateLimitWait {1000};
    int m_maxRateLimitRetries = 2;
    std::optional<ResponseShape> m_listShape;
};

} // namespace UserAdmin
