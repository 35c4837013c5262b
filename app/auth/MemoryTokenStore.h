// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

#include <QHash>

namespace UserAdmin {

/// A TokenStore in memory, for tests and for sessions that must not persist. Asynchronous like the keychain;
/// a failure can be injected to exercise the error paths.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void read(const QString& origin, const QString& member, QObject* context, ReadCallback callback) override;
    void write(const QString& origin,
               const QString& member,
               const StoredTokens& tokens,
               QObject* context,
               WriteCallback callback) override;
    void remove(const QString& origin, const QString& member, QObject* context, WriteCallback callback) override;

    /// Every following operation fails with this error (Kind::None to stop).
    void setFailure(const TokenStoreError& error) { m_failure = error; }
    qsizetype entryCount() const { return m_entries.size(); }
    bool contains(const QString& origin, const QString& member) const;

private:
    QHash<QString, StoredTokens> m_entries;
    TokenStoreError m_failure;
};

} // namespace UserAdmin
