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
    /// For a caller that no longer wants the answer: disconnects every receiver of this job's signals, then
    /// cancels. A request already sent is not taken back (a DELETE may still take effect on the server).
    void abandon();

    bool isRunning() const { return m_state == State::Running; }
    /// Whether any attempt of this job was handed to the network in full (see requestSent()).
    bool wasSent() const { return m_sent; }
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
    /// The current request has left this computer: from now on the server may act on it.
    void requestSent();

protected:
    ApiJob(ApiClient* client, QObject* parent = nullptr);

    ApiClient* client() const { return m_client; }
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

private:
    enum class State { Idle, Running, Finished };

    void sendAttempt(const QUrl& url);
    void onReplyFinished();
    /// Moves what arrived into m_body; aborts the reply once it passes the limit for its status.
    void readAvailable();
    qint64 bodyLimit() const;
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
    QTimer m_deadlineTimer; ///< the whole attempt, however steadily bytes trickle in
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QList<QSslError> m_sslErrors;
    QUrl m_currentUrl;
    QByteArray m_replyBody; ///< what the current attempt has read so far
    bool m_tooLarge = false; ///< the current attempt was aborted by readAvailable()
    quint64 m_tokenGeneration = 0; ///< of the token the current attempt carried
    int m_attempt = 0;
    int m_transportRetries = 0;
    int m_rateLimitRetries = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_sent = false;
    bool m_cancelling = false;
};

/// Abandons the job `job` points to, if any, and clears the pointer.
template<typename Job>
void abandonJob(QPointer<Job>& job)
{
    if (job)
        job->abandon();
    job = nullptr;
}

} // namespace UserAdmin
