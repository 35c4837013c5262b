// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// One service of the organization an end-user has used ([SEED] `services[]`, [REF] `subscriptions[]`).
struct ServiceUsage
{
    QString id;
    QString slug;
    QString name;
    /// [SEED]: null = never logged in through that service. [REF]: not sent (unknown).
    std::optional<QDateTime> firstLoginAt;
    std::optional<QDateTime> lastLoginAt;
    /// [2026]: lastLoginAt was found among the recent sign-ins (only the last 20 are known).
    bool lastLoginFromRecentSignIns = false;
    // [REF] subscription details, kept for chips when present.
    std::optional<QString> planId;
    std::optional<QString> planName;
    std::optional<QString> status;
    std::optional<QDateTime> currentPeriodEnd;
    std::optional<QDateTime> subscribedAt;

    /// The name, or the slug when the server sent an empty name.
    QString displayName() const { return name.isEmpty() ? slug : name; }
};

} // namespace UserAdmin
