// SPDX-License-Identifier: MIT
#include "handlers/GetEndUserEndpoint.h"

#include "EndUserRepository.h"
#include "ShapeSerializer.h"

namespace UserAdmin::DevServer {

HttpReply GetEndUserEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ViewEndUsers))
        return *problem;
    EndUserDetailRecord detail;
    switch (m_context.endUsers().detail(
        org.rid, params.value(QStringLiteral("user_id")), m_context.endUserTest(), &detail)) {
    case EndUserRepository::Lookup::UnknownUser:
        return HttpReply::notFound(QStringLiteral("End-user not found"));
    case EndUserRepository::Lookup::NotEndUserOfOrganization:
        return HttpReply::notFound(QStringLiteral("User is not an end-user of this organization"));
    case EndUserRepository::Lookup::Found:
        break;
    }
    return HttpReply::json(m_context.serializer().detail(detail));
}

} // namespace UserAdmin::DevServer
