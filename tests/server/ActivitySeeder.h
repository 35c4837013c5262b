// SPDX-License-Identifier: MIT
#pragma once

#include "FixedData.h"
#include "SeededEndUser.h"

namespace UserAdmin::DevServer {

class Database;
class FixedDataSeeder;
class SeedIds;

/// The 2026 shape's activity: end-users' sign-ins (recent_logins), risk events and the organizations' audit
/// log, following the rules in README.md. Throws DatabaseError.
class ActivitySeeder
{
public:
    ActivitySeeder(Database& database, const SeedIds& ids);

    /// Each fixed end-user's series of sign-in attempts: sign-ins, and risk events for the risky ones.
    void seedSignIns(const QList<SeededEndUser>& users);
    /// One to four sign-ins of every generated end-user who signed in.
    void seedGeneratedSignIns();
    void seedAuditLog(const FixedData& data, const FixedDataSeeder& fixed);

private:
    QString targetId(const FixedData& data, const FixedDataSeeder& fixed, const FixedData::AuditEntry& entry) const;
    void insertAuditEntry(qint64 orgRid,
                          qint64 actorRid,
                          const FixedData::AuditEntry& entry,
                          const QString& targetId,
                          const QString& metadata);

    Database& m_database;
    const SeedIds& m_ids;
    qint64 m_loginNumber = 0;
    qint64 m_riskNumber = 0;
    qint64 m_auditNumber = 0;
};

} // namespace UserAdmin::DevServer
