// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "api/PageInfo.h"
#include "api/ResponseShape.h"

#include <QList>

namespace UserAdmin {

/// One page of the end-user list.
struct EndUserPage
{
    QList<EndUserSummary> users;
    PageInfo pageInfo;
    ResponseShape shape = ResponseShape::Seed;
};

} // namespace UserAdmin
