// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// A provider account linked to an end-user (github, google, microsoft, or any other label).
struct LinkedIdentity
{
    QString provider;
    QString providerUserId; ///< always a string, even when it looks numeric
    std::optional<QString> email; ///< providers may not expose it; a [REF] server never sends it
    std::optional<QDateTime> linkedAt;
};

} // namespace UserAdmin
