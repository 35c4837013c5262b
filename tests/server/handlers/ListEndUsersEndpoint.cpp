// SPDX-License-Identifier: MIT
#include "handlers/ListEndUsersEndpoint.h"

#include "EndUserRepository.h"
#include "HttpRequestData.h"
#include "ShapeSerializer.h"

namespace UserAdmin::DevServer {

HttpReply ListEndUsersEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    // Contract 1.1: authentication, organization existence, organization status, query, membership, service.
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    EndUserRepository::ListRequest list;
    list.orgRid = org.rid;
    if (auto problem = m_context.paging(request, &list.page, &list.limit))
        return *problem;
    const bool bySlug = m_context.rules().listFilters == ShapeRules::ListFilters::ServiceSlug;
    if (ApiContext::hasDuplicates(request,
                                  bySlug ? QStringList {QStringLiteral("service_slug")}
                                         : QStringList {QStringLiteral("search"), QStringLiteral("service_id")}))
        return m_context.badQuery(QStringLiteral("duplicate field"));
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ViewEndUsers))
        return *problem;

    const QString service =
        ApiContext::firstValue(request, bySlug ? QStringLiteral("service_slug") : QStringLiteral("service_id"));
    const bool filtered = bySlug ? !request.queryValues(QStringLiteral("service_slug")).isEmpty() : !service.isEmpty();
    if (filtered) {
        list.serviceRid = m_context.endUsers().serviceRid(org.rid,
                                                          service,
                                                          bySlug ? EndUserRepository::ServiceKey::SlugOnly
                                                                 : EndUserRepository::ServiceKey::IdOrSlug);
        if (!list.serviceRid)
            return HttpReply::notFound(m_context.rules().unknownServiceMessage.arg(service));
    }
    if (!bySlug)
        list.search = ApiContext::firstValue(request, QStringLiteral("search")).trimmed().toLower();
    return HttpReply::json(m_context.serializer().list(m_context.endUsers().list(list)));
}

} // namespace UserAdmin::DevServer
