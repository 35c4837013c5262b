// SPDX-License-Identifier: MIT
#include "models/EndUserTableModel.h"

#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "format/DisplayText.h"
#include "models/LocalPageSource.h"
#include "models/PlainTooltip.h"

#include <QLocale>

#include <algorithm>

namespace UserAdmin {

EndUserTableModel::EndUserTableModel(ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_lastError.needsAuthentication() && !isLoading())
                reload();
        });
    }
}

EndUserTableModel::~EndUserTableModel()
{
    abandonJob(m_job); // nobody is left to hear it
}

void EndUserTableModel::stopJob()
{
    if (!m_job)
        return;
    // The superseded request is cancelled, and its answer (the cancellation, which arrives at once) belongs to an
    // older generation: onJobFinished drops it, so it never shows as a failure of the current query.
    ++m_generation;
    ListEndUsersJob* job = m_job;
    m_job = nullptr;
    job->cancel();
}

int EndUserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndUserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndUserTableModel::servicesText(const EndUserSummary& user) const
{
    QStringList names;
    names.reserve(user.services.size());
    for (const QString& slug : user.services)
        names.append(m_serviceNames.value(slug, slug));
    //: Separator between service names in one table cell
    return names.join(tr(", "));
}

QVariant EndUserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndUserSummary& user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case EmailColumn:
            return DisplayText::capped(user.email);
        case LastLoginColumn:
            return DisplayText::timestamp(user.lastLoginAt, user.lastLoginKnown());
        case CreatedColumn:
            return DisplayText::timestamp(user.createdAt, false);
        case MfaColumn:
            return DisplayText::yesNo(user.mfaEnabled);
        case ServicesColumn:
            return DisplayText::capped(servicesText(user));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EmailColumn:
            return plainTooltip(DisplayText::capped(user.email));
        case LastLoginColumn:
            return DisplayText::timestampTooltip(user.lastLoginAt);
        case CreatedColumn:
            return DisplayText::timestampTooltip(user.createdAt);
        case ServicesColumn:
            return plainTooltip(DisplayText::capped(servicesText(user)));
        default:
            return {};
        }
    case UserIdRole:
        return user.id;
    case EmailRole:
        return user.email;
    default:
        return {};
    }
}

QVariant EndUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        //: Column header: the end-user's email address
        return tr("Email");
    case LastLoginColumn:
        //: Column header: when the end-user last signed in
        return tr("Last login");
    case CreatedColumn:
        //: Column header: when the end-user's account was created
        return tr("Created");
    case MfaColumn:
        //: Column header: whether multi-factor authentication is on
        return tr("MFA");
    case ServicesColumn:
        //: Column header: the organization's services the end-user has used
        return tr("Services");
    default:
        return {};
    }
}

int EndUserTableModel::rowForId(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<qint64> EndUserTableModel::pageCount() const
{
    if (!m_knownTotal)
        return std::nullopt;
    const qint64 limit = m_query.clampedLimit();
    return std::max<qint64>(1, (*m_knownTotal + limit - 1) / limit);
}

bool EndUserTableModel::hasPreviousPage() const
{
    return !m_slug.isEmpty() && m_query.clampedPage() > 1;
}

bool EndUserTableModel::hasNextPage() const
{
    if (m_slug.isEmpty() || !m_loaded)
        return false;
    if (const auto count = pageCount())
        return m_query.clampedPage() < *count;
    // Without a trustworthy total, a full page suggests there is more.
    return m_serverRowCount >= m_query.clampedLimit();
}

bool EndUserTableModel::canGoToLastPage() const
{
    const auto count = pageCount();
    return !m_slug.isEmpty() && count && m_query.clampedPage() < *count;
}

QString EndUserTableModel::statusText() const
{
    if (m_slug.isEmpty())
        return {};
    if (!m_loaded)
        return isLoading() ? tr("Loading end-users…") : QString();
    if (m_serverRowCount == 0)
        return emptyText();
    const QLocale locale;
    const qint64 first = (m_pageInfo.page - 1) * m_pageInfo.limit + 1;
    const qint64 last = first + m_serverRowCount - 1;
    QString text;
    if (m_pageInfo.total) {
        //: %1 and %2 are the first and last row numbers shown, %3 the number of matching end-users
        text = tr("Showing %1–%2 of %3")
                   .arg(locale.toString(first), locale.toString(last), locale.toString(*m_pageInfo.total));
    } else {
        //: %1 and %2 are the first and last row numbers shown; the total is not known
        text = tr("Showing %1–%2").arg(locale.toString(first), locale.toString(last));
    }
    if (m_localBuiltAt) {
        const qint64 minutes = std::max<qint64>(0, m_localBuiltAt->secsTo(QDateTime::currentDateTimeUtc()) / 60);
        text += QLatin1Char(' ');
        text += m_offline ? tr("(offline copy, %n minute(s) old: the server cannot be reached)", nullptr, int(minutes))
                          : tr("(local copy, %n minute(s) old)", nullptr, int(minutes));
    }
    if (m_filteredLocally) {
        text += QLatin1Char(' ');
        //: %n rows of the page shown match the search %1; the server could not search
        text += tr("(%n (match|matches) for “%1” on this page, filtered locally because this server cannot search)",
                   nullptr,
                   int(m_rows.size()))
                    .arg(m_shownQuery.search.trimmed());
    }
    return text;
}

QString EndUserTableModel::emptyText() const
{
    if (m_slug.isEmpty())
        return {};
    if (!m_loaded)
        return isLoading() ? tr("Loading end-users…") : QString();
    if (!m_rows.isEmpty())
        return {};
    const QString search = m_shownQuery.search.trimmed();
    if (m_filteredLocally && m_serverRowCount > 0)
        //: %1 is what was searched for
        return tr("No end-users on this page match “%1” (filtered locally: this server cannot search)").arg(search);
    if (!search.isEmpty())
        //: %1 is what was searched for
        return tr("No end-users match “%1”").arg(search);
    if (!m_shownQuery.serviceId.isEmpty() || !m_shownQuery.serviceSlug.isEmpty())
        return tr("No end-users have used this service.");
    return tr("This organization has no end-users yet.");
}

void EndUserTableModel::setServiceNames(const QHash<QString, QString>& slugToName)
{
    m_serviceNames = slugToName;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ServicesColumn), index(int(m_rows.size()) - 1, ServicesColumn));
}

void EndUserTableModel::setOrganization(const QString& slug)
{
    if (slug == m_slug && m_loaded)
        return;
    m_slug = slug;
    m_query.page = 1;
    m_query.search = m_query.search.trimmed();
    m_query.serviceId.clear();
    m_query.serviceSlug.clear();
    m_knownTotal.reset();
    if (slug.isEmpty()) {
        clear();
        return;
    }
    startLoad();
}

void EndUserTableModel::setSearch(const QString& search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_query.search)
        return;
    m_query.search = trimmed;
    m_query.page = 1;
    m_knownTotal.reset();
    startLoad();
}

void EndUserTableModel::setServiceFilter(const QString& serviceId, const QString& serviceSlug)
{
    if (serviceId == m_query.serviceId && serviceSlug == m_query.serviceSlug)
        return;
    m_query.serviceId = serviceId;
    m_query.serviceSlug = serviceSlug;
    m_query.page = 1;
    m_knownTotal.reset();
    startLoad();
}

void EndUserTableModel::setPageSize(int limit)
{
    EndUserQuery sized = m_query;
    sized.limit = limit;
    const qint64 newLimit = sized.clampedLimit();
    if (newLimit == m_query.clampedLimit())
        return;
    // Keep the first row shown on the new page.
    const qint64 firstRow = (m_query.clampedPage() - 1) * m_query.clampedLimit();
    m_query.limit = newLimit;
    m_query.page = firstRow / newLimit + 1;
    startLoad();
}

void EndUserTableModel::setPage(qint64 page)
{
    qint64 target = std::max<qint64>(1, page);
    if (const auto count = pageCount())
        target = std::min(target, *count);
    if (target == m_query.clampedPage() && m_loaded)
        return;
    m_query.page = target;
    startLoad();
}

void EndUserTableModel::firstPage()
{
    setPage(1);
}

void EndUserTableModel::previousPage()
{
    if (hasPreviousPage())
        setPage(m_query.clampedPage() - 1);
}

void EndUserTableModel::nextPage()
{
    if (hasNextPage())
        setPage(m_query.clampedPage() + 1);
}

void EndUserTableModel::lastPage()
{
    if (const auto count = pageCount(); count && canGoToLastPage())
        setPage(*count);
}

void EndUserTableModel::reload()
{
    if (m_slug.isEmpty())
        return;
    startLoad();
}

void EndUserTableModel::cancel()
{
    if (!m_job)
        return;
    stopJob();
    emit loadingChanged(false);
    emit stateChanged();
}

void EndUserTableModel::clear()
{
    const bool wasLoading = isLoading();
    stopJob();
    beginResetModel();
    m_rows.clear();
    m_pageInfo = PageInfo();
    m_serverRowCount = 0;
    m_loaded = false;
    m_current = false;
    m_filteredLocally = false;
    m_lastError = ApiError();
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
    emit stateChanged();
}

void EndUserTableModel::sort(int column, Qt::SortOrder order)
{
    const int chosen = column >= 0 && column < ColumnCount ? column : -1;
    if (chosen == m_sortColumn && (chosen < 0 || order == m_sortOrder))
        return;
    m_sortColumn = chosen;
    m_sortOrder = order;
    m_query.page = 1;
    emit sortChanged(m_sortColumn, m_sortOrder);
    startLoad();
}

void EndUserTableModel::startLoad()
{
    if (m_slug.isEmpty() || !m_client)
        return;
    const bool wasLoading = isLoading();
    if (m_localSource) {
        if (const auto page = m_localSource->localPage(m_slug, m_query, m_sortColumn, m_sortOrder)) {
            stopJob();
            EndUserQuery answered = m_query;
            answered.page = page->pageInfo.page;
            showPage(*page, answered);
            if (wasLoading)
                emit loadingChanged(false);
            emit pageLoaded();
            emit stateChanged();
            return;
        }
    }
    stopJob();
    const quint64 generation = ++m_generation;
    auto* job = new ListEndUsersJob(m_client, m_slug, m_query);
    m_job = job;
    m_current = false;
    connect(job, &ApiJob::finished, this, [this, job, generation] { onJobFinished(job, generation); });
    connect(job,
            &ApiJob::retryScheduled,
            this,
            [this, generation](std::chrono::milliseconds delay, const ApiError& reason) {
                if (generation == m_generation)
                    emit retryScheduled(delay, reason);
            });
    job->start();
    if (!wasLoading)
        emit loadingChanged(true);
    emit stateChanged();
}

void EndUserTableModel::onJobFinished(ListEndUsersJob* job, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    if (!job->succeeded()) {
        m_lastError = job->error();
        m_current = false;
        emit loadingChanged(false);
        emit loadFailed(m_lastError);
        emit stateChanged();
        return;
    }

    showPage(job->page(), job->query());
    emit loadingChanged(false);
    emit pageLoaded();
    emit stateChanged();
}

void EndUserTableModel::showPage(const EndUserPage& page, const EndUserQuery& query)
{
    beginResetModel();
    m_rows = page.users;
    m_pageInfo = page.pageInfo;
    m_shownQuery = query;
    m_serverRowCount = page.serverRowCount;
    m_filteredLocally = page.filteredLocally;
    m_localBuiltAt = page.localCopyBuiltAt;
    m_offline = page.offlineCopy;
    m_loaded = true;
    m_current = true;
    m_lastError = ApiError();
    if (page.pageInfo.total)
        m_knownTotal = page.pageInfo.total;
    m_query.page = query.page;
    endResetModel();
}

} // namespace UserAdmin
