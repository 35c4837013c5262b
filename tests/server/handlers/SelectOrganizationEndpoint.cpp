// SPDX-License-Identifier: MIT
#include "handlers/SelectOrganizationEndpoint.h"

namespace UserAdmin::DevServer {

HttpReply SelectOrganizationEndpoint::handle(const HttpRequestData& request, const RouteParams& params)
{
    SessionStore::Member member;
    SessionStore::Scope current;
    if (auto problem = m_context.authenticate(request, &member, &current))
        return *problem;
    Directory::Organization org;
    if (auto problem = m_context.activeOrganization(params.value(QStringLiteral("slug")), &org))
        return *problem;
    const std::optional<QJsonObject> membership = m_context.directory().membership(org.rid, member.rid);
    if (!membership)
        return HttpReply::forbidden(QStringLiteral("You are not a member of this organization"));
    SessionStore::Scope scope;
    scope.orgRid = org.rid;
    scope.orgSlug = org.slug;
    scope.role = membership->value(QStringLiteral("role")).toString();
    scope.mfaVerified = current.mfaVerified;
    // The only way a device-flow sign-in gets a refresh token (contract 9.5).
    const SessionStore::Tokens tokens = m_context.sessions().createSession(member, true, std::nullopt, scope);
    return HttpReply::json(
        QJsonObject {{QStringLiteral("organization"),
                      m_context.directory().organizationEntry(org.rid).value(QStringLiteral("organization"))},
                     {QStringLiteral("membership"), *membership},
                     {QStringLiteral("access_token"), tokens.accessToken},
                     {QStringLiteral("refresh_token"), tokens.refreshToken},
                     {QStringLiteral("expires_in"), tokens.expiresIn}});
}

} // namespace UserAdmin::DevServer
