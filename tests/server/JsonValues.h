// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// A string or JSON null.
inline QJsonValue textOrNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace UserAdmin::DevServer
