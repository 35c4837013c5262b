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
        rules.listFilters = ListFilters::ServiceSlug;
        rules.plainTextQueryErrors = true;
        rules.revokeScope = RevokeScope::WholePlatform;
        rules.endUserNeedsSubscription = true;
        // The reference server answers an unknown id like a foreign one.
        rules.unknownUserRevokeMessage = QStringLiteral("User is not an end-user of this organization");
        rules.deviceRefreshToken = false;
        break;
    case ServerShape::Y2026:
        rules.listFilters = ListFilters::ServiceSlug;
        rules.plainTextQueryErrors = true;
        rules.revokeScope = RevokeScope::AllInOrganization;
        rules.unknownUserRevokeMessage = QStringLiteral("User is not an end-user of this organization");
        rules.unknownServiceMessage = QStringLiteral("Service '%1' not found");
        rules.deviceRefreshToken = false;
        rules.capabilities = true;
        rules.signInAndSecurityRoutes = true;
        rules.managementTokens = true;
        rules.deviceFlow2026 = true;
        rules.refreshFamilies = true;
        rules.logoutAnswersJson = true;
        rules.bodyLimitBytes = 1024 * 1024;
        break;
    }
    return rules;
}

} // namespace UserAdmin::DevServer
