// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>

namespace UserAdmin::DevServer {

class Database;
class SeedIds;

/// The bulk generator: N end-users spread over the first three organizations (80 %, 12 %, 8 %), inserted
/// with prepared multi-row statements, then their subscriptions, identities and sessions by INSERT ... SELECT.
/// Throws DatabaseError.
class GeneratedSeeder
{
public:
    /// serviceCounts: organization rid to the number of services (idx 0..n-1) a generated user may use.
    GeneratedSeeder(Database& database, const SeedIds& ids, QHash<qint64, int> serviceCounts, qint64 now);

    /// Inserts count users with rids from firstRid; returns the next free rid.
    qint64 seedUsers(qint64 firstRid, qint64 count);
    /// Subscriptions, identities and sessions of the generated users; with sessionDetails the sessions get
    /// ids, addresses and user agents too (only the 2026 shape shows them, and they cost seeding time).
    void deriveRows(bool sessionDetails);

private:
    Database& m_database;
    const SeedIds& m_ids;
    QHash<qint64, int> m_serviceCounts;
    qint64 m_now;
};

} // namespace UserAdmin::DevServer
