// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// A provider identity linked to an end-user account.
struct IdentityRecord
{
    qint64 rid = 0;
    QString provider;
    QString providerUserId;
    std::optional<QString> email;
    std::optional<QString> linkedAt;
};

} // namespace UserAdmin::DevServer
