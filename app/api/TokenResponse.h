// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace UserAdmin {

/// Tokens from the device-token, password, verification, refresh or paste paths.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; ///< empty when the server gave none (the [REF] device flow)
    std::optional<qint64> expiresInSeconds; ///< informational only; trust the JWT's exp
};

} // namespace UserAdmin

Q_DECLARE_METATYPE(UserAdmin::TokenResponse)
