// SPDX-License-Identifier: MIT
#include "handlers/LoginEndpoint.h"

#include "HttpRequestData.h"
#include "PasswordHash.h"

namespace UserAdmin::DevServer {

HttpReply LoginEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Auth))
        return *limited;
    QJsonObject body;
    if (auto problem = ApiContext::readJsonBody(request, {QStringLiteral("email"), QStringLiteral("password")}, &body))
        return *problem;
    const QJsonValue orgValue = body.value(QStringLiteral("org_slug"));
    if (!orgValue.isUndefined() && !orgValue.isNull() && !orgValue.isString())
        return HttpReply::text(
            422, QStringLiteral("Failed to deserialize the JSON body into the target type: invalid field `org_slug`"));
    const QString orgSlug = orgValue.toString();
    SessionStore::Member member;
    // The same answer for an unknown email, a wrong password and an account without a password.
    if (!m_context.sessions().findMemberByEmail(body.value(QStringLiteral("email")).toString(), &member)
        || member.passwordHash.isEmpty()
        || !PasswordHash::matches(member.passwordHash, body.value(QStringLiteral("password")).toString()))
        return HttpReply::unauthorized(QStringLiteral("Invalid email or password"));
    if (ApiContext::clientKey(request) == QLatin1String(BlockedAddress))
        return HttpReply::forbidden(
            QStringLiteral("Suspicious login detected. This sign-in was blocked; contact your administrator."));
    SessionStore::Scope scope;
    if (!orgSlug.isEmpty()) {
        const std::optional<Directory::Organization> org = m_context.directory().organizationBySlug(orgSlug);
        const QString role = org ? m_context.directory().roleOf(org->rid, member.rid) : QString();
        if (role.isEmpty())
            return HttpReply::forbidden(QStringLiteral("You are not a member of this organization"));
        scope = {org->rid, org->slug, role, {}, false};
    }
    if (!member.totpSecret.isEmpty()) {
        // MFA on: not yet a session, only the proof of the password for the next step.
        return HttpReply::json(QJsonObject {
            {QStringLiteral("access_token"), m_context.sessions().issuePreauthentication(member, scope.orgSlug)},
            {QStringLiteral("refresh_token"), QString()},
            {QStringLiteral("expires_in"), SessionStore::PreauthenticationSeconds}});
    }
    const SessionStore::Tokens tokens = m_context.sessions().createSession(member, true, std::nullopt, scope);
    return HttpReply::json(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                        {QStringLiteral("refresh_token"), tokens.refreshToken},
                                        {QStringLiteral("expires_in"), tokens.expiresIn}});
}

} // namespace UserAdmin::DevServer
