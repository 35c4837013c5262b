// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserPage.h"
#include "api/EndUserQuery.h"

#include <QString>
#include <Qt>

#include <optional>

namespace UserAdmin {

/// Answers end-user list queries from somewhere other than the server (the local copy of the organization's list,
/// for searches the server cannot do, sorting and offline reading). EndUserTableModel asks it first.
class LocalPageSource
{
public:
    virtual ~LocalPageSource() = default;
    /// The page answering `query` of organization `slug`, sorted by the model's `sortColumn` (-1: the server's
    /// order); nullopt when the server should answer.
    virtual std::optional<EndUserPage>
    localPage(const QString& slug, const EndUserQuery& query, int sortColumn, Qt::SortOrder order) = 0;
};

} // namespace UserAdmin
