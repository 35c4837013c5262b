// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace UserAdmin {

/// The tokens of a session scoped to one organization (contract 9.5).
struct ScopedTokens
{
    QString organization; ///< slug
    QString accessToken;
    QString refreshToken;
    friend bool operator==(const ScopedTokens&, const ScopedTokens&) = default;
};

/// What a TokenStore keeps for one server origin and member: the sign-in's own tokens and, on a 2026 server, the
/// sessions scoped to organizations.
struct StoredTokens
{
    QString accessToken;
    QString refreshToken; ///< empty when the server gave none
    QList<ScopedTokens> organizations;
    friend bool operator==(const StoredTokens&, const StoredTokens&) = default;
};

} // namespace UserAdmin
