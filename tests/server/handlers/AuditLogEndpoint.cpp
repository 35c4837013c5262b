// SPDX-License-Identifier: MIT
#include "handlers/AuditLogEndpoint.h"

#include "AuditLogRepository.h"
#include "HttpRequestData.h"

#include <limits>

namespace UserAdmin::DevServer {

HttpReply AuditLogEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    qint64 page = 1;
    qint64 limit = 50;
    if (auto problem = m_context.paging(request, &page, &limit))
        return *problem;
    if (ApiContext::hasDuplicates(
            request, {QStringLiteral("action"), QStringLiteral("target_type"), QStringLiteral("target_id")}))
        return m_context.badQuery(QStringLiteral("duplicate field"));
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ViewAuditLog))
        return *problem;
    const AuditLogRepository::Filter filter {ApiContext::firstValue(request, QStringLiteral("action")),
                                             ApiContext::firstValue(request, QStringLiteral("target_type")),
                                             ApiContext::firstValue(request, QStringLiteral("target_id"))};
    const qint64 offset =
        page - 1 > std::numeric_limits<qint64>::max() / limit ? std::numeric_limits<qint64>::max() : (page - 1) * limit;
    const AuditLogRepository::Page found = m_context.auditLog().find(org.rid, filter, offset, limit);
    const qint64 totalPages = (found.total + limit - 1) / limit;
    return HttpReply::json(QJsonObject {{QStringLiteral("logs"), found.logs},
                                        {QStringLiteral("pagination"),
                                         QJsonObject {{QStringLiteral("page"), page},
                                                      {QStringLiteral("limit"), limit},
                                                      {QStringLiteral("total"), found.total},
                                                      {QStringLiteral("total_pages"), totalPages},
                                                      {QStringLiteral("has_next"), page < totalPages},
                                                      {QStringLiteral("has_prev"), page > 1}}}});
}

} // namespace UserAdmin::DevServer
