// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin {

/// Answer of a session revocation.
struct RevokeResult
{
    QString message; ///< human text; display or ignore, never parse
    /// `sessions_revoked` ([SEED]) or `revoked_count` ([REF]); 0 is a success ("nothing to revoke").
    std::optional<qint64> sessionsRevoked;
    /// The 2xx body could not be read: the revocation happened, only the count is unknown.
    bool answerUnreadable = false;
};

} // namespace UserAdmin
