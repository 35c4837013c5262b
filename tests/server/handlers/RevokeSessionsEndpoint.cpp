// SPDX-License-Identifier: MIT
#include "handlers/RevokeSessionsEndpoint.h"

#include "EndUserRepository.h"
#include "ShapeSerializer.h"

namespace UserAdmin::DevServer {

HttpReply RevokeSessionsEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ManageEndUsers))
        return *problem;
    qint64 revoked = 0;
    switch (m_context.endUsers().revoke(org.rid,
                                        params.value(QStringLiteral("user_id")),
                                        m_context.endUserTest(),
                                        m_context.rules().revokeScope,
                                        &revoked)) {
    case EndUserRepository::Lookup::UnknownUser:
        return HttpReply::notFound(m_context.rules().unknownUserRevokeMessage);
    case EndUserRepository::Lookup::NotEndUserOfOrganization:
        return HttpReply::notFound(QStringLiteral("User is not an end-user of this organization"));
    case EndUserRepository::Lookup::Found:
        break;
    }
    return HttpReply::json(m_context.serializer().revoked(revoked));
}

} // namespace UserAdmin::DevServer
