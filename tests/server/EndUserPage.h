// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserListItem.h"

#include <QList>

namespace UserAdmin::DevServer {

/// A page of the end-user list with the effective page and limit and the exact total of matching users.
struct EndUserPage
{
    QList<EndUserListItem> items;
    qint64 total = 0;
    qint64 page = 1;
    qint64 limit = 50;
};

} // namespace UserAdmin::DevServer
