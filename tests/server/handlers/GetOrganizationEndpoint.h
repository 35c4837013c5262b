// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// GET /api/organizations/:slug (contract 5.2).
class GetOrganizationEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;
};

} // namespace UserAdmin::DevServer
