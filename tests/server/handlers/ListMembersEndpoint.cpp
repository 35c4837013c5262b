// SPDX-License-Identifier: MIT
#include "handlers/ListMembersEndpoint.h"

#include "HttpRequestData.h"

#include <limits>

namespace UserAdmin::DevServer {

HttpReply ListMembersEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    const QString slug = params.value(QStringLiteral("slug"));
    const std::optional<Directory::Organization> org = m_context.directory().organizationBySlug(slug);
    if (!org)
        return HttpReply::notFound(QStringLiteral("Organization '%1' not found").arg(slug));
    if (m_context.directory().roleOf(org->rid, member.rid).isEmpty())
        return HttpReply::forbidden(QStringLiteral("Not a member of this organization"));
    qint64 page = 1;
    qint64 limit = 50;
    if (auto problem = m_context.paging(request, &page, &limit))
        return *problem;
    const QStringList role = request.queryValues(QStringLiteral("role"));
    return HttpReply::json(
        m_context.directory().members(org->rid,
                                      role.isEmpty() ? std::nullopt : std::optional<QString>(role.constFirst()),
                                      limit,
                                      std::min((page - 1), std::numeric_limits<qint64>::max() / limit) * limit));
}

} // namespace UserAdmin::DevServer
