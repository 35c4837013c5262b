// SPDX-License-Identifier: MIT
#include "handlers/CurrentUserEndpoint.h"

namespace UserAdmin::DevServer {

HttpReply CurrentUserEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    SessionStore::Member member;
    if (auto problem = m_context.authenticate(request, &member))
        return *problem;
    return HttpReply::json(QJsonObject {{QStringLiteral("id"), member.id},
                                        {QStringLiteral("email"), member.email},
                                        {QStringLiteral("org"), QString()},
                                        {QStringLiteral("service"), QString()}});
}

} // namespace UserAdmin::DevServer
