// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace UserAdmin {

class AuditJournal;
class AuditJournalFilterModel;
class AuditJournalModel;
class ApiClient;
class ServerAuditLogPage;

/// Shows the audit journal of this computer, one row per action (newest first), with the result of its chain check;
/// filters by account, outcome, batch and dates; copies the selected rows and exports the shown ones as CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(const AuditJournal& journal, QWidget* parent = nullptr);

    AuditJournalModel* model() const { return m_model; }
    AuditJournalFilterModel* filterModel() const { return m_filter; }
    /// Reads the journal file again and checks its chain.
    void reload();
    /// Copies the selected rows (tab-separated, with a header) to the clipboard.
    void copySelectedRows();
    /// Writes the shown rows to `path` as CSV. False when it could not be written (the person has been told).
    bool exportCsv(const QString& path);
    /// Adds the "Server audit log" tab for organization `slug` of `server` (an origin); `unavailable` says why the
    /// server's log cannot be shown (empty when it can).
    ServerAuditLogPage*
    addServerLog(ApiClient* client, const QString& server, const QString& slug, const QString& unavailable);
    ServerAuditLogPage* serverLog() const { return m_serverLog; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void chooseExportFile();
    void applyFilters();
    void fillBatches();

    const AuditJournal& m_journal;
    AuditJournalModel* m_model = nullptr;
    AuditJournalFilterModel* m_filter = nullptr;
    QLabel* m_verification = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_account = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_batch = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    ServerAuditLogPage* m_serverLog = nullptr;
    QDate m_spanFrom; ///< the journal's first day at the last reload
    QDate m_spanTo;
};

} // namespace UserAdmin
