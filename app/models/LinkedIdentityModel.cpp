// SPDX-License-Identifier: MIT
#include "models/LinkedIdentityModel.h"

#include "format/DisplayText.h"
#include "models/PlainTooltip.h"

namespace UserAdmin {

LinkedIdentityModel::LinkedIdentityModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int LinkedIdentityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkedIdentityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkedIdentityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkedIdentity& identity = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ProviderColumn:
            return identity.provider;
        case ProviderUserIdColumn:
            return identity.providerUserId;
        case EmailColumn:
            return identity.email ? *identity.email : DisplayText::unknown();
        case LinkedAtColumn:
            return DisplayText::timestamp(identity.linkedAt, false);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ProviderUserIdColumn:
            return plainTooltip(identity.providerUserId);
        case EmailColumn:
            return identity.email ? plainTooltip(*identity.email) : QString();
        case LinkedAtColumn:
            return DisplayText::timestampTooltip(identity.linkedAt);
        default:
            return {};
        }
    }
    return {};
}

QVariant LinkedIdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        //: Column header: identity provider such as github or google
        return tr("Provider");
    case ProviderUserIdColumn:
        //: Column header: the user's id at the identity provider
        return tr("Provider user id");
    case EmailColumn:
        //: Column header: the email the identity provider reported
        return tr("Email");
    case LinkedAtColumn:
        //: Column header: when the provider account was linked
        return tr("Linked at");
    default:
        return {};
    }
}

void LinkedIdentityModel::setIdentities(const QList<LinkedIdentity>& identities)
{
    beginResetModel();
    m_rows = identities;
    endResetModel();
}

} // namespace UserAdmin
