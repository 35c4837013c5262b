// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// One end-user row as stored (times "…Z"); the serializers decide what each shape shows of it.
struct EndUserRecord
{
    qint64 rid = 0;
    QString id;
    QString email;
    QString createdAt;
    std::optional<QString> updatedAt;
    std::optional<QString> lastLoginAt;
    bool emailVerified = false;
    bool mfaEnabled = false;
    bool isPlatformOwner = false;
    std::optional<QString> passwordHash;
    std::optional<QString> emailVerifiedAt;
    std::optional<QString> deletedAt;
};

} // namespace UserAdmin::DevServer
