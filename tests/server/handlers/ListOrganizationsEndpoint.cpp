// SPDX-License-Identifier: MIT
#include "handlers/ListOrganizationsEndpoint.h"

#include "HttpRequestData.h"

#include <limits>

namespace UserAdmin::DevServer {

HttpReply ListOrganizationsEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    qint64 page = 1;
    qint64 limit = 20;
    if (auto problem = m_context.paging(request, &page, &limit))
        return *problem;
    if (ApiContext::hasDuplicates(request, {QStringLiteral("status")}))
        return m_context.badQuery(QStringLiteral("duplicate field `status`"));
    const QStringList status = request.queryValues(QStringLiteral("status"));
    const qint64 offset = page - 1 > (std::numeric_limits<qint64>::max() / limit) ? std::numeric_limits<qint64>::max()
                                                                                  : (page - 1) * limit;
    return HttpReply::json(m_context.directory().organizationsOf(
        member.rid, status.isEmpty() ? std::nullopt : std::optional<QString>(status.constFirst()), limit, offset));
}

} // namespace UserAdmin::DevServer
