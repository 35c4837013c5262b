// SPDX-License-Identifier: MIT
#include "models/OrganizationListModel.h"

#include "api/ApiClient.h"
#include "api/ListOrganizationsJob.h"
#include "api/MemberRoleJob.h"
#include "core/Logging.h"

namespace UserAdmin {

OrganizationListModel::OrganizationListModel(ApiClient* client, QObject* parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_lastError.needsAuthentication() && !isLoading())
                reload();
            else
                requestMissingRoles();
        });
    }
}

OrganizationListModel::~OrganizationListModel()
{
    abandonJob(m_job);
    for (auto& job : m_roleJobs)
        abandonJob(job);
}

int OrganizationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString OrganizationListModel::roleName(MemberRole role)
{
    switch (role.value()) {
    case MemberRole::Value::Owner:
        //: The member's role in an organization
        return tr("Owner");
    case MemberRole::Value::Admin:
        //: The member's role in an organization
        return tr("Admin");
    case MemberRole::Value::Custom:
        return role.toString(); // the organization's own name for it
    case MemberRole::Value::Member:
        break;
    }
    //: The member's role in an organization
    return tr("Member");
}

QString OrganizationListModel::statusName(const Organization& organization)
{
    switch (organization.status) {
    case Organization::Status::Active:
        //: Status of an organization
        return tr("active");
    case Organization::Status::Pending:
        //: Status of an organization (waiting for approval)
        return tr("pending");
    case Organization::Status::Suspended:
        //: Status of an organization
        return tr("suspended");
    case Organization::Status::Rejected:
        //: Status of an organization
        return tr("rejected");
    case Organization::Status::Other:
        break;
    }
    return organization.statusText;
}

QVariant OrganizationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_rows.at(index.row());
    const Organization& organization = entry.organization;
    const QString name = organization.displayName();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = name;
        if (entry.role)
            //: %1 is an organization's name, %2 the member's role in it: "Acme Corp — Admin"
            text = tr("%1 — %2").arg(name, roleName(*entry.role));
        if (!organization.isActive())
            //: %1 is "Acme Corp — Admin", %2 the organization's status such as "suspended"
            text = tr("%1 (%2)").arg(text, statusName(organization));
        return text;
    }
    case Qt::ToolTipRole:
        return organization.slug;
    case SlugRole:
        return organization.slug;
    default:
        return {};
    }
}

int OrganizationListModel::rowForSlug(const QString& slug) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).organization.slug == slug)
            return row;
    }
    return -1;
}

std::optional<MemberRole> OrganizationListModel::roleFor(const QString& slug) const
{
    const int row = rowForSlug(slug);
    return row < 0 ? std::nullopt : m_rows.at(row).role;
}

OrganizationListModel::RoleState OrganizationListModel::roleStateFor(const QString& slug) const
{
    const int row = rowForSlug(slug);
    return row < 0 ? RoleState::Unknown : m_rows.at(row).roleState;
}

void OrganizationListModel::setRole(const QString& slug, const MemberRole& role)
{
    const int row = rowForSlug(slug);
    if (row < 0)
        return;
    if (auto running = m_roleJobs.take(slug))
        abandonJob(running);
    m_rows[row].role = role;
    m_rows[row].roleState = RoleState::Known;
    const QModelIndex cell = index(row);
    emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::AccessibleTextRole});
    emit roleChanged(slug);
}

std::optional<QStringList> OrganizationListModel::permissionsFor(const QString& slug) const
{
    const int row = rowForSlug(slug);
    return row < 0 ? std::nullopt : m_rows.at(row).permissions;
}

void OrganizationListModel::setPermissions(const QString& slug, const QStringList& permissions)
{
    const int row = rowForSlug(slug);
    if (row < 0)
        return;
    m_rows[row].permissions = permissions;
    emit roleChanged(slug);
}

std::optional<bool> OrganizationListModel::mayViewEndUsers(const QString& slug) const
{
    if (const auto permissions = permissionsFor(slug)) {
        return permissions->contains(QLatin1String("end_users.view"))
            || permissions->contains(QLatin1String("end_users.manage"));
    }
    // Older servers let every member read; the server decides in any case.
    return roleFor(slug).has_value() ? std::optional<bool>(true) : std::nullopt;
}

std::optional<bool> OrganizationListModel::mayRevokeSessions(const QString& slug) const
{
    if (const auto permissions = permissionsFor(slug))
        return permissions->contains(QLatin1String("end_users.manage"));
    if (const auto role = roleFor(slug))
        return role->canRevokeSessions();
    return std::nullopt;
}

void OrganizationListModel::setMemberUserId(const QString& id)
{
    if (id == m_memberUserId)
        return;
    m_memberUserId = id;
    for (int row = 0; row < m_rows.size(); ++row) {
        Entry& entry = m_rows[row];
        if (!entry.organization.role) {
            entry.role.reset();
            entry.roleState = RoleState::Unknown;
        }
    }
    requestMissingRoles();
}

void OrganizationListModel::reload()
{
    if (!m_client)
        return;
    abandonJob(m_job);
    auto* job = new ListOrganizationsJob(m_client);
    m_job = job;
    emit loadingChanged(true);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job = nullptr;
        emit loadingChanged(false);
        if (!job->succeeded()) {
            m_lastError = job->error();
            emit loadFailed(m_lastError);
            return;
        }
        m_lastError = ApiError();
        // Roles already known stay (they are asked again after a 403): a reload need not look them all up anew.
        QHash<QString, MemberRole> knownRoles;
        QHash<QString, QStringList> knownPermissions;
        for (const Entry& entry : std::as_const(m_rows)) {
            if (entry.role && entry.roleState == RoleState::Known)
                knownRoles.insert(entry.organization.slug, *entry.role);
            if (entry.permissions)
                knownPermissions.insert(entry.organization.slug, *entry.permissions);
        }
        beginResetModel();
        m_rows.clear();
        for (const Organization& organization : job->organizations()) {
            Entry entry;
            entry.organization = organization;
            entry.role = organization.role;
            if (!entry.role && knownRoles.contains(organization.slug))
                entry.role = knownRoles.value(organization.slug);
            entry.roleState = entry.role ? RoleState::Known : RoleState::Unknown;
            if (knownPermissions.contains(organization.slug))
                entry.permissions = knownPermissions.value(organization.slug);
            m_rows.append(entry);
        }
        m_loaded = true;
        endResetModel();
        emit loaded();
        requestMissingRoles();
    });
    job->start();
}

void OrganizationListModel::refreshRole(const QString& slug)
{
    const int row = rowForSlug(slug);
    if (row >= 0)
        requestRole(row);
}

void OrganizationListModel::requestMissingRoles()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const RoleState state = m_rows.at(row).roleState;
        if (state == RoleState::Unknown || state == RoleState::Failed)
            requestRole(row);
    }
}

void OrganizationListModel::requestRole(int row)
{
    if (!m_client || m_memberUserId.isEmpty())
        return;
    const QString slug = m_rows.at(row).organization.slug;
    if (auto running = m_roleJobs.take(slug))
        abandonJob(running);
    auto* job = new MemberRoleJob(m_client, slug, m_memberUserId);
    m_roleJobs.insert(slug, job);
    m_rows[row].roleState = RoleState::Loading;
    connect(job, &ApiJob::finished, this, [this, job, slug] {
        m_roleJobs.remove(slug);
        const int current = rowForSlug(slug);
        if (current < 0)
            return;
        Entry& entry = m_rows[current];
        if (!job->succeeded()) {
            entry.roleState = RoleState::Failed;
            emit roleFailed(slug, job->error());
            return;
        }
        const bool changed = entry.role != job->role();
        entry.role = job->role();
        entry.roleState = RoleState::Known;
        const QModelIndex cell = index(current);
        emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::AccessibleTextRole});
        emit roleChanged(slug);
        if (changed)
            qCDebug(lcApi) << "role in" << slug << "is now" << job->role().toString();
    });
    job->start();
}

} // namespace UserAdmin
