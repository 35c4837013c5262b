// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

class Database;

/// Organizations, memberships and services (contract section 5).
class Directory
{
public:
    struct Organization
    {
        qint64 rid = 0;
        QString id;
        QString slug;
        QString status;
    };

    explicit Directory(Database& database);

    std::optional<Organization> organizationBySlug(const QString& slug) const;
    /// The member's role in the organization; empty when not a member.
    QString roleOf(qint64 orgRid, qint64 userRid) const;
    /// One element of GET /api/organizations: {organization, membership_count, service_count, tier}.
    QJsonObject organizationEntry(qint64 orgRid) const;
    /// The caller's organizations, oldest membership first; status empty means any.
    QJsonArray organizationsOf(qint64 userRid, const std::optional<QString>& status, qint64 limit, qint64 offset) const;
    QJsonObject members(qint64 orgRid, const std::optional<QString>& role, qint64 limit, qint64 offset) const;
    QJsonObject services(qint64 orgRid,
                         const std::optional<QString>& serviceType,
                         std::optional<qint64> limit,
                         qint64 offset) const;
    /// Emails of every member account (for the activation page).
    QStringList memberEmails() const;

private:
    Database& m_database;
};

} // namespace UserAdmin::DevServer
