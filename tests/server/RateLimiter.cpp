// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

#include <algorithm>

namespace UserAdmin::DevServer {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::configure(bool enabled, int burstAuth, int burstDevice, double refillSeconds)
{
    m_enabled = enabled;
    m_burstAuth = std::max(1, burstAuth);
    m_burstDevice = std::max(1, burstDevice);
    m_refillSeconds = refillSeconds > 0 ? refillSeconds : 60;
    reset();
}

void RateLimiter::reset()
{
    m_theoreticalArrival.clear();
}

double RateLimiter::acquire(Group group, const QString& clientKey)
{
    if (!m_enabled)
        return 0;
    const int burst = group == Group::Auth ? m_burstAuth : m_burstDevice;
    const QString key = (group == Group::Auth ? QStringLiteral("auth|") : QStringLiteral("device|")) + clientKey;
    const double now = double(m_clock.nsecsElapsed()) / 1e9;
    const double tat = std::max(m_theoreticalArrival.value(key, now), now);
    const double tolerance = double(burst - 1) * m_refillSeconds;
    if (tat - now > tolerance)
        return std::max(tat - now - tolerance, 0.001);
    m_theoreticalArrival.insert(key, tat + m_refillSeconds);
    return 0;
}

} // namespace UserAdmin::DevServer
