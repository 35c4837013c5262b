// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserPage.h"
#include "api/EndUserQuery.h"
#include "api/EndUserSummary.h"
#include "api/PageInfo.h"
#include "api/ResponseShape.h"

#include <QAbstractTableModel>

#include <QHash>
#include <QList>
#include <QPointer>

#include <chrono>
#include <optional>

namespace UserAdmin {

class ApiClient;
class ListEndUsersJob;
class LocalPageSource;

/// One page of an organization's end-users, searched, filtered and paged on the server.
/// A new query abandons the request in flight; answers to older queries are dropped. After a failure the previous
/// rows stay and are marked as not current (isCurrent() == false). A load that failed for want of a valid sign-in
/// runs again by itself when the session resumes (ApiClient::resumed).
class EndUserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EmailColumn, LastLoginColumn, CreatedColumn, MfaColumn, ServicesColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, EmailRole };

    explicit EndUserTableModel(ApiClient* client, QObject* parent = nullptr);
    ~EndUserTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EndUserSummary& userAt(int row) const { return m_rows.at(row); }
    /// The row of the user with this id, or -1.
    int rowForId(const QString& id) const;

    QString organization() const { return m_slug; }
    /// The query asked for last (the rows shown may belong to an earlier one while loading or after a failure).
    const EndUserQuery& query() const { return m_query; }
    /// Paging of the rows shown.
    const PageInfo& pageInfo() const { return m_pageInfo; }
    std::optional<qint64> pageCount() const;
    bool hasPreviousPage() const;
    bool hasNextPage() const;
    bool canGoToLastPage() const;

    bool isLoading() const { return !m_job.isNull(); }
    /// False while the rows shown do not answer the current query (loading, or the last load failed).
    bool isCurrent() const { return m_current; }
    /// The server could not search ([REF] shape): the loaded page was filtered by email here.
    bool isFilteredLocally() const { return m_filteredLocally; }
    bool hasLoaded() const { return m_loaded; }
    const ApiError& lastError() const { return m_lastError; }

    /// "Showing 51–100 of 12,345", or what the empty result was searched for.
    QString statusText() const;
    /// What an empty table says: loading, nothing found for the search, or no end-users at all.
    QString emptyText() const;

    /// Maps the service slugs of the rows to display names (unknown slugs are shown as they are).
    void setServiceNames(const QHash<QString, QString>& slugToName);

    /// Asked before the server for every load (the local copy); null: the server answers everything.
    void setLocalPageSource(LocalPageSource* source) { m_localSource = source; }
    /// Sorts by a column over the whole organization (the local copy answers); -1: the server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The rows shown come from the local copy (and when it was made), or from it because the server was unreachable.
    std::optional<QDateTime> localCopyBuiltAt() const { return m_localBuiltAt; }
    bool isOfflineCopy() const { return m_offline; }

public slots:
    /// Switches organization: back to page 1 without a service filter, and loads. An empty slug clears the table.
    void setOrganization(const QString& slug);
    void setSearch(const QString& search);
    /// Filters by a service (id for a [SEED] server, slug for a [REF] server); both empty = all services.
    void setServiceFilter(const QString& serviceId, const QString& serviceSlug);
    void setPageSize(int limit);
    void setPage(qint64 page);
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();
    /// Loads the current query again (Refresh, Retry).
    void reload();
    /// Cancels the request in flight; the rows stay.
    void cancel();
    /// Forgets every row (e.g. for an inactive organization).
    void clear();

signals:
    void loadingChanged(bool loading);
    /// A page answered the current query; the rows were replaced.
    void pageLoaded();
    void loadFailed(const UserAdmin::ApiError& error);
    /// The request for the current query failed for now and is sent again after `delay` (rate limit, dropped
    /// connection, 502/503/504); the rows stay as they are until it answers.
    void retryScheduled(std::chrono::milliseconds delay, const UserAdmin::ApiError& reason);
    /// Anything statusText(), emptyText(), isCurrent() or paging depend on changed.
    void stateChanged();
    /// sort() chose another column or order.
    void sortChanged(int column, Qt::SortOrder order);

private:
    void startLoad();
    void onJobFinished(ListEndUsersJob* job, quint64 generation);
    void showPage(const EndUserPage& page, const EndUserQuery& query);
    void stopJob();
    QString servicesText(const EndUserSummary& user) const;

    QPointer<ApiClient> m_client;
    QPointer<ListEndUsersJob> m_job;
    quint64 m_generation = 0;
    QString m_slug;
    EndUserQuery m_query;
    QList<EndUserSummary> m_rows;
    PageInfo m_pageInfo;
    EndUserQuery m_shownQuery; ///< the query the rows answer
    int m_serverRowCount = 0; ///< rows the server sent for the shown page (before any local filtering)
    std::optional<qint64> m_knownTotal; ///< last trustworthy total for the current filters
    ApiError m_lastError;
    QHash<QString, QString> m_serviceNames;
    bool m_current = false;
    bool m_loaded = false;
    bool m_filteredLocally = false;
    LocalPageSource* m_localSource = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<QDateTime> m_localBuiltAt;
    bool m_offline = false;
};

} // namespace UserAdmin
