// SPDX-License-Identifier: MIT
#include "ApiRoutes.h"

#include "ApiContext.h"
#include "Router.h"
#include "handlers/ActivationFormEndpoint.h"
#include "handlers/ActivationSubmitEndpoint.h"
#include "handlers/AuditEventTypesEndpoint.h"
#include "handlers/AuditLogEndpoint.h"
#include "handlers/CurrentUserEndpoint.h"
#include "handlers/DeviceCodeEndpoint.h"
#include "handlers/DeviceTokenEndpoint.h"
#include "handlers/DeviceVerifyEndpoint.h"
#include "handlers/GetEndUserEndpoint.h"
#include "handlers/GetOrganizationEndpoint.h"
#include "handlers/ListEndUsersEndpoint.h"
#include "handlers/ListMembersEndpoint.h"
#include "handlers/ListOrganizationsEndpoint.h"
#include "handlers/ListRolesEndpoint.h"
#include "handlers/ListServicesEndpoint.h"
#include "handlers/LoginEndpoint.h"
#include "handlers/LogoutEndpoint.h"
#include "handlers/MfaVerifyEndpoint.h"
#include "handlers/RefreshTokenEndpoint.h"
#include "handlers/RevokeSessionsEndpoint.h"
#include "handlers/RiskEventsEndpoint.h"
#include "handlers/SelectOrganizationEndpoint.h"

#include <memory>

namespace UserAdmin::DevServer {

namespace {

template<typename Endpoint>
void add(Router& router, ApiContext& context, const char* method, const char* pattern)
{
    router.add(QByteArray(method), QString::fromLatin1(pattern), std::make_unique<Endpoint>(context));
}

} // namespace

void addApiRoutes(Router& router, ApiContext& context)
{
    add<DeviceCodeEndpoint>(router, context, "POST", "/auth/device/code");
    add<DeviceVerifyEndpoint>(router, context, "POST", "/auth/device/verify");
    add<DeviceTokenEndpoint>(router, context, "POST", "/auth/token");
    add<ActivationFormEndpoint>(router, context, "GET", "/activate");
    add<ActivationSubmitEndpoint>(router, context, "POST", "/activate");
    add<RefreshTokenEndpoint>(router, context, "POST", "/api/auth/refresh");
    add<LogoutEndpoint>(router, context, "POST", "/api/auth/logout");
    add<CurrentUserEndpoint>(router, context, "GET", "/api/user");
    add<ListOrganizationsEndpoint>(router, context, "GET", "/api/organizations");
    add<GetOrganizationEndpoint>(router, context, "GET", "/api/organizations/:slug");
    add<ListMembersEndpoint>(router, context, "GET", "/api/organizations/:slug/members");
    add<ListServicesEndpoint>(router, context, "GET", "/api/organizations/:slug/services");
    add<ListEndUsersEndpoint>(router, context, "GET", "/api/organizations/:slug/users");
    add<GetEndUserEndpoint>(router, context, "GET", "/api/organizations/:slug/users/:user_id");
    add<RevokeSessionsEndpoint>(router, context, "DELETE", "/api/organizations/:slug/users/:user_id/sessions");
    if (!context.rules().signInAndSecurityRoutes)
        return;
    add<LoginEndpoint>(router, context, "POST", "/api/auth/login");
    add<MfaVerifyEndpoint>(router, context, "POST", "/api/auth/mfa/verify");
    add<SelectOrganizationEndpoint>(router, context, "POST", "/api/organizations/:slug/select");
    add<ListRolesEndpoint>(router, context, "GET", "/api/organizations/:slug/roles");
    add<AuditLogEndpoint>(router, context, "GET", "/api/organizations/:slug/audit-log");
    add<AuditEventTypesEndpoint>(router, context, "GET", "/api/organizations/:slug/audit-log/event-types");
    add<RiskEventsEndpoint>(router, context, "GET", "/api/organizations/:slug/risk-events");
}

} // namespace UserAdmin::DevServer
