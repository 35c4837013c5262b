// SPDX-License-Identifier: MIT
#include "handlers/RiskEventsEndpoint.h"

#include "HttpRequestData.h"
#include "RiskEventRepository.h"

#include <algorithm>
#include <limits>

namespace UserAdmin::DevServer {

HttpReply RiskEventsEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    // Unlike the other lists, page counts from 0 here.
    qint64 page = 0;
    qint64 limit = 50;
    qint64 minScore = 0;
    for (const auto& [name, value] : {std::pair {QStringLiteral("page"), &page},
                                      std::pair {QStringLiteral("limit"), &limit},
                                      std::pair {QStringLiteral("min_score"), &minScore}}) {
        if (ApiContext::integerParam(request, name, value) == ApiContext::IntegerParam::Invalid)
            return m_context.badQuery(QStringLiteral("%1: invalid digit found in string").arg(name));
    }
    page = std::max<qint64>(page, 0);
    limit = std::clamp<qint64>(limit, 1, 100);
    if (auto problem = m_context.requireAccess(org, member, ApiContext::Capability::ViewRiskEvents))
        return *problem;
    const qint64 offset =
        page > std::numeric_limits<qint64>::max() / limit ? std::numeric_limits<qint64>::max() : page * limit;
    return HttpReply::json(m_context.riskEvents().find(org.rid, minScore, offset, limit));
}

} // namespace UserAdmin::DevServer
