// SPDX-License-Identifier: MIT
#pragma once

#include "api/MemberRole.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// An organization the member belongs to (contract 5.1 / 5.2).
struct Organization
{
    enum class Status { Active, Pending, Suspended, Rejected, Other };

    QString id;
    QString slug;
    QString name;
    QString ownerUserId;
    Status status = Status::Other;
    QString statusText; ///< as sent, for display and for unknown statuses
    std::optional<QString> tierId;
    std::optional<QString> tierName; ///< the tier's display name
    std::optional<qint64> maxServices;
    std::optional<qint64> maxUsers;
    std::optional<qint64> membershipCount;
    std::optional<qint64> serviceCount;
    std::optional<QString> rejectionReason;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    /// Only when a newer server sends it inline (`role` or `membership.role`); otherwise ask MemberRoleJob.
    std::optional<MemberRole> role;

    bool isActive() const { return status == Status::Active; }
    /// The name, or the slug when the server sent an empty name.
    QString displayName() const { return name.isEmpty() ? slug : name; }
    static Status statusFromString(QStringView text);
};

} // namespace UserAdmin
