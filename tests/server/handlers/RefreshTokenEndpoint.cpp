// SPDX-License-Identifier: MIT
#include "handlers/RefreshTokenEndpoint.h"

#include "HttpRequestData.h"

namespace UserAdmin::DevServer {

HttpReply RefreshTokenEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Auth))
        return *limited;
    QJsonObject body;
    if (auto problem = ApiContext::readJsonBody(request, {QStringLiteral("refresh_token")}, &body))
        return *problem;
    SessionStore::Tokens tokens;
    if (!m_context.sessions().refresh(body.value(QStringLiteral("refresh_token")).toString(), &tokens))
        return HttpReply::unauthorized(QStringLiteral("Invalid or expired refresh token"));
    return HttpReply::json(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                        {QStringLiteral("refresh_token"), tokens.refreshToken},
                                        {QStringLiteral("expires_in"), tokens.expiresIn}});
}

} // namespace UserAdmin::DevServer
