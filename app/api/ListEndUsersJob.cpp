// SPDX-License-Identifier: MIT
#include "api/ListEndUsersJob.h"

#include "api/ApiClient.h"
#include "api/EndUserDecoder.h"
#include "core/Logging.h"

#include <QSet>

namespace UserAdmin {

namespace {
/// Going back to page 1 and then to the last page is all a shrinking list can need; more would be a loop.
constexpr int MaxRestarts = 2;
} // namespace

ListEndUsersJob::ListEndUsersJob(ApiClient* client, const QString& slug, const EndUserQuery& query, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_query(query)
{
    m_query.page = m_query.clampedPage();
    m_query.limit = m_query.clampedLimit();
    m_query.search = m_query.search.trimmed();
}

ApiRequest ListEndUsersJob::initialRequest()
{
    return requestFor(m_query);
}

ApiRequest ListEndUsersJob::requestFor(const EndUserQuery& query) const
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("users")};
    request.query.append({QStringLiteral("page"), QString::number(query.clampedPage())});
    request.query.append({QStringLiteral("limit"), QString::number(query.clampedLimit())});
    if (!query.search.isEmpty())
        request.query.append({QStringLiteral("search"), query.search});
    // Seed servers filter by id, the reference and 2026 servers by slug; until a list answer told us which, send
    // what we have (each ignores the other's parameter).
    const auto shape = client()->listShape();
    if (!query.serviceId.isEmpty() && (!shape || *shape == ResponseShape::Seed))
        request.query.append({QStringLiteral("service_id"), query.serviceId});
    if (!query.serviceSlug.isEmpty() && shape != ResponseShape::Seed)
        request.query.append({QStringLiteral("service_slug"), query.serviceSlug});
    return request;
}

void ListEndUsersJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto page = EndUserDecoder::decodePage(body, error);
    if (!page) {
        finishWithError(error);
        return;
    }
    client()->rememberListShape(page->shape);
    const PageInfo& info = page->pageInfo;
    if (page->users.isEmpty() && info.page > 1 && m_restarts < MaxRestarts) {
        if (!info.total) {
            // A [REF] server answers a page past the end with no rows and "total: 0": start again at page 1.
            ++m_restarts;
            m_query.page = 1;
            sendRequest(requestFor(m_query));
            return;
        }
        if (const auto pages = info.pageCount(); pages && *pages < info.page) {
            // Fewer end-users than before: show the last page that exists.
            ++m_restarts;
            m_query.page = *pages;
            sendRequest(requestFor(m_query));
            return;
        }
    }
    normalise(std::move(*page));
    finishSuccessfully();
}

void ListEndUsersJob::normalise(EndUserPage page)
{
    m_query.page = page.pageInfo.page;
    if (page.users.size() > page.pageInfo.limit) {
        qCWarning(lcApi) << "the server sent" << page.users.size() << "rows for a page of" << page.pageInfo.limit
                         << "- the rest are ignored";
        page.users.resize(page.pageInfo.limit);
    }
    page.serverRowCount = int(page.users.size());
    page.filteredLocally = page.shape != ResponseShape::Seed && !m_query.search.isEmpty();
    QList<EndUserSummary> rows;
    rows.reserve(page.users.size());
    QSet<QString> seen;
    for (EndUserSummary& user : page.users) {
        // The server does not promise a stable order: the same id may come twice.
        if (seen.contains(user.id))
            continue;
        seen.insert(user.id);
        if (page.filteredLocally && !user.email.contains(m_query.search, Qt::CaseInsensitive))
            continue;
        rows.append(std::move(user));
    }
    page.users = std::move(rows);
    m_page = std::move(page);
}

} // namespace UserAdmin
