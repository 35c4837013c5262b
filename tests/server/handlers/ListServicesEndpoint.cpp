// SPDX-License-Identifier: MIT
#include "handlers/ListServicesEndpoint.h"

#include "HttpRequestData.h"

#include <algorithm>

namespace UserAdmin::DevServer {

HttpReply ListServicesEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    if (m_context.directory().roleOf(org.rid, member.rid).isEmpty())
        return HttpReply::forbidden(QStringLiteral("Not a member of this organization"));
    qint64 limit = -1;
    qint64 offset = 0;
    const ApiContext::IntegerParam limitParam = ApiContext::integerParam(request, QStringLiteral("limit"), &limit);
    if (limitParam == ApiContext::IntegerParam::Invalid)
        return m_context.badQuery(QStringLiteral("limit: invalid digit found in string"));
    if (ApiContext::integerParam(request, QStringLiteral("offset"), &offset) == ApiContext::IntegerParam::Invalid)
        return m_context.badQuery(QStringLiteral("offset: invalid digit found in string"));
    const QStringList type = request.queryValues(QStringLiteral("service_type"));
    return HttpReply::json(m_context.directory().services(
        org.rid,
        type.isEmpty() ? std::nullopt : std::optional<QString>(type.constFirst()),
        limitParam == ApiContext::IntegerParam::Valid && limit >= 0 ? std::optional<qint64>(limit) : std::nullopt,
        std::max<qint64>(offset, 0),
        m_context.baseUrl()));
}

} // namespace UserAdmin::DevServer
