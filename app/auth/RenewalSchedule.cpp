// SPDX-License-Identifier: MIT
#include "auth/RenewalSchedule.h"

#include "api/ApiError.h"

#include <algorithm>

namespace UserAdmin {

using namespace std::chrono;

namespace {

milliseconds untilBefore(const QDateTime& when, seconds lead)
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when.addSecs(-lead.count()));
    // QTimer takes an int; clamp to a day, the timers are re-armed on every token change anyway.
    return milliseconds(std::clamp<qint64>(ms, 0, qint64(24) * 3600 * 1000));
}

/// A refresh lead never exceeds half the token's lifetime, so a short-lived token is not refreshed again at once.
seconds leadFor(const JwtClaims& claims, seconds lead)
{
    if (claims.issuedAt && claims.expiresAt) {
        const qint64 lifetime = claims.issuedAt->secsTo(*claims.expiresAt);
        if (lifetime > 0)
            return seconds(std::min<qint64>(lead.count(), lifetime / 2));
    }
    return lead;
}

} // namespace

RenewalSchedule::RenewalSchedule(QObject* parent)
    : QObject(parent)
{
    for (QTimer* timer : {&m_warningTimer, &m_refreshTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_warningTimer, &QTimer::timeout, this, [this] { emit expiryApproaching(m_expiresAt); });
    connect(&m_refreshTimer, &QTimer::timeout, this, &RenewalSchedule::refreshDue);
    connect(&m_retryTimer, &QTimer::timeout, this, &RenewalSchedule::refreshDue);
}

void RenewalSchedule::schedule(const JwtClaims& claims, bool hasRefreshToken)
{
    m_warningTimer.stop();
    m_refreshTimer.stop();
    if (!claims.expiresAt)
        return;
    m_expiresAt = *claims.expiresAt;
    if (hasRefreshToken) {
        const milliseconds delay = untilBefore(m_expiresAt, leadFor(claims, m_refreshLead));
        m_refreshDueAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
        m_refreshTimer.start(delay);
    } else {
        m_warningTimer.start(untilBefore(m_expiresAt, m_warningLead));
    }
}

void RenewalSchedule::retryAfter(seconds wait)
{
    // The server's Retry-After may be anything: wait at most ApiError::MaxWait.
    m_retryTimer.start(ApiError::boundedWait(std::max(seconds(1), wait) + seconds(1)));
}

void RenewalSchedule::stop()
{
    m_warningTimer.stop();
    m_refreshTimer.stop();
    m_retryTimer.stop();
}

} // namespace UserAdmin
