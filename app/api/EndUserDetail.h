// SPDX-License-Identifier: MIT
#pragma once

#include "api/LinkedIdentity.h"
#include "api/ResponseShape.h"
#include "api/ServiceUsage.h"
#include "api/SessionSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace UserAdmin {

/// Everything the detail endpoint says about one end-user.
struct EndUserDetail
{
    QString id;
    QString email;
    std::optional<bool> emailVerified;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt; ///< falls back to nothing; display createdAt or "—"
    std::optional<QDateTime> lastLoginAt; ///< see EndUserSummary::lastLoginAt
    std::optional<bool> mfaEnabled;
    std::optional<bool> isPlatformOwner; ///< [REF] only
    QList<LinkedIdentity> linkedIdentities;
    QList<ServiceUsage> services;
    SessionSummary sessions;
    ResponseShape shape = ResponseShape::Seed;

    bool lastLoginKnown() const { return shape == ResponseShape::Seed; }
};

} // namespace UserAdmin
