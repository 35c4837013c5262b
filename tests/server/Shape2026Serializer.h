// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserRecord.h"
#include "ShapeSerializer.h"

namespace UserAdmin::DevServer {

/// The 2026 server's shapes (contract 9.1-9.3): the reference envelope and items with a nine-key user and
/// naive timestamps; the detail adds session_count (unexpired, this organization), every session and the
/// last 20 sign-ins; revoked_count with "Sessions revoked successfully".
class Shape2026Serializer : public ShapeSerializer
{
public:
    QJsonObject list(const EndUserPage& page) const override;
    QJsonObject detail(const EndUserDetailRecord& detail) const override;
    QJsonObject revoked(qint64 count) const override;

private:
    /// In the list, everything but id, email, is_platform_owner and created_at is null whatever the truth.
    static QJsonObject user(const EndUserRecord& user, bool whole);
};

} // namespace UserAdmin::DevServer
