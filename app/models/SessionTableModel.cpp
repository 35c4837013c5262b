// SPDX-License-Identifier: MIT
#include "models/SessionTableModel.h"

#include "format/DisplayText.h"
#include "format/UserAgentText.h"
#include "models/PlainTooltip.h"

#include <algorithm>

namespace UserAdmin {

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SessionTableModel::activeCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [this](const EndUserSession& session) { return session.isActiveAt(m_now); }));
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndUserSession& session = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ServiceColumn:
            if (session.serviceName)
                return *session.serviceName;
            //: A session tied to the organization itself rather than to one of its services
            return session.organization ? tr("Organization (%1)").arg(*session.organization) : DisplayText::unknown();
        case IpColumn:
            return session.ipAddress.value_or(DisplayText::unknown());
        case DeviceColumn: {
            const QString device = UserAgentText::shortForm(session.userAgent.value_or(QString()));
            return device.isEmpty() ? DisplayText::unknown() : device;
        }
        case CreatedColumn:
            return DisplayText::timestamp(session.createdAt, false);
        case ExpiresColumn:
            return DisplayText::timestamp(session.expiresAt, false);
        case StatusColumn:
            //: State of a session in the sessions table
            return session.isActiveAt(m_now) ? tr("Active") : tr("Expired");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DeviceColumn:
            return plainTooltip(session.userAgent.value_or(QString()));
        case CreatedColumn:
            return DisplayText::timestampTooltip(session.createdAt);
        case ExpiresColumn:
            return DisplayText::timestampTooltip(session.expiresAt);
        default:
            return {};
        }
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        //: Column header: the service a session belongs to
        return tr("Service");
    case IpColumn:
        //: Column header
        return tr("IP address");
    case DeviceColumn:
        //: Column header: browser and system the session was opened from
        return tr("Device");
    case CreatedColumn:
        //: Column header: when the session began
        return tr("Created");
    case ExpiresColumn:
        //: Column header: when the session ends
        return tr("Expires");
    case StatusColumn:
        //: Column header: active or expired
        return tr("Status");
    default:
        return {};
    }
}

void SessionTableModel::setSessions(const QList<EndUserSession>& sessions, const QDateTime& now)
{
    beginResetModel();
    m_now = now;
    m_rows = sessions;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&now](const EndUserSession& a, const EndUserSession& b) {
        const bool activeA = a.isActiveAt(now);
        const bool activeB = b.isActiveAt(now);
        if (activeA != activeB)
            return activeA;
        return a.createdAt.value_or(QDateTime()) > b.createdAt.value_or(QDateTime());
    });
    endResetModel();
}

} // namespace UserAdmin
