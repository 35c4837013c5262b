// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin::DevServer {

/// Deterministic ids and pseudo-random numbers of the seeder: the same seed gives the same ids.
class SeedIds
{
public:
    /// What an id is for; part of the hash, so ids of different kinds never collide.
    enum Kind : quint64 {
        User = 1,
        Organization = 2,
        Membership = 3,
        Service = 4,
        Plan = 5,
        Session = 6,
        Login = 7,
        Role = 8,
        AuditEntry = 9,
        RiskEvent = 10,
    };

    explicit SeedIds(quint64 seed);

    /// A UUID-v4-shaped id derived from the seed, a kind and a number.
    QString uuid(quint64 kind, quint64 number) const;
    quint64 seed() const { return m_seed; }
    /// splitmix64.
    static quint64 mix(quint64 value);

private:
    quint64 m_seed;
};

} // namespace UserAdmin::DevServer
