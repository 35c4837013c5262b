// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin {

/// Which generation of the server produced a response (contract section 6), decided per response.
enum class ResponseShape {
    Seed, ///< the product specification's shapes
    Reference, ///< the older reference server's shapes
};

} // namespace UserAdmin
