// SPDX-License-Identifier: MIT
#pragma once

#include "api/LinkedIdentity.h"
#include "api/ResponseShape.h"
#include "api/ServiceUsage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin {

/// One row of the end-user list.
struct EndUserSummary
{
    QString id;
    QString email;
    std::optional<QDateTime> createdAt; ///< nullopt only when the server sent an unparsable value
    /// Seed shape: nullopt means "never signed in". Reference and 2026 shapes: always nullopt, meaning unknown.
    std::optional<QDateTime> lastLoginAt;
    std::optional<bool> mfaEnabled; ///< nullopt: unknown, never a false `false`
    QStringList services; ///< service slugs (derived from subscriptions on a [REF] server)
    std::optional<bool> isPlatformOwner; ///< [REF] and [2026]
    QList<ServiceUsage> subscriptions; ///< [REF] and [2026]
    QList<LinkedIdentity> identities; ///< [REF] and [2026]
    ResponseShape shape = ResponseShape::Seed;

    /// Whether lastLoginAt == nullopt means "never" (true) or "unknown" (false).
    bool lastLoginKnown() const { return shape == ResponseShape::Seed; }
};

} // namespace UserAdmin
