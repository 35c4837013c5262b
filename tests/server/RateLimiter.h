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
    enum class Group { Auth, Device, Mfa };
    struct Bucket
    {
        int burst = 1;
        double refillSeconds = 60;
    };

    RateLimiter();
    void configure(bool enabled, Bucket auth, Bucket device, Bucket mfa);
    /// Forgets every bucket (all full again).
    void reset();
    /// Takes one credit; returns 0 when allowed, otherwise the seconds to wait (>= 1 ms, as a double).
    double acquire(Group group, const QString& clientKey);

    bool enabled() const { return m_enabled; }
    Bucket bucket(Group group) const;

private:
    bool m_enabled = true;
    Bucket m_auth {20, 60};
    Bucket m_device {10, 60};
    Bucket m_mfa {3, 60};
    QElapsedTimer m_clock;
    QHash<QString, double> m_theoreticalArrival; // key: group + client, value: seconds on m_clock
};

} // namespace UserAdmin::DevServer
