// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// One stored session of an end-user, expired or not; times "…Z".
struct SessionRecord
{
    QString id;
    std::optional<QString> serviceId;
    std::optional<QString> serviceName;
    std::optional<QString> orgSlug;
    std::optional<QString> ipAddress;
    std::optional<QString> userAgent;
    QString expiresAt;
    std::optional<QString> refreshTokenExpiresAt;
    QString createdAt;
};

} // namespace UserAdmin::DevServer
