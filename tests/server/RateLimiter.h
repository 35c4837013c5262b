// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace UserAdmin::DevServer {

/// GCRA buckets per client key and route group, like the reference server's governor middleware:
/// a burst of credits, one credit regained every refill interval.
class RateLimiter
{
public:
    enum class Group { Auth, Device };

    RateLimiter();
    void configure(bool enabled, int burstAuth, int burstDevice, double refillSeconds);
    /// Forgets every bucket (all full again).
    void reset();
    /// Takes one credit; returns 0 when allowed, otherwise the seconds to wait (>= 1 ms, as a double).
    double acquire(Group group, const QString& clientKey);

    bool enabled() const { return m_enabled; }
    int burstAuth() const { return m_burstAuth; }
    int burstDevice() const { return m_burstDevice; }
    double refillSeconds() const { return m_refillSeconds; }

private:
    bool m_enabled = true;
    int m_burstAuth = 20;
    int m_burstDevice = 10;
    double m_refillSeconds = 60;
    QElapsedTimer m_clock;
    QHash<QString, double> m_theoreticalArrival; // key: group + client, value: seconds on m_clock
};

} // namespace UserAdmin::DevServer
