// SPDX-License-Identifier: MIT
#pragma once

#include "auth/StoredTokens.h"
#include "auth/TokenStoreError.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace UserAdmin {

/// Where the member's tokens live between runs: one entry per server origin and member. Every operation is
/// asynchronous; the callback runs later on the event loop, and only while `context` is alive.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    /// nullopt without error: nothing stored.
    using ReadCallback = std::function<void(const std::optional<StoredTokens>& tokens, const TokenStoreError& error)>;
    using WriteCallback = std::function<void(const TokenStoreError& error)>;

    using QObject::QObject;

    virtual void read(const QString& origin, const QString& member, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& origin,
                       const QString& member,
                       const StoredTokens& tokens,
                       QObject* context,
                       WriteCallback callback) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual void remove(const QString& origin, const QString& member, QObject* context, WriteCallback callback) = 0;

    /// The entry name: `origin member` with the member's email in lower case.
    static QString entryKey(const QString& origin, const QString& member);
    /// The stored form (JSON) and back; used by implementations that keep a single string.
    static QString serialize(const StoredTokens& tokens);
    static std::optional<StoredTokens> deserialize(const QString& text);
};

} // namespace UserAdmin
