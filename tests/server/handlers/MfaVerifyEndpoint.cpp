// SPDX-License-Identifier: MIT
#include "handlers/MfaVerifyEndpoint.h"

#include "HttpRequestData.h"
#include "Timestamps.h"
#include "Totp.h"

namespace UserAdmin::DevServer {

HttpReply MfaVerifyEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Mfa))
        return *limited;
    QJsonObject body;
    if (auto problem =
            ApiContext::readJsonBody(request, {QStringLiteral("preauth_token"), QStringLiteral("code")}, &body))
        return *problem;
    const std::optional<SessionStore::Preauthentication> preauthentication =
        m_context.sessions().readPreauthentication(body.value(QStringLiteral("preauth_token")).toString());
    if (!preauthentication)
        return HttpReply::unauthorized(QStringLiteral("Invalid or expired pre-authentication token"));
    const SessionStore::Member& member = preauthentication->member;
    const std::optional<QByteArray> key = Totp::decodeBase32(member.totpSecret);
    // A wrong code leaves the pre-authentication token usable: the person may try again (within the limit).
    if (!key || !Totp::accepts(*key, body.value(QStringLiteral("code")).toString().trimmed(), Timestamps::nowSeconds()))
        return HttpReply::unauthorized(QStringLiteral("Invalid MFA code"));
    SessionStore::Scope scope;
    scope.mfaVerified = true;
    if (!preauthentication->orgSlug.isEmpty()) {
        const std::optional<Directory::Organization> org =
            m_context.directory().organizationBySlug(preauthentication->orgSlug);
        const QString role = org ? m_context.directory().roleOf(org->rid, member.rid) : QString();
        if (role.isEmpty())
            return HttpReply::forbidden(QStringLiteral("You are not a member of this organization"));
        scope.orgRid = org->rid;
        scope.orgSlug = org->slug;
        scope.role = role;
    }
    m_context.sessions().consumePreauthentication(preauthentication->id);
    const SessionStore::Tokens tokens = m_context.sessions().createSession(member, true, std::nullopt, scope);
    return HttpReply::json(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                        {QStringLiteral("refresh_token"), tokens.refreshToken},
                                        {QStringLiteral("expires_in"), tokens.expiresIn}});
}

} // namespace UserAdmin::DevServer
