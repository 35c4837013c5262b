// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace UserAdmin {

class OneShotBodyDevice;

/// Base of every request job: sends one or more requests through ApiClient, applies the retry, timeout and
/// redirect rules, and emits finished() exactly once before deleting itself later. Hold jobs in a QPointer.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    /// Sends the first request. Connect to finished() before calling it.
    void start();
    /// Aborts the request in flight (or the pending retry); finished() follows with Kind::Cancelled.
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    /// Network attempts made for the current request (1 without retries).
    int attempts() const { return m_attempt; }

signals:
    /// Emitted exactly once; check succeeded() / error(). The job deletes itself afterwards.
    void finished();
    /// A retry was scheduled after `delay` because of `reason` (for a countdown in the UI).
    void retryScheduled(std::chrono::milliseconds delay, const UserAdmin::ApiError& reason);

protected:
    ApiJob(ApiClient* client, QObject* parent = nullptr);

    ApiClient* client() const { return m_client; }
    /// Called by start(); return true when the job already knows its answer (e.g. from a cache). It then
    /// finishes successfully on the next event-loop turn without a request.
    virtual bool answerWithoutRequest() { return false; }
    /// The first request of the job.
    virtual ApiRequest initialRequest() = 0;
    /// A 2xx answer to the current request. Decode it, then call finishSuccessfully(), finishWithError()
    /// or sendRequest() for a further step.
    virtual void handleSuccess(int httpStatus, const QByteArray& body) = 0;
    /// A failed request, after the automatic retries. The default finishes with the error.
    virtual void handleFailure(const ApiError& error);

    void sendRequest(const ApiRequest& request);
    void finishSuccessfully();
    void finishWithError(const ApiError& error);
    /// Finishes on the next event-loop turn (for answers that need no network, e.g. a cached role).
    void finishSuccessfullyLater();

private:
    enum class State { Idle, Running, Finished };

    void sendAttempt(const QUrl& url);
    void onReplyFinished();
    void scheduleRetry(std::chrono::milliseconds delay, const ApiError& reason);
    void finish(const ApiError& error);
    void releaseReply();

    QPointer<ApiClient> m_client;
    State m_state = State::Idle;
    ApiRequest m_request;
    ApiError m_error;
    QNetworkReply* m_reply = nullptr;
    OneShotBodyDevice* m_body = nullptr;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QList<QSslError> m_sslErrors;
    QUrl m_currentUrl;
    int m_attempt = 0;
    int m_transportRetries = 0;
    int m_rateLimitRetries = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_cancelling = false;
};

} // namespace UserAdmin
