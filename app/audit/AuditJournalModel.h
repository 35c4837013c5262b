// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace UserAdmin {

/// The audit journal as a table, newest entry first, for reading back what was done and copying it into a ticket.
class AuditJournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OrganizationColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        CountColumn,
        ActorColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditJournalModel(QObject* parent = nullptr);

    /// Replaces the rows; `entries` oldest first, as AuditJournal::entries() returns them.
    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    /// Every row as tab-separated text with a header line (exact UTC times), for the clipboard.
    QString toTabSeparated() const;

    static QString actionText(const QString& action);
    static QString outcomeText(AuditEntry::Outcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
};

} // namespace UserAdmin
