// SPDX-License-Identifier: MIT
#include "handlers/LogoutEndpoint.h"

#include "HttpRequestData.h"

namespace UserAdmin::DevServer {

HttpReply LogoutEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Auth))
        return *limited;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7)
        return HttpReply::unauthorized(QStringLiteral("Missing or invalid Authorization header"));
    // As the reference server: the token is only hashed and its session deleted, not validated.
    m_context.sessions().logout(QString::fromLatin1(header.mid(7)));
    if (m_context.rules().logoutAnswersJson)
        return HttpReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Logged out successfully")}});
    return HttpReply::empty(204);
}

} // namespace UserAdmin::DevServer
