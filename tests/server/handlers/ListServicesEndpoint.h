// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// GET /api/organizations/:slug/services (contract 5.4).
class ListServicesEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;
};

} // namespace UserAdmin::DevServer
