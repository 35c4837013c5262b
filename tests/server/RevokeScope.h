// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin::DevServer {

/// Which sessions a revocation deletes (and counts).
enum class RevokeScope {
    ActiveInOrganization, // seed: the unexpired sessions of the organization's services
    WholePlatform, // reference server: every row of the user, expired ones and other organizations' too
    AllInOrganization, // 2026: every row tied to the organization, expired ones too
};

} // namespace UserAdmin::DevServer
