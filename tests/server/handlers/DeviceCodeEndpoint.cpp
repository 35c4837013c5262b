// SPDX-License-Identifier: MIT
#include "handlers/DeviceCodeEndpoint.h"

#include "DeviceGrants.h"
#include "HttpRequestData.h"
#include "ServerOptions.h"

#include <QDateTime>

namespace UserAdmin::DevServer {

HttpReply DeviceCodeEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Device))
        return *limited;
    QJsonObject body;
    if (auto problem = ApiContext::readJsonBody(
            request, {QStringLiteral("client_id"), QStringLiteral("org"), QStringLiteral("service")}, &body))
        return *problem;
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (body.value(QStringLiteral("org")).toString() != QLatin1String("platform")
        || body.value(QStringLiteral("service")).toString() != QLatin1String("admin-cli")
        || !clientId.startsWith(QLatin1String("platform-")))
        return HttpReply::badRequest(QStringLiteral("Invalid client credentials"));
    DeviceGrants& grants = m_context.deviceGrants();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DeviceGrants::Code code = grants.issue(clientId, now);
    if (!m_context.options().autoApproveEmail.isEmpty())
        grants.approve(code.userCode, m_context.options().autoApproveEmail, now);
    return HttpReply::json(
        QJsonObject {{QStringLiteral("device_code"), code.deviceCode},
                     {QStringLiteral("user_code"), code.userCode},
                     {QStringLiteral("verification_uri"), m_context.baseUrl() + QStringLiteral("/activate")},
                     {QStringLiteral("expires_in"), grants.expiresInSeconds()},
                     {QStringLiteral("interval"), grants.intervalSeconds()}});
}

} // namespace UserAdmin::DevServer
