// SPDX-License-Identifier: MIT
#include "handlers/DeviceTokenEndpoint.h"

#include "DeviceGrants.h"
#include "HttpRequestData.h"

#include <QDateTime>

namespace UserAdmin::DevServer {

namespace {

const QString DeviceGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

} // namespace

HttpReply DeviceTokenEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Device))
        return *limited;
    QJsonObject body;
    if (auto problem = ApiContext::readJsonBody(
            request, {QStringLiteral("grant_type"), QStringLiteral("device_code"), QStringLiteral("client_id")}, &body))
        return *problem;
    if (body.value(QStringLiteral("grant_type")).toString() != DeviceGrantType)
        return HttpReply::badRequest(QStringLiteral("Unsupported grant_type"));
    const DeviceGrants::Code* code =
        m_context.deviceGrants().findByDeviceCode(body.value(QStringLiteral("device_code")).toString());
    if (!code)
        return HttpReply::badRequest(QStringLiteral("Invalid device code"));
    if (code->clientId != body.value(QStringLiteral("client_id")).toString())
        return HttpReply::unauthorized(QStringLiteral("Client ID mismatch"));
    if (QDateTime::currentMSecsSinceEpoch() >= code->expiresAtMs)
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_EXPIRED"), QStringLiteral("Device code has expired"));
    if (code->approvedBy.isEmpty())
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_PENDING"), QStringLiteral("Authorization pending"));
    SessionStore::Member member;
    if (!m_context.sessions().findMemberByEmail(code->approvedBy, &member))
        return HttpReply::badRequest(QStringLiteral("Invalid device code"));
    const SessionStore::Tokens tokens =
        m_context.sessions().createSession(member, m_context.rules().deviceRefreshToken);
    QJsonObject answer {{QStringLiteral("access_token"), tokens.accessToken},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), tokens.expiresIn}};
    if (!tokens.refreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    return HttpReply::json(answer);
}

} // namespace UserAdmin::DevServer
