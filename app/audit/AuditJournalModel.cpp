// SPDX-License-Identifier: MIT
#include "audit/AuditJournalModel.h"

#include "audit/AuditActionText.h"
#include "format/CsvWriter.h"
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
    m_actions = AuditAction::fromEntries(entries);
    std::reverse(m_actions.begin(), m_actions.end());
    endResetModel();
}

void AuditJournalModel::setUntrustedFrom(qint64 number)
{
    if (m_untrustedFrom == number)
        return;
    m_untrustedFrom = number;
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

int AuditJournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int AuditJournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditJournalModel::cellText(const AuditAction& action, int column, bool exact) const
{
    const AuditEntry& subject = action.subject;
    switch (column) {
    case TimeColumn:
        if (!subject.time.isValid())
            return DisplayText::unknown();
        return exact ? DisplayText::exactUtc(subject.time) : DisplayText::localDateTime(subject.time);
    case OrganizationColumn:
        return subject.organization;
    case AccountColumn:
        return subject.targetEmail.isEmpty() ? subject.targetId : subject.targetEmail;
    case OutcomeColumn:
        return AuditActionText::action(action);
    case CountColumn:
        if (action.state() != AuditAction::State::Revoked)
            return {};
        return action.outcome->outcome->count ? QLocale().toString(*action.outcome->outcome->count)
                                              : DisplayText::unknown();
    case ReasonColumn:
        return subject.reason;
    case BatchColumn:
        if (subject.batchId.isNull())
            return {};
        // The first group of the id tells batches apart on screen; copies carry the whole id.
        return exact ? subject.batchId.toString(QUuid::WithoutBraces)
                     : subject.batchId.toString(QUuid::WithoutBraces).left(8);
    case ActorColumn:
        return subject.actor;
    }
    return {};
}

QString AuditJournalModel::trustNote(const AuditAction& action) const
{
    if (m_untrustedFrom > 0 && action.lastNumber >= m_untrustedFrom) {
        //: Tooltip of a row of the audit journal
        return tr("Recorded at or after the point where the journal was changed: this row cannot be trusted.");
    }
    if (action.unchained)
        return tr("Recorded before the journal was protected: this row cannot be checked.");
    return {};
}

QVariant AuditJournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditAction& action = m_actions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(action, index.column(), false);
    case Qt::ToolTipRole: {
        QString tip;
        switch (index.column()) {
        case TimeColumn:
            tip = action.subject.time.isValid() ? DisplayText::exactUtc(action.subject.time) : QString();
            break;
        case AccountColumn:
            tip = action.subject.targetId;
            break;
        case BatchColumn:
            tip = cellText(action, BatchColumn, true);
            break;
        default:
            tip = cellText(action, index.column(), false);
            break;
        }
        const QString note = trustNote(action);
        if (!note.isEmpty())
            tip = tip.isEmpty() ? note : tip + QLatin1Char('\n') + note;
        return plainTooltip(tip);
    }
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
    case AccountColumn:
        //: Column of the audit journal: the end-user's account the action was about
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    case CountColumn:
        //: Column of the audit journal: how many sessions were revoked
        return tr("Sessions");
    case ReasonColumn:
        //: Column of the audit journal: the reason the person gave (e.g. a ticket number)
        return tr("Reason");
    case BatchColumn:
        //: Column of the audit journal: the id of a bulk revocation the action was part of
        return tr("Batch");
    case ActorColumn:
        //: Column of the audit journal: the member who acted
        return tr("By");
    }
    return {};
}

QStringList AuditJournalModel::header() const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << headerData(column, Qt::Horizontal).toString();
    return cells;
}

QStringList AuditJournalModel::rowCells(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << cellText(m_actions.at(row), column, true);
    return cells;
}

QString AuditJournalModel::toTabSeparated(const QList<int>& rows) const
{
    auto line = [](QStringList cells) {
        // A tab or line break inside user data would break the columns of the pasted text.
        for (QString& cell : cells) {
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\r'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    QString text = line(header());
    for (int row : rows)
        text += line(rowCells(row));
    return text;
}

bool AuditJournalModel::writeCsv(QIODevice* device, const QList<int>& rows, QString* error) const
{
    CsvWriter writer(device);
    bool ok = writer.writeRow(header());
    for (int row : rows)
        ok = ok && writer.writeRow(rowCells(row));
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace UserAdmin
