// SPDX-License-Identifier: MIT
#include "handlers/GetOrganizationEndpoint.h"

namespace UserAdmin::DevServer {

HttpReply GetOrganizationEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    const QString slug = params.value(QStringLiteral("slug"));
    const std::optional<Directory::Organization> org = m_context.directory().organizationBySlug(slug);
    // Not status-gated (contract 5.2): a client uses it to explain a 403 from the end-user routes.
    if (!org)
        return HttpReply::notFound(QStringLiteral("Organization '%1' not found").arg(slug));
    if (m_context.directory().roleOf(org->rid, member.rid).isEmpty())
        return HttpReply::forbidden(QStringLiteral("Not a member of this organization"));
    return HttpReply::json(m_context.directory().organizationEntry(org->rid));
}

} // namespace UserAdmin::DevServer
