// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// The signed-in member according to `GET /api/user` (contract 4.6).
struct CurrentUser
{
    QString id;
    QString email;
    QString org; ///< empty when the token carries no organization claim
    QString service;
};

} // namespace UserAdmin
