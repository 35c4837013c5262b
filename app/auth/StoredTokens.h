// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// What a TokenStore keeps for one server origin and member.
struct StoredTokens
{
    QString accessToken;
    QString refreshToken; ///< empty when the server gave none
    friend bool operator==(const StoredTokens&, const StoredTokens&) = default;
};

} // namespace UserAdmin
