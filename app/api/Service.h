// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// A service of an organization, for the filter drop-down (contract 5.4).
struct Service
{
    QString id; ///< sent as `service_id` to a [SEED] server
    QString slug; ///< sent as `service_slug` to a [REF] server; matches the slugs in end-user rows
    QString name;
    std::optional<QString> serviceType;
    std::optional<qint64> subscriptionCount;
    std::optional<QDateTime> createdAt;

    /// The name, or the slug when the server sent an empty name.
    QString displayName() const { return name.isEmpty() ? slug : name; }
};

} // namespace UserAdmin
