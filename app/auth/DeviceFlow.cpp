// SPDX-License-Identifier: MIT
#include "auth/DeviceFlow.h"

#include "api/ApiClient.h"
#include "api/PollDeviceTokenJob.h"
#include "api/RequestDeviceCodeJob.h"
#include "core/Logging.h"

namespace UserAdmin {

using namespace std::chrono;

namespace {
constexpr int MaxTransientFailures = 3;
constexpr seconds SlowDownStep {5};
} // namespace

DeviceFlow::DeviceFlow(ApiClient* client, const DeviceClient& deviceClient, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_deviceClient(deviceClient)
{
    m_pollTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceFlow::poll);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        error.errorCode = QStringLiteral("DEVICE_CODE_EXPIRED");
        stop(Failure::Expired, error);
    });
}

DeviceFlow::~DeviceFlow()
{
    abandonJob(m_codeJob);
    abandonJob(m_pollJob);
}

void DeviceFlow::start()
{
    if (m_active || !m_client)
        return;
    m_active = true;
    m_polls = 0;
    m_transientFailures = 0;
    auto* job = new RequestDeviceCodeJob(m_client, m_deviceClient, this);
    m_codeJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!m_active)
            return;
        if (!job->succeeded()) {
            stop(Failure::Error, job->error());
            return;
        }
        m_authorization = job->authorization();
        m_interval = seconds(std::max(1, m_authorization.intervalSeconds));
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_authorization.expiresInSeconds);
        m_expiryTimer.start(seconds(std::max(1, m_authorization.expiresInSeconds)));
        qCInfo(lcAuth) << "device code received; interval" << m_interval.count() << "s, expires in"
                       << m_authorization.expiresInSeconds << "s";
        emit codeReceived(m_authorization);
        if (m_active)
            schedulePoll(m_interval);
    });
    job->start();
}

void DeviceFlow::cancel()
{
    if (!m_active)
        return;
    stop(Failure::Cancelled, ApiError::cancelled());
}

void DeviceFlow::checkNow()
{
    if (!m_active || m_pollJob || m_authorization.deviceCode.isEmpty())
        return;
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_earliestNextPoll));
    schedulePoll(milliseconds(wait));
}

milliseconds DeviceFlow::regularDelay() const
{
    if (m_polls < m_fastPollLimit)
        return m_interval;
    return std::max<milliseconds>(m_interval, m_slowInterval);
}

void DeviceFlow::schedulePoll(milliseconds delay)
{
    delay = std::min<milliseconds>(delay, ApiError::MaxWait);
    // Never earlier than `interval` after the previous poll.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastPollAt.isValid()) {
        const qint64 sinceLast = m_lastPollAt.msecsTo(now);
        delay = std::max(delay, milliseconds(duration_cast<milliseconds>(m_interval).count() - sinceLast));
    }
    if (m_expiresAt.isValid() && now.addMSecs(delay.count()) >= m_expiresAt) {
        // The next poll would come after expiry: let the expiry timer end the flow.
        m_pollTimer.stop();
        return;
    }
    m_earliestNextPoll = now.addMSecs(delay.count());
    m_pollTimer.start(delay);
    emit pollScheduled(delay);
}

void DeviceFlow::poll()
{
    if (!m_active || !m_client || m_pollJob)
        return;
    ++m_polls;
    m_lastPollAt = QDateTime::currentDateTimeUtc();
    auto* job = new PollDeviceTokenJob(m_client, m_authorization.deviceCode, m_deviceClient.clientId, this);
    m_pollJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_pollJob = nullptr;
        if (!m_active)
            return;
        switch (job->outcome()) {
        case PollDeviceTokenJob::Outcome::Approved: {
            // Stop after the first token: a [REF] server keeps issuing new sessions for the same code.
            const TokenResponse tokens = job->tokens();
            m_active = false;
            m_pollTimer.stop();
            m_expiryTimer.stop();
            m_authorization.deviceCode.clear();
            qCInfo(lcAuth) << "device flow approved after" << m_polls << "polls";
            emit succeeded(tokens);
            return;
        }
        case PollDeviceTokenJob::Outcome::Pending:
            m_transientFailures = 0;
            schedulePoll(regularDelay());
            return;
        case PollDeviceTokenJob::Outcome::SlowDown: {
            m_interval = std::min<seconds>(m_interval + SlowDownStep, duration_cast<seconds>(ApiError::MaxWait));
            milliseconds wait = regularDelay();
            if (job->error().retryAfter)
                wait = std::max<milliseconds>(wait, ApiError::boundedWait(*job->error().retryAfter + seconds(1)));
            qCInfo(lcAuth) << "device poll slowed down; interval now" << m_interval.count() << "s";
            schedulePoll(wait);
            return;
        }
        case PollDeviceTokenJob::Outcome::Expired:
            stop(Failure::Expired, job->error());
            return;
        case PollDeviceTokenJob::Outcome::Denied:
            stop(Failure::Denied, job->error());
            return;
        case PollDeviceTokenJob::Outcome::Failed:
            break;
        }
        const ApiError error = job->error();
        const bool transient = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
            || error.kind == ApiError::Kind::Server;
        if (transient && ++m_transientFailures <= MaxTransientFailures) {
            schedulePoll(regularDelay());
            return;
        }
        stop(Failure::Error, error);
    });
    job->start();
}

void DeviceFlow::stop(Failure failure, const ApiError& error)
{
    if (!m_active)
        return;
    m_active = false;
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_authorization.deviceCode.clear();
    abandonJob(m_codeJob);
    abandonJob(m_pollJob);
    qCInfo(lcAuth) << "device flow stopped:" << failure << error.describe();
    emit failed(failure, error);
}

} // namespace UserAdmin
