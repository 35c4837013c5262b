// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace UserAdmin::DevServer {

class Database;

/// An organization's audit log (contract 9.6), newest first. Throws DatabaseError.
class AuditLogRepository
{
public:
    struct Filter
    {
        QString action; // empty: any
        QString targetType;
        QString targetId;
    };
    struct Page
    {
        QJsonArray logs;
        qint64 total = 0;
    };

    explicit AuditLogRepository(Database& database);
    Page find(qint64 orgRid, const Filter& filter, qint64 offset, qint64 limit) const;
    /// Every event type the server writes, sorted.
    static QStringList eventTypes();

private:
    Database& m_database;
};

} // namespace UserAdmin::DevServer
