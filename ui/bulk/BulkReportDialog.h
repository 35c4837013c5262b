// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRevocation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace UserAdmin {

/// The report at the end of a bulk revocation: a line of totals, a table with one outcome per account (revoked
/// with the server's count; not revoked and why, with the server's words; unknown; not sent), "Retry the ones that
/// were not revoked" (never the unknown ones: those need a look at the account first), Copy and Save as CSV.
class BulkReportDialog : public QDialog
{
    Q_OBJECT
public:
    BulkReportDialog(const BulkRevocation& revocation, const QString& organizationName, QWidget* parent = nullptr);

    QString summary() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* retryButton() const { return m_retry; }
    /// The table as tab-separated text, header first (what Copy puts on the clipboard).
    QString tableText() const;
    /// Writes the table as CSV; false with `error` when the file cannot be written.
    bool saveCsv(const QString& path, QString* error = nullptr) const;

    /// One word or two for an account's outcome ("Revoked", "Not revoked", "Unknown", "Not sent").
    static QString statusText(BulkRevocation::Status status);
    /// Why, in a sentence, with the server's words where it sent some.
    static QString detailText(const BulkRevocation::Item& item);

signals:
    /// "Retry the ones that were not revoked": a new confirmation for exactly these accounts.
    void retryRequested(const QList<UserAdmin::BulkRevocation::Target>& targets, const QString& reason);

private:
    QStringList headers() const;
    QList<QStringList> rows() const;
    void copy();
    void save();

    QList<BulkRevocation::Target> m_retryable;
    QString m_reason;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace UserAdmin
