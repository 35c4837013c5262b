// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <optional>

namespace UserAdmin {

/// The end-user's server sessions ([SEED] `sessions`, [REF] `session_count`, counted platform-wide).
struct SessionSummary
{
    std::optional<qint64> activeCount;
    std::optional<QDateTime> lastCreatedAt; ///< null when there are no sessions; never sent by [REF]
};

} // namespace UserAdmin
