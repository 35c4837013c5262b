// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace UserAdmin {

/// The characters a bearer token may hold (RFC 6750 `b64token`: JWTs and opaque tokens alike). Checked wherever a
/// token enters (server answers, paste, environment, keychain) and again before one becomes a header, so a CR/LF
/// can never inject a header line.
class TokenSyntax
{
public:
    /// Longer than any token a server issues; a longer text is refused rather than sent.
    static constexpr qsizetype MaxLength = 16 * 1024;
    /// True for 1..MaxLength characters of `A-Z a-z 0-9 - . _ ~ + /` followed by any number of `=`.
    /// No trimming: surrounding white space is a problem of the caller.
    static bool isWellFormed(QStringView token);
};

} // namespace UserAdmin
