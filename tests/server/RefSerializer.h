// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserRecord.h"
#include "IdentityRecord.h"
#include "ShapeSerializer.h"
#include "SubscriptionRecord.h"

#include <QJsonArray>

namespace UserAdmin::DevServer {

/// The reference server's shapes (contract section 6): nested {user, subscriptions, identities}, top-level
/// total (0 on a page past the end), platform-wide session_count, revoked_count; times with 0, 3, 6 or 9
/// fraction digits.
class RefSerializer : public ShapeSerializer
{
public:
    QJsonObject list(const EndUserPage& page) const override;
    QJsonObject detail(const EndUserDetailRecord& detail) const override;
    QJsonObject revoked(qint64 count) const override;

    /// The parts the 2026 shapes share.
    static QJsonArray subscriptions(const QList<SubscriptionRecord>& subscriptions, qint64 userRid);
    static QJsonArray identities(const QList<IdentityRecord>& identities);

private:
    static QJsonObject user(const EndUserRecord& user);
};

} // namespace UserAdmin::DevServer
