// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserListItem.h"
#include "LoginRecord.h"
#include "SessionRecord.h"

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// Everything the detail endpoint of any shape may show about one end-user of one organization.
struct EndUserDetailRecord
{
    EndUserListItem account;
    qint64 activeSessionsInOrganization = 0;
    std::optional<QString> lastActiveSessionCreatedAt;
    qint64 sessionRowsOnPlatform = 0; // every stored row, expired ones too, of every organization
    QList<SessionRecord> sessionsInOrganization; // expired ones too, newest first
    QList<LoginRecord> recentLogins; // to the organization, newest first, at most 20
};

} // namespace UserAdmin::DevServer
