// SPDX-License-Identifier: MIT
#include "api/ApiJob.h"

#include "api/ApiClient.h"
#include "api/OneShotBodyDevice.h"
#include "api/TransportPolicy.h"
#include "core/Logging.h"

#include <QNetworkReply>

#include <utility>

namespace UserAdmin {

namespace {

constexpr int MaxRedirects = 5;
/// An attempt may take this many transfer timeouts in all (2 minutes with the default 20 s).
constexpr int DeadlineFactor = 6;

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

ApiJob::ApiJob(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timeoutTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A server that sends a byte a second never trips the transfer timeout (it restarts on progress): the attempt
    // as a whole has a deadline too.
    const auto timedOut = [this] {
        if (!m_reply)
            return;
        qCInfo(lcApi) << m_request.verb() << "timed out after" << m_elapsed.elapsed() << "ms";
        m_timedOut = true;
        m_reply->abort();
    };
    connect(&m_timeoutTimer, &QTimer::timeout, this, timedOut);
    connect(&m_deadlineTimer, &QTimer::timeout, this, timedOut);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        sendAttempt(m_client ? m_client->urlFor(m_request) : QUrl());
    });
}

ApiJob::~ApiJob()
{
    releaseReply();
}

void ApiJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (!m_client) {
        finishWithError(ApiError::decoding(QString(), QStringLiteral("no API client")));
        return;
    }
    sendRequest(initialRequest());
}

void ApiJob::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort(); // finishes through onReplyFinished with Kind::Cancelled
        if (m_state == State::Finished)
            return;
    }
    m_retryTimer.stop();
    finish(ApiError::cancelled());
}

void ApiJob::abandon()
{
    disconnect(this, nullptr, nullptr, nullptr);
    cancel();
}

void ApiJob::handleFailure(const ApiError& error)
{
    finishWithError(error);
}

void ApiJob::sendRequest(const ApiRequest& request)
{
    if (m_state != State::Running)
        return;
    m_request = request;
    m_transportRetries = 0;
    m_rateLimitRetries = 0;
    m_redirects = 0;
    m_attempt = 0;
    const QUrl url = m_client->urlFor(request);
    if (!url.isValid()) {
        const ApiError error = ApiError::invalidRequest(QStringLiteral("an identifier cannot be a path segment"));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    sendAttempt(url);
}

void ApiJob::sendAttempt(const QUrl& url)
{
    if (m_state != State::Running || !m_client)
        return;
    if (!m_request.idempotent()) {
        delete m_body;
        m_body = new OneShotBodyDevice(m_request.hasBody ? m_request.jsonBody : QByteArray(), this);
    }
    TransportPolicy::Refusal refusal = TransportPolicy::Refusal::None;
    m_tokenGeneration = m_client->tokenGeneration();
    m_reply = m_client->send(m_request, url, m_body, &refusal);
    if (!m_reply) {
        // Report asynchronously, like every other outcome.
        const ApiError error = ApiError::insecureTransport(refusal, url.host());
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    ++m_attempt;
    m_currentUrl = url;
    m_timedOut = false;
    m_tooLarge = false;
    m_replyBody.clear();
    m_sslErrors.clear();
    qCDebug(lcApi) << m_request.verb() << url.path(QUrl::FullyEncoded) << "attempt" << m_attempt;
    m_elapsed.start();
    const auto timeout = m_request.timeout.value_or(m_client->transferTimeout());
    m_timeoutTimer.start(timeout);
    m_deadlineTimer.start(timeout * DeadlineFactor);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] {
        if (m_reply)
            m_timeoutTimer.start();
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] {
        if (m_reply)
            m_timeoutTimer.start();
    });
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_sent) {
            m_sent = true;
            emit requestSent();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the handshake fails and the errors are reported.
        m_sslErrors = errors;
        for (const QSslError& error : errors)
            qCWarning(lcApi) << "TLS error:" << error.errorString();
    });
    // The limit holds while reading: a declared length is refused before any body arrives, and a body without
    // one (chunked, or inflated from gzip) is counted as it comes.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        bool known = false;
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        const bool compressed = !m_reply->rawHeader(QByteArrayLiteral("Content-Encoding")).isEmpty();
        if (known && !compressed && declared > bodyLimit()) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

qint64 ApiJob::bodyLimit() const
{
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    const bool success = status >= 200 && status < 300;
    return success ? m_request.maxBodyBytes : std::min(m_request.maxBodyBytes, ApiRequest::ErrorBodyLimit);
}

void ApiJob::readAvailable()
{
    if (!m_reply || m_tooLarge)
        return;
    const qint64 limit = bodyLimit();
    const qint64 room = limit - m_replyBody.size();
    if (m_reply->bytesAvailable() > room) {
        m_tooLarge = true;
        qCWarning(lcApi) << m_request.verb() << m_currentUrl.path(QUrl::FullyEncoded) << "answer larger than" << limit
                         << "bytes: abandoned";
        m_reply->abort();
        return;
    }
    m_replyBody += m_reply->readAll();
}

void ApiJob::releaseReply()
{
    m_timeoutTimer.stop();
    m_deadlineTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_body) {
        m_body->deleteLater();
        m_body = nullptr;
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    ApiError::ReplyInfo info;
    info.networkError = reply->error();
    info.networkErrorString = reply->errorString();
    info.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    readAvailable();
    info.body = std::exchange(m_replyBody, QByteArray());
    const bool tooLarge = m_tooLarge;
    const qint64 limit = bodyLimit();
    info.retryAfterHeader = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    info.rateLimitAfterHeader = reply->rawHeader(QByteArrayLiteral("x-ratelimit-after"));
    info.timedOut = m_timedOut;
    info.cancelled = m_cancelling;
    info.idempotent = m_request.idempotent();
    info.tlsFailed = !m_sslErrors.isEmpty();
    if (info.tlsFailed) {
        info.tlsError = m_sslErrors.constFirst().error();
        QStringList messages;
        for (const QSslError& error : std::as_const(m_sslErrors))
            messages.append(error.errorString());
        info.networkErrorString = messages.join(QStringLiteral("; "));
    }
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    const QUrl currentUrl = m_currentUrl;
    releaseReply();
    qCDebug(lcApi) << m_request.verb() << currentUrl.path(QUrl::FullyEncoded) << "->" << info.httpStatus
                   << info.networkError << m_elapsed.elapsed() << "ms";

    if (m_state != State::Running)
        return;
    if (tooLarge && !info.cancelled) {
        const bool success = info.httpStatus >= 200 && info.httpStatus < 300;
        if (success || info.httpStatus == 0) {
            const ApiError error = ApiError::bodyTooLarge(info.httpStatus, limit);
            qCWarning(lcApi) << error.describe();
            handleFailure(error);
            return;
        }
        // An error answer keeps its status; the start of an oversized body is not worth showing.
        info.networkError = QNetworkReply::NoError;
        info.body.clear();
    }

    // Redirects: only GETs follow them, and the token only stays on for the configured origin.
    if (!info.cancelled && !info.timedOut && isRedirect(info.httpStatus) && !location.isEmpty()) {
        if (m_request.idempotent() && m_redirects < MaxRedirects) {
            ++m_redirects;
            const QUrl target = currentUrl.resolved(QUrl::fromEncoded(location));
            // Never from https down to plain http, even to loopback: the rest would travel unencrypted.
            if (currentUrl.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")
                && !m_client->allowInsecureHttp()) {
                qCWarning(lcApi) << "refused a redirect from https to" << target.scheme();
                handleFailure(ApiError::insecureTransport(target.scheme() == QLatin1String("http")
                                                              ? TransportPolicy::Refusal::InsecureHttp
                                                              : TransportPolicy::Refusal::UnsupportedScheme,
                                                          target.host()));
                return;
            }
            qCInfo(lcApi) << "following redirect to" << TransportPolicy::origin(target)
                          << (TransportPolicy::origin(target) == m_client->origin() ? "(same origin)"
                                                                                    : "(other origin, no token)");
            sendAttempt(target);
            return;
        }
    }

    const ApiError error = ApiError::map(info);
    if (!error.isError()) {
        handleSuccess(info.httpStatus, info.body);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        finish(error);
        return;
    }
    if (m_request.idempotent()) {
        const bool transportFailure = error.kind == ApiError::Kind::Network;
        if ((transportFailure || isRetryableStatus(error.httpStatus)) && m_transportRetries < 1) {
            ++m_transportRetries;
            scheduleRetry(m_client->retryBackoff(), error);
            return;
        }
        if (error.kind == ApiError::Kind::RateLimited && m_rateLimitRetries < m_client->maxRateLimitRetries()) {
            using namespace std::chrono;
            milliseconds wait =
                error.retryAfter ? ApiError::boundedWait(*error.retryAfter) : milliseconds(2000 << m_rateLimitRetries);
            wait = std::max(wait, m_client->minRateLimitWait());
            if (wait <= m_client->maxRateLimitWait()) {
                ++m_rateLimitRetries;
                scheduleRetry(wait, error);
                return;
            }
        }
    }
    if (error.needsAuthentication() && m_request.authenticated && m_request.bearerOverride.isEmpty())
        m_client->reportUnauthorized(error, m_tokenGeneration);
    handleFailure(error);
}

void ApiJob::scheduleRetry(std::chrono::milliseconds delay, const ApiError& reason)
{
    qCInfo(lcApi) << m_request.verb() << "retrying in" << delay.count() << "ms after" << reason.describe();
    emit retryScheduled(delay, reason);
    if (m_state != State::Running)
        return; // cancelled from a slot
    m_retryTimer.start(delay);
}

void ApiJob::finishSuccessfully()
{
    finish(ApiError());
}

void ApiJob::finishWithError(const ApiError& error)
{
    finish(error);
}

void ApiJob::finish(const ApiError& error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    m_retryTimer.stop();
    releaseReply();
    if (error.isError())
        qCInfo(lcApi) << metaObject()->className() << "failed:" << error.describe();
    emit finished();
    deleteLater();
}

} // namespace UserAdmin
