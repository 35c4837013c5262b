// SPDX-License-Identifier: MIT
#include "audit/AuditTrailModel.h"

#include "audit/AuditActionText.h"
#include "format/DisplayText.h"
#include "models/PlainTooltip.h"

#include <algorithm>

namespace UserAdmin {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::sourceName(Source source)
{
    //: Where an audit entry came from: the server's audit log, or this computer's journal
    return source == Source::Server ? tr("server") : tr("this computer");
}

AuditTrailModel::Row AuditTrailModel::fromServer(const ServerAuditEntry& entry)
{
    Row row;
    row.source = Source::Server;
    row.time = entry.createdAt.value_or(QDateTime());
    row.actor = entry.actorEmail.value_or(entry.actorId.value_or(
        //: The actor of a server audit entry written by the server itself
        tr("System")));
    row.action = entry.action;
    const QString id = entry.targetId.value_or(QString());
    //: %1 is the kind of thing changed (e.g. "member"), %2 its id
    row.target = entry.targetType.isEmpty() ? id
        : id.isEmpty()                      ? entry.targetType
                                            : tr("%1 %2").arg(entry.targetType, id);
    row.result = !entry.success ? DisplayText::unknown() : *entry.success ? tr("Succeeded") : tr("Failed");
    row.address = entry.ipAddress.value_or(QString());
    row.details = entry.metadata;
    return row;
}

AuditTrailModel::Row AuditTrailModel::fromJournal(const AuditAction& action)
{
    Row row;
    row.source = Source::ThisComputer;
    row.time = action.subject.time;
    row.actor = action.subject.actor;
    row.action = AuditActionText::actionName(action.subject.action);
    row.target = action.subject.targetEmail.isEmpty()
        ? action.subject.targetId
        //: %1 is an end-user's email, %2 their id
        : tr("%1 (%2)").arg(action.subject.targetEmail, action.subject.targetId);
    row.result = AuditActionText::action(action);
    row.details = action.subject.reason;
    return row;
}

void AuditTrailModel::setRows(const QList<ServerAuditEntry>& server, const QList<AuditAction>& local)
{
    beginResetModel();
    m_rows.clear();
    for (const ServerAuditEntry& entry : server)
        m_rows << fromServer(entry);
    for (const AuditAction& action : local)
        m_rows << fromJournal(action);
    // Newest first; an unknown time last. Stable: the server's own order stays among equal times.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time > b.time;
    });
    endResetModel();
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return row.time.isValid() ? DisplayText::localDateTime(row.time) : DisplayText::unknown();
        case SourceColumn:
            return sourceName(row.source);
        case ActorColumn:
            return row.actor;
        case ActionColumn:
            return row.action;
        case TargetColumn:
            return row.target;
        case ResultColumn:
            return row.result;
        case AddressColumn:
            return row.address;
        case DetailsColumn:
            return row.details;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn && row.time.isValid())
            return DisplayText::exactUtc(row.time);
        if (index.column() == ResultColumn || index.column() == DetailsColumn || index.column() == TargetColumn)
            return plainTooltip(data(index, Qt::DisplayRole).toString());
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        //: Column: where an audit entry came from ("server" or "this computer")
        return tr("Source");
    case ActorColumn:
        //: Column: who did it
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case AddressColumn:
        return tr("IP address");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace UserAdmin
