// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserRecord.h"
#include "IdentityRecord.h"
#include "SubscriptionRecord.h"

#include <QList>

namespace UserAdmin::DevServer {

/// One row of an end-user page: the account with its subscriptions in the organization and its identities.
struct EndUserListItem
{
    EndUserRecord user;
    QList<SubscriptionRecord> subscriptions;
    QList<IdentityRecord> identities;
};

} // namespace UserAdmin::DevServer
