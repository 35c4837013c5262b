// SPDX-License-Identifier: MIT
#include "handlers/DeviceVerifyEndpoint.h"

#include "DeviceGrants.h"
#include "HttpRequestData.h"

#include <QDateTime>
#include <QJsonArray>

namespace UserAdmin::DevServer {

HttpReply DeviceVerifyEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Device))
        return *limited;
    QJsonObject body;
    if (auto problem = ApiContext::readJsonBody(request, {QStringLiteral("user_code")}, &body))
        return *problem;
    const DeviceGrants::Code* code =
        m_context.deviceGrants().findByUserCode(body.value(QStringLiteral("user_code")).toString());
    if (!code || QDateTime::currentMSecsSinceEpoch() >= code->expiresAtMs)
        return HttpReply::badRequest(QStringLiteral("Invalid or expired user code"));
    return HttpReply::json(
        QJsonObject {{QStringLiteral("org_slug"), code->orgSlug},
                     {QStringLiteral("service_slug"), code->serviceSlug},
                     {QStringLiteral("available_providers"),
                      QJsonArray {QStringLiteral("github"), QStringLiteral("google"), QStringLiteral("microsoft")}}});
}

} // namespace UserAdmin::DevServer
