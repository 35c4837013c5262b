// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <Qt>

namespace UserAdmin {

/// What a read of the local directory asks for: an email substring, a service and an order.
struct DirectoryQuery
{
    /// The columns the index sorts by (the end-user table's columns, in its order).
    enum class SortKey { None, Email, LastLogin, Created, Mfa, Services };

    QString search; ///< case-insensitive substring of the email; trimmed; empty: everyone
    QString serviceSlug; ///< empty: all services
    SortKey sortKey = SortKey::None; ///< None: newest account first, as the servers list them
    Qt::SortOrder order = Qt::AscendingOrder;
};

} // namespace UserAdmin
