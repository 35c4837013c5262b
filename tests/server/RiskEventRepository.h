// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>

namespace UserAdmin::DevServer {

class Database;

/// An organization's risk events (contract 9.6): assessed sign-ins, newest first. Throws DatabaseError.
class RiskEventRepository
{
public:
    explicit RiskEventRepository(Database& database);
    /// Events scoring at least minScore, as the endpoint's bare array.
    QJsonArray find(qint64 orgRid, qint64 minScore, qint64 offset, qint64 limit) const;

private:
    Database& m_database;
};

} // namespace UserAdmin::DevServer
