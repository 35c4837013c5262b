// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin::DevServer {

/// Password hashes of the seeded accounts. Members get a salted SHA-256 that sign-in checks (good enough
/// for throw-away test accounts, and never shown). End-users with a password get a recognisable fake
/// argon2id string, shown in the 2026 detail so that a client's refusal to keep it can be tested.
class PasswordHash
{
public:
    /// The salt segment of every end-user hash: base64 of "seeded-by-sso-dev-server".
    static constexpr const char* EndUserMarker = "c2VlZGVkLWJ5LXNzby1kZXYtc2VydmVy";

    static QString forMember(const QString& salt, const QString& password);
    static bool matches(const QString& stored, const QString& password);
    static QString forEndUser(const QString& email);
};

} // namespace UserAdmin::DevServer
