// SPDX-License-Identifier: MIT
#pragma once

#include "api/MemberRole.h"

#include <QString>

#include <optional>

namespace UserAdmin {

/// One entry of an organization's member list (contract 5.3), reduced to what the role look-up needs.
struct OrganizationMember
{
    QString userId;
    QString email;
    std::optional<MemberRole> role; ///< nullopt for a role name this client does not know
};

} // namespace UserAdmin
