// SPDX-License-Identifier: MIT
#pragma once

#include "ApiEndpoint.h"

namespace UserAdmin::DevServer {

/// POST /api/auth/login: password sign-in of a member, with an MFA step when the account has one
/// (contract 9.5). One documented address is blocked by the "risk engine".
class LoginEndpoint : public ApiEndpoint
{
public:
    using ApiEndpoint::ApiEndpoint;
    HttpReply handle(const HttpRequestData& request, const RouteParams& params) override;

    /// Sign-ins from this client address are blocked as suspicious (documented in README.md).
    static constexpr const char* BlockedAddress = "203.0.113.66";
};

} // namespace UserAdmin::DevServer
