// SPDX-License-Identifier: MIT
#pragma once

#include "api/MemberRole.h"
#include "api/Organization.h"
#include "api/TokenResponse.h"

#include <optional>

namespace UserAdmin {

/// The answer to `POST /api/organizations/:slug/select` (contract 9.5): the organization, the member's role in
/// it, and tokens scoped to it (with a refresh token).
struct SelectedOrganization
{
    Organization organization;
    std::optional<MemberRole> role;
    TokenResponse tokens;
};

} // namespace UserAdmin
