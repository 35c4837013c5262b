// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin {

/// `SSO_USER_ADMIN_TOKEN`: an access token for automation. Used for the session only, never stored.
class EnvironmentToken
{
public:
    static QString variableName() { return QStringLiteral("SSO_USER_ADMIN_TOKEN"); }
    /// The trimmed token, or nullopt when the variable is unset or blank.
    static std::optional<QString> read();
};

} // namespace UserAdmin
