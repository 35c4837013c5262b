// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// Why a TokenStore operation failed; shown to the person (the keychain may be locked or missing).
struct TokenStoreError
{
    enum class Kind {
        None,
        NoBackend, ///< no secret service / keychain available
        AccessDenied, ///< the person or the system refused access
        Corrupt, ///< the entry exists but cannot be read as tokens
        Other,
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

} // namespace UserAdmin
