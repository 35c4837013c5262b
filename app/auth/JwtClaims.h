// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace UserAdmin {

/// The claims of an access token (contract 4.5), read from the payload without checking the signature:
/// the server enforces the token, the client only needs to know who and until when.
struct JwtClaims
{
    /// Why a text cannot be used as an access token (the UI words it).
    enum class Problem {
        None,
        NotAJwt, ///< not three dot-separated parts
        PayloadNotBase64,
        PayloadNotJson,
        NoSubject, ///< no `sub`
        NoExpiry, ///< no `exp`
        Expired,
        InvalidCharacters, ///< not the bearer-token alphabet (a CR/LF, a space, ...): never sent as a header
        InvalidExpiry, ///< `exp` is not a whole number of seconds within the years 1970..9999
    };

    QString subject; ///< `sub`: the member's user id
    QString email;
    bool isPlatformOwner = false;
    QString org; ///< empty when the claim is absent
    QString audience; ///< `aud` ([2026]: "platform", "org:<slug>", "service:<org>/<svc>"); empty when absent
    QString type; ///< the header's `typ` ([2026]: "authos-management+jwt", or the MFA pre-authentication type)
    std::optional<QDateTime> expiresAt; ///< `exp`, UTC
    std::optional<QDateTime> issuedAt; ///< `iat`, UTC

    /// nullopt (and the problem) when the text is not a JWT with a JSON payload carrying `sub` and `exp`.
    /// The text is not trimmed: a token with white space or a line break is refused (TokenSyntax).
    /// Expiry is not checked here (see expiresBefore()).
    static std::optional<JwtClaims> fromToken(QStringView token, Problem* problem = nullptr);
    /// A pre-authentication token of the 2026 password sign-in: proof of the password only, for the MFA step.
    bool isPreauthentication() const { return type == QLatin1String("authos-mfa-preauth+jwt"); }
    /// A management token of the 2026 server, which knows organization-scoped sessions (contract 9.5).
    bool isManagementToken() const { return type == QLatin1String("authos-management+jwt"); }
    /// The organization the token is scoped to: `aud` "org:<slug>", else the `org` claim; empty when none.
    QString scopedOrganization() const;
    /// True when `exp` lies before `now + margin` (a token without exp never expires here).
    bool expiresBefore(const QDateTime& now, std::chrono::seconds margin = std::chrono::seconds(0)) const;
};

} // namespace UserAdmin
