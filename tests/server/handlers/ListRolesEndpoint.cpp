// SPDX-License-Identifier: MIT
#include "handlers/ListRolesEndpoint.h"

namespace UserAdmin::DevServer {

HttpReply ListRolesEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
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
    return HttpReply::json(m_context.directory().roles(org->rid));
}

} // namespace UserAdmin::DevServer
