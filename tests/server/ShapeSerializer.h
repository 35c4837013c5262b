// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserDetailRecord.h"
#include "EndUserPage.h"
#include "ServerShape.h"

#include <QJsonObject>

#include <memory>

namespace UserAdmin::DevServer {

/// Writes end-user records in the response shapes of one server version. Adding a shape means adding a
/// serializer (and its ShapeRules).
class ShapeSerializer
{
public:
    virtual ~ShapeSerializer() = default;

    virtual QJsonObject list(const EndUserPage& page) const = 0;
    virtual QJsonObject detail(const EndUserDetailRecord& detail) const = 0;
    virtual QJsonObject revoked(qint64 count) const = 0;

    static std::unique_ptr<ShapeSerializer> create(ServerShape shape);
};

} // namespace UserAdmin::DevServer
