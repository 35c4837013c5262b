// SPDX-License-Identifier: MIT
#pragma once

#include "RevokeScope.h"
#include "ServerShape.h"

#include <QString>

namespace UserAdmin::DevServer {

/// What differs between server versions besides the response shapes: parameters, scopes, messages.
struct ShapeRules
{
    enum class ListFilters { SearchAndServiceId, ServiceSlug };

    ServerShape shape = ServerShape::Seed;
    ListFilters listFilters = ListFilters::SearchAndServiceId;
    /// Malformed query values answer 400 in plain text (the reference server's extractor) instead of the envelope.
    bool plainTextQueryErrors = false;
    RevokeScope revokeScope = RevokeScope::ActiveInOrganization;
    /// The 404 of a revocation for an id that is no user at all.
    QString unknownUserRevokeMessage;
    /// The 404 of an unknown service filter; %1 is the value asked for.
    QString unknownServiceMessage;
    /// The device flow hands out a refresh token.
    bool deviceRefreshToken = true;

    static ShapeRules forShape(ServerShape shape, bool noRefreshToken);
};

} // namespace UserAdmin::DevServer
