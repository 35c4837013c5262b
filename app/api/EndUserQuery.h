// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// What the end-user list is asked for. Values are normalised (clamped, trimmed) before sending.
struct EndUserQuery
{
    qint64 page = 1;
    qint64 limit = 50;
    QString search; ///< by email; trimmed, omitted when empty
    QString serviceId; ///< [SEED] `service_id`
    QString serviceSlug; ///< [REF] `service_slug`

    static constexpr qint64 MaxLimit = 100;
    qint64 clampedPage() const { return page < 1 ? 1 : page; }
    qint64 clampedLimit() const { return limit < 1 ? 1 : (limit > MaxLimit ? MaxLimit : limit); }
};

} // namespace UserAdmin
