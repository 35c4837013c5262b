// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

namespace UserAdmin {

/// Something learned later about an action, linked to its attempt: e.g. a reload after an unknown outcome.
struct AuditFollowUp
{
    enum class Kind {
        Reloaded, ///< the account was read again; `activeSessions` is what the server reported then
    };

    Kind kind = Kind::Reloaded;
    std::optional<qint64> activeSessions;

    static AuditFollowUp reloaded(std::optional<qint64> activeSessions) { return {Kind::Reloaded, activeSessions}; }

    friend bool operator==(const AuditFollowUp&, const AuditFollowUp&) = default;
};

} // namespace UserAdmin
