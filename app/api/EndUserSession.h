// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// One server session of an end-user, as the 2026 server lists them in the detail (contract 9.2), expired ones
/// included.
struct EndUserSession
{
    QString id;
    std::optional<QString> serviceId;
    std::optional<QString> serviceName;
    std::optional<QString> organization; ///< `org_slug`
    std::optional<QString> ipAddress;
    std::optional<QString> userAgent;
    std::optional<QDateTime> expiresAt;
    std::optional<QDateTime> refreshTokenExpiresAt;
    std::optional<QDateTime> createdAt;

    /// Active at `now`: its expiry lies ahead (a session without a readable expiry counts as active).
    bool isActiveAt(const QDateTime& now) const { return !expiresAt || *expiresAt > now; }
};

} // namespace UserAdmin
