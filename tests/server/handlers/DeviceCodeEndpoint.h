// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// POST /auth/device/code: issues a device code (contract 4.1 step 1).
class DeviceCodeEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;
};

} // namespace UserAdmin::DevServer
