// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

namespace UserAdmin {

/// Paging of one list answer: the effective (clamped) page and limit, and the total when it is trustworthy.
struct PageInfo
{
    qint64 page = 1;
    qint64 limit = 50;
    /// Matching items across all pages; nullopt when the server's figure cannot be trusted
    /// (a [REF] server reports `total: 0` for a page past the end).
    std::optional<qint64> total;

    /// Pages needed for total (at least 1); nullopt when total is unknown.
    std::optional<qint64> pageCount() const
    {
        if (!total || limit <= 0)
            return std::nullopt;
        return std::max<qint64>(1, (*total + limit - 1) / limit);
    }
};

} // namespace UserAdmin
