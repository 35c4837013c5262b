// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace UserAdmin {

/// One entry of the server's organization audit log (contract 9.6, `audit-log`): who changed what there.
struct ServerAuditEntry
{
    QString id;
    QString organizationId;
    std::optional<QString> actorId; ///< null: done by the system
    std::optional<QString> actorEmail;
    QString action; ///< e.g. "member.role_changed"
    QString targetType;
    std::optional<QString> targetId;
    std::optional<QString> ipAddress;
    std::optional<QString> userAgent;
    std::optional<bool> success;
    QString metadata; ///< compact JSON text of `metadata`; empty when null
    std::optional<QDateTime> createdAt;
};

/// One page of the audit log with the server's paging (1-based).
struct ServerAuditPage
{
    QList<ServerAuditEntry> entries;
    qint64 page = 1;
    qint64 limit = 50;
    qint64 total = 0;
    qint64 totalPages = 0;
    bool hasNext = false;
    bool hasPrevious = false;
};

} // namespace UserAdmin
