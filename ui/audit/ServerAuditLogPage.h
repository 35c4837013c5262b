// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ServerAuditEntry.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace UserAdmin {

class ApiClient;
class AuditJournal;
class AuditTrailModel;
class ListAuditLogJob;

/// The "Server audit log" tab of the journal viewer: the organization's audit log kept by the server (contract
/// 9.6), newest first, with its filters (action, target type) and paging. The "Account" filter shows both sources
/// for one account: the server's entries about it and this computer's journal entries, merged newest first, each
/// marked with where it came from. Where the server has no audit log or the member may not read it, the tab says why.
class ServerAuditLogPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    /// `unavailable`: why the log cannot be shown (empty when it can); nothing is asked of the server then.
    ServerAuditLogPage(ApiClient* client,
                       const AuditJournal& journal,
                       const QString& server,
                       const QString& slug,
                       const QString& unavailable,
                       QWidget* parent = nullptr);
    ~ServerAuditLogPage() override;

    AuditTrailModel* model() const { return m_model; }
    bool isAvailable() const { return m_available; }
    bool isLoading() const { return !m_job.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    qint64 page() const { return m_page.page; }
    QString statusText() const;
    /// Loads page `page` (from 1) with the filters shown.
    void loadPage(qint64 page);
    void setAccountFilter(const QString& account);
    void setActionFilter(const QString& action);
    /// The log cannot be shown (found out after the tab was opened): the tab says `reason` instead.
    void setUnavailable(const QString& reason);

signals:
    /// The server refused to show the log (403): the reason is worth finding out again.
    void accessRefused(const UserAdmin::ApiError& error);

private:
    void onFinished();
    void updatePager();
    QString accountTargetId() const;

    QPointer<ApiClient> m_client;
    const AuditJournal& m_journal;
    QString m_server;
    QString m_slug;
    bool m_available = false;
    QLabel* m_reason = nullptr;
    QWidget* m_content = nullptr;
    AuditTrailModel* m_model = nullptr;
    QLineEdit* m_action = nullptr;
    QLineEdit* m_targetType = nullptr;
    QLineEdit* m_account = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPointer<ListAuditLogJob> m_job;
    ServerAuditPage m_page;
    QHash<qint64, QDateTime> m_oldestOfPage; ///< account view: where each page ends, to merge the journal by time
    bool m_loaded = false;
};

} // namespace UserAdmin
