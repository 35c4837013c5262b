// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/DeviceAuthorization.h"
#include "api/DeviceClient.h"
#include "api/PollDeviceTokenJob.h"
#include "api/RequestDeviceCodeJob.h"
#include "api/TokenResponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace UserAdmin {

class ApiClient;

/// Drives the device authorization flow (contract 4.1): requests a code, then polls on the contract's schedule —
/// first after `interval`, every `interval` for a few polls, then once a minute; on 429 (or `slow_down`) it waits
/// as told and adds 5 s to the interval; it never polls faster than the interval and stops at expiry or cancel().
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Expired, ///< the code's lifetime ended before approval
        Denied, ///< the person refused (RFC 8628 servers only)
        Cancelled,
        Error, ///< request failed (see the ApiError)
    };
    Q_ENUM(Failure)

    explicit DeviceFlow(ApiClient* client, const DeviceClient& deviceClient = {}, QObject* parent = nullptr);
    ~DeviceFlow() override;

    void start();
    void cancel();
    /// Polls as soon as the interval allows ("Check now"); never earlier.
    void checkNow();

    bool isActive() const { return m_active; }
    /// A poll is scheduled or under way (false once the flow has ended: nothing more will be sent).
    bool hasPendingPoll() const { return m_pollTimer.isActive() || m_pollJob; }
    const DeviceAuthorization& authorization() const { return m_authorization; }
    const DeviceClient& deviceClient() const { return m_deviceClient; }
    std::chrono::seconds interval() const { return m_interval; }
    int pollCount() const { return m_polls; }
    QDateTime expiresAt() const { return m_expiresAt; }

    /// Polls at `interval` before switching to the slow interval (default 8).
    void setFastPollLimit(int polls) { m_fastPollLimit = polls; }
    /// The slow interval after the fast polls (default 60 s).
    void setSlowPollInterval(std::chrono::seconds interval) { m_slowInterval = interval; }

signals:
    void codeReceived(const UserAdmin::DeviceAuthorization& authorization);
    void pollScheduled(std::chrono::milliseconds delay);
    void succeeded(const UserAdmin::TokenResponse& tokens);
    void failed(UserAdmin::DeviceFlow::Failure failure, const UserAdmin::ApiError& error);

private:
    void schedulePoll(std::chrono::milliseconds delay);
    void poll();
    void stop(Failure failure, const ApiError& error);
    std::chrono::milliseconds regularDelay() const;

    QPointer<ApiClient> m_client;
    DeviceClient m_deviceClient;
    QPointer<RequestDeviceCodeJob> m_codeJob;
    QPointer<PollDeviceTokenJob> m_pollJob;
    DeviceAuthorization m_authorization;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QDateTime m_expiresAt;
    QDateTime m_lastPollAt;
    QDateTime m_earliestNextPoll;
    std::chrono::seconds m_interval {5};
    std::chrono::seconds m_slowInterval {60};
    int m_fastPollLimit = 8;
    int m_polls = 0;
    int m_transientFailures = 0;
    bool m_active = false;
};

} // namespace UserAdmin
