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
    /// The capabilities of the member's role in the organization (contract 9.4); empty when not a member.
    QStringList permissionsOf(qint64 orgRid, qint64 userRid) const;
    /// The roles an organization can give: the built-in ones and its own, each with its permissions.
    QJsonArray roles(qint64 orgRid) const;
    /// {id, org_id, user_id, role, created_at} of the membership, or nullopt.
    std::optional<QJsonObject> membership(qint64 orgRid, qint64 userRid) const;
    /// Gives the member that role (adding the membership if needed); an empty role removes the membership.
    /// False when the role does not exist in the organization.
    bool setRole(qint64 orgRid, qint64 userRid, const QString& role);
    /// One element of GET /api/organizations: {organization, membership_count, service_count, tier}.
    QJsonObject organizationEntry(qint64 orgRid) const;
    /// The caller's organizations, oldest membership first; status empty means any.
    QJsonArray organizationsOf(qint64 userRid, const std::optional<QString>& status, qint64 limit, qint64 offset) const;
    QJsonObject members(qint64 orgRid, const std::optional<QString>& role, qint64 limit, qint64 offset) const;
    /// baseUrl completes relative device activation addresses.
    QJsonObject services(qint64 orgRid,
                         const std::optional<QString>& serviceType,
                         std::optional<qint64> limit,
                         qint64 offset,
                         const QString& baseUrl) const;
    struct DeviceService
    {
        qint64 rid = 0;
        QString clientId;
        QString activationUri; // relative to the server when it starts with '/'
    };
    /// A service of an organization by slugs, for the service device flow.
    std::optional<DeviceService> deviceService(const QString& orgSlug, const QString& serviceSlug) const;
    /// Emails of every member account (for the activation page).
    QStringList memberEmails() const;

private:
    Database& m_database;
};

} // namespace UserAdmin::DevServer
