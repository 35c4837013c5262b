// SPDX-License-Identifier: MIT
#pragma once

#include "ShapeSerializer.h"

namespace UserAdmin::DevServer {

/// The seed specification's shapes (contract 1.1-1.3): flat items, {users, pagination}, sessions_revoked.
class SeedSerializer : public ShapeSerializer
{
public:
    QJsonObject list(const EndUserPage& page) const override;
    QJsonObject detail(const EndUserDetailRecord& detail) const override;
    QJsonObject revoked(qint64 count) const override;
};

} // namespace UserAdmin::DevServer
