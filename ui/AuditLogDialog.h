// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace UserAdmin {

class AuditJournal;
class AuditJournalModel;

/// Shows the audit journal of this computer (newest first) and copies it for a ticket.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(const AuditJournal& journal, QWidget* parent = nullptr);

    AuditJournalModel* model() const { return m_model; }
    /// Reads the journal file again.
    void reload();

private:
    const AuditJournal& m_journal;
    AuditJournalModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace UserAdmin
