// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// GET /api/user: who the token belongs to (contract 4.6).
class CurrentUserEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;
};

} // namespace UserAdmin::DevServer
