// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin {

/// The signed-in member according to `GET /api/user` (contracts 4.6 and 9.4).
struct CurrentUser
{
    QString id;
    QString email;
    QString org; ///< empty when the token carries no organization claim
    QString service;
    /// [2026] with an organization-scoped token: the capabilities held there (e.g. "end_users.view"). nullopt when
    /// the server does not report them (older servers, or an unscoped token).
    std::optional<QStringList> permissions;
};

} // namespace UserAdmin
