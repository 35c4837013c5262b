// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "api/PageInfo.h"
#include "api/ResponseShape.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace UserAdmin {

/// One page of the end-user list. As decoded, `users` is what the server sent; as ListEndUsersJob delivers it, the
/// page is normalised: at most `limit` rows, each id once, filtered here when the server could not search.
struct EndUserPage
{
    QList<EndUserSummary> users;
    PageInfo pageInfo;
    ResponseShape shape = ResponseShape::Seed;
    /// Rows the server sent for this page (after the cap to `limit`), before any de-duplication or local filtering.
    int serverRowCount = 0;
    /// The server ignored the search ([REF] shape): `users` holds only this page's rows that match it.
    bool filteredLocally = false;
    /// Answered from the local copy of the organization's list (LocalPageSource): when that copy was made.
    std::optional<QDateTime> localCopyBuiltAt;
    /// The local copy answered because the server could not be reached.
    bool offlineCopy = false;
};

} // namespace UserAdmin
