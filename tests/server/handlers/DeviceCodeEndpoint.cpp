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
    const QString org = body.value(QStringLiteral("org")).toString();
    const QString service = body.value(QStringLiteral("service")).toString();
    const bool y2026 = m_context.rules().deviceFlow2026;
    QString verificationUri = m_context.baseUrl() + QStringLiteral("/activate");
    if (org == QLatin1String("platform") && service == QLatin1String("admin-cli")) {
        // The reference server takes any client id starting with "platform-"; the 2026 server only its own.
        if (y2026 ? clientId != QLatin1String("platform-admin-cli") : !clientId.startsWith(QLatin1String("platform-")))
            return HttpReply::badRequest(QStringLiteral("Invalid client credentials"));
    } else {
        // A service's own device flow (2026): the organization registered a device activation page for it.
        const std::optional<Directory::DeviceService> found =
            y2026 ? m_context.directory().deviceService(org, service) : std::nullopt;
        if (!found || found->clientId != clientId)
            return HttpReply::badRequest(QStringLiteral("Invalid client credentials"));
        if (found->activationUri.isEmpty())
            return HttpReply::badRequest(QStringLiteral("Service has no device activation page configured"));
        verificationUri = found->activationUri.startsWith(QLatin1Char('/')) ? m_context.baseUrl() + found->activationUri
                                                                            : found->activationUri;
    }
    DeviceGrants& grants = m_context.deviceGrants();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DeviceGrants::Code code = grants.issue(clientId, now, org, service);
    if (!m_context.options().autoApproveEmail.isEmpty())
        grants.approve(code.userCode, m_context.options().autoApproveEmail, now);
    return HttpReply::json(QJsonObject {{QStringLiteral("device_code"), code.deviceCode},
                                        {QStringLiteral("user_code"), code.userCode},
                                        {QStringLiteral("verification_uri"), verificationUri},
                                        {QStringLiteral("expires_in"), grants.expiresInSeconds()},
                                        {QStringLiteral("interval"), grants.intervalSeconds()}});
}

} // namespace UserAdmin::DevServer
