// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

namespace UserAdmin {

/// A TokenStore in the operating system's credential store through QtKeychain (Secret Service on Linux).
/// Jobs run asynchronously; there is never an insecure fallback to a plain file, and failures reach the caller.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    /// `service` names the application's entries in the keychain (tests use their own).
    explicit KeychainTokenStore(const QString& service = QStringLiteral("sso-user-admin"), QObject* parent = nullptr);

    void read(const QString& origin, const QString& member, QObject* context, ReadCallback callback) override;
    void write(const QString& origin,
               const QString& member,
               const StoredTokens& tokens,
               QObject* context,
               WriteCallback callback) override;
    void remove(const QString& origin, const QString& member, QObject* context, WriteCallback callback) override;

private:
    QString m_service;
};

} // namespace UserAdmin
