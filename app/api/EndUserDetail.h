// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSession.h"
#include "api/LinkedIdentity.h"
#include "api/ResponseShape.h"
#include "api/ServiceUsage.h"
#include "api/SessionSummary.h"
#include "api/SignInEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace UserAdmin {

/// Everything the detail endpoint says about one end-user, in any shape. What a shape does not send is nullopt
/// (unknown), never a made-up value.
struct EndUserDetail
{
    /// Where lastLoginAt comes from.
    enum class LastLoginSource {
        Server, ///< the server's own field ([SEED]; nullopt there means "never")
        RecentSignIns, ///< the newest of the recent sign-ins ([2026]; covers only the last 20)
        None, ///< not reported at all ([REF]): unknown
    };

    QString id;
    QString email;
    std::optional<bool> emailVerified;
    std::optional<QDateTime> emailVerifiedAt; ///< [2026] when it was verified
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt; ///< nullopt: not reported (shown as unknown)
    std::optional<QDateTime> lastLoginAt; ///< see lastLoginSource
    LastLoginSource lastLoginSource = LastLoginSource::Server;
    std::optional<bool> mfaEnabled;
    std::optional<bool> isPlatformOwner; ///< [REF] and [2026] only
    std::optional<QDateTime> deletedAt; ///< [2026]: set for a deleted account
    QList<LinkedIdentity> linkedIdentities;
    QList<ServiceUsage> services;
    SessionSummary sessions;
    /// [2026] every session of this person tied to the organization, expired ones included; nullopt elsewhere.
    std::optional<QList<EndUserSession>> sessionList;
    /// [2026] the person's last sign-ins to the organization, newest first, at most 20; nullopt elsewhere.
    std::optional<QList<SignInEvent>> recentSignIns;
    ResponseShape shape = ResponseShape::Seed;

    /// Whether lastLoginAt == nullopt means "never signed in" (true) or "unknown" (false).
    bool lastLoginKnown() const { return lastLoginSource != LastLoginSource::None; }
};

} // namespace UserAdmin
