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
    const bool y2026 = m_context.rules().deviceFlow2026;
    if (body.value(QStringLiteral("grant_type")).toString() != DeviceGrantType)
        return HttpReply::badRequest(QStringLiteral("Unsupported grant_type"));
    const QString deviceCode = body.value(QStringLiteral("device_code")).toString();
    const DeviceGrants::Code* code = m_context.deviceGrants().findByDeviceCode(deviceCode);
    if (!code)
        return HttpReply::badRequest(QStringLiteral("Invalid device code"));
    if (code->clientId != body.value(QStringLiteral("client_id")).toString())
        return HttpReply::unauthorized(y2026 ? QStringLiteral("Invalid client") : QStringLiteral("Client ID mismatch"));
    if (QDateTime::currentMSecsSinceEpoch() >= code->expiresAtMs)
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_EXPIRED"), QStringLiteral("Device code has expired"));
    // The 2026 server redeems a code once; afterwards it looks pending again until it expires.
    if (code->approvedBy.isEmpty() || (y2026 && code->redeemed))
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_PENDING"), QStringLiteral("Authorization pending"));
    SessionStore::Member member;
    if (!m_context.sessions().findMemberByEmail(code->approvedBy, &member))
        return HttpReply::badRequest(QStringLiteral("Invalid device code"));
    SessionStore::Scope scope;
    if (y2026) {
        if (code->isPlatform() && !member.isPlatformOwner)
            return HttpReply::forbidden(
                QStringLiteral("Platform device authorization requires a current platform owner"));
        if (!code->isPlatform()) {
            if (const auto org = m_context.directory().organizationBySlug(code->orgSlug)) {
                scope.orgRid = org->rid;
                scope.role = m_context.directory().roleOf(org->rid, member.rid);
            }
            scope.orgSlug = code->orgSlug;
            scope.service = code->serviceSlug;
        }
        m_context.deviceGrants().redeem(deviceCode);
    }
    const SessionStore::Tokens tokens =
        m_context.sessions().createSession(member, m_context.rules().deviceRefreshToken, std::nullopt, scope);
    QJsonObject answer {{QStringLiteral("access_token"), tokens.accessToken},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), tokens.expiresIn}};
    if (!tokens.refreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    return HttpReply::json(answer);
}

} // namespace UserAdmin::DevServer
