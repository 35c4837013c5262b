// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// POST /api/auth/refresh: rotates a refresh token (contract 4.3).
class RefreshTokenEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;
};

} // namespace UserAdmin::DevServer
