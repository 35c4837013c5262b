// SPDX-License-Identifier: MIT
#include "models/ServiceUsageModel.h"

#include "format/DisplayText.h"
#include "models/PlainTooltip.h"

namespace UserAdmin {

ServiceUsageModel::ServiceUsageModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ServiceUsageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceUsage& service = m_rows.at(index.row());
    const bool missingMeansNever = m_shape == ResponseShape::Seed;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return service.displayName();
        case SlugColumn:
            return service.slug;
        case FirstLoginColumn:
            return DisplayText::timestamp(service.firstLoginAt, missingMeansNever);
        case LastLoginColumn:
            if (m_shape == ResponseShape::Platform2026) {
                // Derived from the recent sign-ins: only as far back as the last 20 reach.
                if (!service.lastLoginAt)
                    return tr("Not among the last 20 sign-ins");
                //: %1 is a date and time
                return tr("%1 (within the last 20 sign-ins)").arg(DisplayText::timestamp(service.lastLoginAt, false));
            }
            return DisplayText::timestamp(service.lastLoginAt, missingMeansNever);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: {
            QString text = service.name;
            if (service.planName)
                //: %1 is a service name, %2 the subscription plan's name
                text = tr("%1, plan: %2").arg(text, *service.planName);
            if (service.status)
                //: %1 is a service name (and plan), %2 the subscription's status
                text = tr("%1, subscription: %2").arg(text, *service.status);
            return plainTooltip(text);
        }
        case FirstLoginColumn:
            return DisplayText::timestampTooltip(service.firstLoginAt);
        case LastLoginColumn:
            return DisplayText::timestampTooltip(service.lastLoginAt);
        default:
            return {};
        }
    }
    return {};
}

QVariant ServiceUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Column header: a service's display name
        return tr("Name");
    case SlugColumn:
        //: Column header: a service's short identifier
        return tr("Slug");
    case FirstLoginColumn:
        //: Column header: first sign-in through this service
        return tr("First login");
    case LastLoginColumn:
        //: Column header: last sign-in through this service
        return tr("Last login");
    default:
        return {};
    }
}

void ServiceUsageModel::setServices(const QList<ServiceUsage>& services, ResponseShape shape)
{
    beginResetModel();
    m_rows = services;
    m_shape = shape;
    endResetModel();
}

} // namespace UserAdmin
