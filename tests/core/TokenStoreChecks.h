// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

#include <QTest>

namespace UserAdmin::Test {

/// Runs TokenStore operations to completion (the callbacks come asynchronously).
class TokenStoreChecks
{
public:
    explicit TokenStoreChecks(TokenStore& store)
        : m_store(store)
    { }

    std::pair<std::optional<StoredTokens>, TokenStoreError> read(const QString& origin, const QString& member)
    {
        bool done = false;
        std::pair<std::optional<StoredTokens>, TokenStoreError> result;
        QObject context;
        m_store.read(
            origin, member, &context, [&](const std::optional<StoredTokens>& tokens, const TokenStoreError& error) {
                result = {tokens, error};
                done = true;
            });
        [[maybe_unused]] const bool called = QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    TokenStoreError write(const QString& origin, const QString& member, const StoredTokens& tokens)
    {
        bool done = false;
        TokenStoreError result;
        QObject context;
        m_store.write(origin, member, tokens, &context, [&](const TokenStoreError& error) {
            result = error;
            done = true;
        });
        [[maybe_unused]] const bool called = QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    TokenStoreError remove(const QString& origin, const QString& member)
    {
        bool done = false;
        TokenStoreError result;
        QObject context;
        m_store.remove(origin, member, &context, [&](const TokenStoreError& error) {
            result = error;
            done = true;
        });
        [[maybe_unused]] const bool called = QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

private:
    TokenStore& m_store;
};

} // namespace UserAdmin::Test
