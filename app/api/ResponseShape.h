// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin {

/// Which generation of the server produced a response (contract sections 6 and 9), decided per response.
enum class ResponseShape {
    Seed, ///< the product specification's shapes
    Reference, ///< the older reference server's shapes (Oct 2025)
    Platform2026, ///< the platform as deployed in 2026 (releases 0.8.x): sessions and recent sign-ins in the detail
};

} // namespace UserAdmin
