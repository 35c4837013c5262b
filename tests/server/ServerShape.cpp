// SPDX-License-Identifier: MIT
#include "ServerShape.h"

namespace UserAdmin::DevServer {

QString shapeName(ServerShape shape)
{
    switch (shape) {
    case ServerShape::Seed:
        return QStringLiteral("seed");
    case ServerShape::Reference:
        return QStringLiteral("ref");
    case ServerShape::Y2026:
        return QStringLiteral("2026");
    }
    return {};
}

std::optional<ServerShape> shapeFromName(const QString& name)
{
    for (ServerShape shape : {ServerShape::Seed, ServerShape::Reference, ServerShape::Y2026}) {
        if (shapeName(shape) == name)
            return shape;
    }
    return std::nullopt;
}

} // namespace UserAdmin::DevServer
