// SPDX-License-Identifier: MIT
#include "handlers/CurrentUserEndpoint.h"

#include "Timestamps.h"

#include <QJsonArray>

namespace UserAdmin::DevServer {

HttpReply CurrentUserEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    SessionStore::Member member;
    SessionStore::Scope scope;
    if (auto problem = m_context.authenticate(request, &member, &scope))
        return *problem;
    if (!m_context.rules().managementTokens) {
        return HttpReply::json(QJsonObject {{QStringLiteral("id"), member.id},
                                            {QStringLiteral("email"), member.email},
                                            {QStringLiteral("org"), QString()},
                                            {QStringLiteral("service"), QString()}});
    }
    // The 2026 server: with an organization-scoped token, the capabilities the member holds there now.
    QStringList permissions;
    if (scope.orgRid != 0) {
        if (m_context.directory().roleOf(scope.orgRid, member.rid).isEmpty())
            return HttpReply::forbidden(QStringLiteral("You are not a member of this organization"));
        permissions = m_context.directory().permissionsOf(scope.orgRid, member.rid);
    }
    const auto salt = quint64(member.rid);
    return HttpReply::json(QJsonObject {
        {QStringLiteral("id"), member.id},
        {QStringLiteral("email"), member.email},
        {QStringLiteral("is_platform_owner"), member.isPlatformOwner},
        {QStringLiteral("email_verified_at"),
         member.emailVerifiedAt.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(Timestamps::naive(member.emailVerifiedAt, salt + 1))},
        {QStringLiteral("created_at"), Timestamps::naive(member.createdAt, salt)},
        {QStringLiteral("org"), scope.orgSlug},
        {QStringLiteral("service"), scope.service},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
    });
}

} // namespace UserAdmin::DevServer
