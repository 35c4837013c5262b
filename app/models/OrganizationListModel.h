// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/MemberRole.h"
#include "api/Organization.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace UserAdmin {

class ApiClient;
class ListOrganizationsJob;
class MemberRoleJob;

/// Every organization of the signed-in member with the member's role and the organization's status,
/// e.g. "Acme Corp — Admin" or "Initech — Admin (suspended)". It keeps each role once known (contract 5.3) and asks
/// again on refreshRole() (after any 403). Loads that failed for want of a valid sign-in run again on resume.
class OrganizationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SlugRole = Qt::UserRole + 1 };
    enum class RoleState { Unknown, Loading, Known, Failed };

    explicit OrganizationListModel(ApiClient* client, QObject* parent = nullptr);
    ~OrganizationListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const Organization& organizationAt(int row) const { return m_rows.at(row).organization; }
    int rowForSlug(const QString& slug) const;
    /// The member's role in that organization, once known.
    std::optional<MemberRole> roleFor(const QString& slug) const;
    RoleState roleStateFor(const QString& slug) const;
    /// The role as another answer said it (the 2026 server's organization selection).
    void setRole(const QString& slug, const MemberRole& role);
    /// [2026] the capabilities the member holds there (contract 9.4); nullopt while the server has not said.
    std::optional<QStringList> permissionsFor(const QString& slug) const;
    void setPermissions(const QString& slug, const QStringList& permissions);
    /// Whether the member may view / revoke end-users there: from the capabilities when the server reported them,
    /// else from the role (any member may view on older servers; owners and admins revoke). nullopt: not known yet.
    std::optional<bool> mayViewEndUsers(const QString& slug) const;
    std::optional<bool> mayRevokeSessions(const QString& slug) const;
    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    const ApiError& lastError() const { return m_lastError; }

    /// The signed-in member's user id (the token's `sub`): needed to find the member's role.
    void setMemberUserId(const QString& id);
    QString memberUserId() const { return m_memberUserId; }

    static QString roleName(MemberRole role);
    static QString statusName(const Organization& organization);

public slots:
    void reload();
    /// Asks the server for the member's role in `slug` again (e.g. after a 403).
    void refreshRole(const QString& slug);

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const UserAdmin::ApiError& error);
    void roleChanged(const QString& slug);
    void roleFailed(const QString& slug, const UserAdmin::ApiError& error);

private:
    struct Entry
    {
        Organization organization;
        std::optional<MemberRole> role;
        RoleState roleState = RoleState::Unknown;
        std::optional<QStringList> permissions;
    };

    void requestRole(int row);
    void requestMissingRoles();

    QPointer<ApiClient> m_client;
    QPointer<ListOrganizationsJob> m_job;
    QHash<QString, QPointer<MemberRoleJob>> m_roleJobs;
    QList<Entry> m_rows;
    QString m_memberUserId;
    ApiError m_lastError;
    bool m_loaded = false;
};

} // namespace UserAdmin
