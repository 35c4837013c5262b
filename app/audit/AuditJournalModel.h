// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditAction.h"

#include <QAbstractTableModel>
#include <QList>

class QIODevice;

namespace UserAdmin {

/// The audit journal as a table of actions (attempt, outcome and follow-ups in one row), newest first, rendered in
/// the current language from the journal's facts.
class AuditJournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OrganizationColumn,
        AccountColumn,
        OutcomeColumn,
        CountColumn,
        ReasonColumn,
        BatchColumn,
        ActorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditJournalModel(QObject* parent = nullptr);

    /// Replaces the rows; `entries` oldest first, as AuditJournal returns them.
    void setEntries(const QList<AuditEntry>& entries);
    /// Entries from this journal position on cannot be trusted (0: all can); shown in the rows' tooltips.
    void setUntrustedFrom(qint64 number);
    const AuditAction& actionAt(int row) const { return m_actions.at(row); }

    /// The header and the given rows as tab-separated text with exact UTC times, for the clipboard.
    QString toTabSeparated(const QList<int>& rows) const;
    /// The header and the given rows as CSV (see CsvWriter). False, with `error`, when the device failed.
    bool writeCsv(QIODevice* device, const QList<int>& rows, QString* error = nullptr) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// `exact`: times in UTC and batch ids in full, for copies and exports.
    QString cellText(const AuditAction& action, int column, bool exact) const;
    QStringList header() const;
    QStringList rowCells(int row) const;
    QString trustNote(const AuditAction& action) const;

    QList<AuditAction> m_actions;
    qint64 m_untrustedFrom = 0;
};

} // namespace UserAdmin
