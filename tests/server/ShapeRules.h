// SPDX-License-Identifier: MIT
#pragma once

#include "RevokeScope.h"
#include "ServerShape.h"

#include <QString>

namespace UserAdmin::DevServer {

/// What differs between server versions besides the response shapes: parameters, scopes, messages, and
/// which parts of the API exist.
struct ShapeRules
{
    enum class ListFilters { SearchAndServiceId, ServiceSlug };

    ServerShape shape = ServerShape::Seed;
    ListFilters listFilters = ListFilters::SearchAndServiceId;
    /// Malformed query values answer 400 in plain text (the reference server's extractor) instead of the envelope.
    bool plainTextQueryErrors = false;
    RevokeScope revokeScope = RevokeScope::ActiveInOrganization;
    /// Detail and revocation need a subscription (the reference server); otherwise any use of a service will do.
    bool endUserNeedsSubscription = false;
    /// The 404 of a revocation for an id that is no user at all.
    QString unknownUserRevokeMessage;
    /// The 404 of an unknown service filter; %1 is the value asked for.
    QString unknownServiceMessage;
    /// The device flow hands out a refresh token.
    bool deviceRefreshToken = true;

    // The 2026 server (contract section 9).
    /// End-user, audit-log and risk routes are gated by the role's capabilities, not by membership alone.
    bool capabilities = false;
    /// Password sign-in with MFA, organization selection, roles, audit log and risk events exist.
    bool signInAndSecurityRoutes = false;
    /// Tokens carry typ "authos-management+jwt" and the claims of contract 9.5; an expired token is a plain
    /// JWT_ERROR (no TOKEN_EXPIRED) and a revoked session "Session revoked or expired".
    bool managementTokens = false;
    /// Only platform owners may redeem the platform device flow; services may have a device flow of their own;
    /// a device code is redeemed once and answers DEVICE_CODE_PENDING afterwards.
    bool deviceFlow2026 = false;
    /// A refresh token presented again revokes its whole family; a changed membership ends a scoped refresh.
    bool refreshFamilies = false;
    bool logoutAnswersJson = false;
    /// Request bodies larger than this answer 413 (0: no limit).
    qint64 bodyLimitBytes = 0;

    static ShapeRules forShape(ServerShape shape, bool noRefreshToken);
};

} // namespace UserAdmin::DevServer
