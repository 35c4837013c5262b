// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/CurrentUser.h"
#include "api/DeviceAuthorization.h"
#include "api/SelectedOrganization.h"
#include "api/TokenResponse.h"

#include <QByteArray>

#include <optional>

namespace UserAdmin {

/// Decodes the sign-in answers: device code (4.1), token (4.1/4.3/9.5), who-am-I (4.6/9.4) and the organization
/// selection (9.5).
class AuthDecoder
{
public:
    static std::optional<DeviceAuthorization> decodeDeviceAuthorization(const QByteArray& body, ApiError& error);
    static std::optional<TokenResponse> decodeTokenResponse(const QByteArray& body, ApiError& error);
    static std::optional<CurrentUser> decodeCurrentUser(const QByteArray& body, ApiError& error);
    static std::optional<SelectedOrganization> decodeSelectedOrganization(const QByteArray& body, ApiError& error);
};

} // namespace UserAdmin
