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
    const QString refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    const bool y2026 = m_context.rules().refreshFamilies;
    if (y2026 && refreshToken.isEmpty())
        return HttpReply::badRequest(QStringLiteral("refresh_token must not be empty"));
    SessionStore::Tokens tokens;
    if (m_context.sessions().refresh(refreshToken, &tokens) != SessionStore::Refresh::Rotated)
        return HttpReply::unauthorized(y2026 ? QStringLiteral("Invalid refresh token")
                                             : QStringLiteral("Invalid or expired refresh token"));
    return HttpReply::json(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                        {QStringLiteral("refresh_token"), tokens.refreshToken},
                                        {QStringLiteral("expires_in"), tokens.expiresIn}});
}

} // namespace UserAdmin::DevServer
