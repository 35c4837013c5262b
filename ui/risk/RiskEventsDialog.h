// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserSummary.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace UserAdmin {

class ApiClient;
class ListRiskEventsJob;
class RiskEventTableModel;

/// "Risky sign-ins": the organization's risk-scored sign-ins (contract 9.6), newest first, with a minimum-score
/// filter and paging. The server answers a bare array without a total and counts pages from 0, so the pager says
/// whether more may follow rather than "of N". Opening a row shows that account in the detail pane
/// (accountOpened); the selected events' accounts can be handed to a bulk revocation (revocationRequested).
class RiskEventsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 50;

    RiskEventsDialog(ApiClient* client,
                     const QString& slug,
                     const QString& organizationName,
                     QWidget* parent = nullptr);
    ~RiskEventsDialog() override;

    QString organization() const { return m_slug; }
    RiskEventTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSpinBox* minimumScoreBox() const { return m_minScore; }
    /// The page shown, counted from 0 as the server counts.
    qint64 page() const { return m_page; }
    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    /// Loads page `page` (from 0) with the current minimum score.
    void loadPage(qint64 page);
    void reload() { loadPage(m_page); }
    void setMinimumScore(int score);
    /// Events per page (1..100); loads the first page again.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    /// Shows the account of `row` in the detail pane.
    void openRow(int row);
    /// The distinct accounts of the selected rows: ids and emails (an empty email when the server names none).
    QStringList selectedUserIds() const;
    QStringList selectedEmails() const;

signals:
    void accountOpened(const UserAdmin::EndUserSummary& user);
    /// The person asked to revoke the sessions of the selected events' accounts (ids and emails side by side).
    void revocationRequested(const QStringList& userIds, const QStringList& emails);
    /// The server refused (403): the window looks the capabilities up again.
    void accessRefused(const UserAdmin::ApiError& error);

private:
    void onFinished();
    void updateButtons();

    QPointer<ApiClient> m_client;
    QString m_slug;
    RiskEventTableModel* m_model = nullptr;
    QSpinBox* m_minScore = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_revoke = nullptr;
    QPointer<ListRiskEventsJob> m_job;
    qint64 m_page = 0;
    int m_pageSize = DefaultPageSize;
    bool m_mayHaveMore = false;
    bool m_loaded = false;
};

} // namespace UserAdmin
