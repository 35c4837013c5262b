// SPDX-License-Identifier: MIT
#include "audit/AuditJournalModel.h"

#include "format/DisplayText.h"
#include "models/PlainTooltip.h"

#include <QLocale>

#include <algorithm>

namespace UserAdmin {

AuditJournalModel::AuditJournalModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditJournalModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QString AuditJournalModel::actionText(const QString& action)
{
    if (action == QLatin1String("revoke_sessions"))
        //: An action in the audit journal
        return tr("Revoke sessions");
    return action;
}

QString AuditJournalModel::outcomeText(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Attempted:
        //: Outcome in the audit journal: the request was about to be sent
        return tr("Attempted");
    case AuditEntry::Outcome::Succeeded:
        return tr("Succeeded");
    case AuditEntry::Outcome::Failed:
        return tr("Failed");
    case AuditEntry::Outcome::Unknown:
        //: Outcome in the audit journal: the connection failed before the answer
        return tr("Outcome unknown");
    }
    return tr("Outcome unknown");
}

int AuditJournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditJournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditJournalModel::cellText(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.isValid() ? DisplayText::localWithRelative(entry.time) : DisplayText::unknown();
    case OrganizationColumn:
        return entry.organization;
    case ActionColumn:
        return actionText(entry.action);
    case TargetColumn:
        return entry.targetEmail.isEmpty() ? entry.targetId : entry.targetEmail;
    case OutcomeColumn:
        return outcomeText(entry.outcome);
    case CountColumn:
        return entry.count ? QLocale().toString(*entry.count) : QString();
    case ActorColumn:
        return entry.actor;
    case DetailColumn:
        return entry.detail;
    }
    return {};
}

QVariant AuditJournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return DisplayText::exactUtc(entry.time);
        if (index.column() == TargetColumn)
            return plainTooltip(entry.targetId);
        if (index.column() == DetailColumn)
            return plainTooltip(entry.detail);
        return {};
    default:
        return {};
    }
}

QVariant AuditJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OrganizationColumn:
        return tr("Organization");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("End-user");
    case OutcomeColumn:
        return tr("Outcome");
    case CountColumn:
        //: Column of the audit journal: how many sessions were revoked
        return tr("Sessions");
    case ActorColumn:
        //: Column of the audit journal: the member who acted
        return tr("By");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

QString AuditJournalModel::toTabSeparated() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const AuditEntry& entry : m_entries) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            QString text = column == TimeColumn ? DisplayText::exactUtc(entry.time) : cellText(entry, column);
            // A tab or newline inside user data would break the columns of the pasted text.
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace UserAdmin
