// SPDX-License-Identifier: MIT
#include "handlers/AuditEventTypesEndpoint.h"

#include "AuditLogRepository.h"

#include <QJsonArray>

namespace UserAdmin::DevServer {

HttpReply AuditEventTypesEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ViewAuditLog))
        return *problem;
    return HttpReply::json(QJsonArray::fromStringList(AuditLogRepository::eventTypes()));
}

} // namespace UserAdmin::DevServer
