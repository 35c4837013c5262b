// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

#include <algorithm>

namespace UserAdmin::DevServer {

namespace {

RateLimiter::Bucket sane(RateLimiter::Bucket bucket)
{
    bucket.burst = std::max(1, bucket.burst);
    if (!(bucket.refillSeconds > 0))
        bucket.refillSeconds = 60;
    return bucket;
}

} // namespace

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::configure(bool enabled, Bucket auth, Bucket device, Bucket mfa)
{
    m_enabled = enabled;
    m_auth = sane(auth);
    m_device = sane(device);
    m_mfa = sane(mfa);
    reset();
}

void RateLimiter::reset()
{
    m_theoreticalArrival.clear();
}

RateLimiter::Bucket RateLimiter::bucket(Group group) const
{
    switch (group) {
    case Group::Auth:
        return m_auth;
    case Group::Device:
        return m_device;
    case Group::Mfa:
        return m_mfa;
    }
    return m_auth;
}

double RateLimiter::acquire(Group group, const QString& clientKey)
{
    if (!m_enabled)
        return 0;
    const Bucket limits = bucket(group);
    const QString key = QString::number(int(group)) + QLatin1Char('|') + clientKey;
    const double now = double(m_clock.nsecsElapsed()) / 1e9;
    const double tat = std::max(m_theoreticalArrival.value(key, now), now);
    const double tolerance = double(limits.burst - 1) * limits.refillSeconds;
    if (tat - now > tolerance)
        return std::max(tat - now - tolerance, 0.001);
    m_theoreticalArrival.insert(key, tat + limits.refillSeconds);
    return 0;
}

} // namespace UserAdmin::DevServer
