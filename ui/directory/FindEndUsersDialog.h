// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "directory/DirectoryExport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace UserAdmin {

class LocalDirectory;

/// Edit → Find end-users…: paste an incident's list (one address a line, or any text with addresses in it) and see
/// which are end-users of the organization: found (id, created, last login, services), not found, found more than
/// once. Answered from the local copy (with a connection of its own). The found end-users can be exported and
/// chosen for an action (foundUsersChosen; bulk revocation takes them).
class FindEndUsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FindEndUsersDialog(QWidget* parent = nullptr);
    ~FindEndUsersDialog() override;

    /// The local copy to search (empty path: not ready yet, the dialog says so).
    void setDirectory(const QString& databasePath, const QString& organizationName);
    void setText(const QString& text);
    /// Looks the pasted addresses up.
    void find();

    const QList<FoundAddress>& results() const { return m_results; }
    /// The end-users found (each once; those found more than once included).
    QList<EndUserSummary> foundUsers() const;
    QString summaryText() const;

signals:
    void foundUsersChosen(const QList<UserAdmin::EndUserSummary>& users);

private:
    void showResults();
    void exportResults();
    void updateButtons();

    std::unique_ptr<LocalDirectory> m_db;
    QString m_organizationName;
    QPlainTextEdit* m_text = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_choose = nullptr;
    QList<FoundAddress> m_results;
};

} // namespace UserAdmin
