// SPDX-License-Identifier: MIT
#include "ShapeRules.h"

namespace UserAdmin::DevServer {

ShapeRules ShapeRules::forShape(ServerShape shape, bool noRefreshToken)
{
    ShapeRules rules;
    rules.shape = shape;
    rules.unknownServiceMessage = QStringLiteral("Service '%1' not found in organization");
    switch (shape) {
    case ServerShape::Seed:
        rules.unknownUserRevokeMessage = QStringLiteral("End-user not found");
        rules.deviceRefreshToken = !noRefreshToken;
        break;
    case ServerShape::Reference:
    case ServerShape::Y2026:
        rules.listFilters = ListFilters::ServiceSlug;
        rules.plainTextQueryErrors = true;
        rules.revokeScope = RevokeScope::WholePlatform;
        // The reference server answers an unknown id like a foreign one.
        rules.unknownUserRevokeMessage = QStringLiteral("User is not an end-user of this organization");
        rules.deviceRefreshToken = false;
        break;
    }
    return rules;
}

} // namespace UserAdmin::DevServer
