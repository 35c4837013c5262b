// SPDX-License-Identifier: MIT
#include "auth/MemoryTokenStore.h"

#include <QPointer>
#include <QTimer>

namespace UserAdmin {

namespace {

template<typename Function>
void later(QObject* context, Function function)
{
    QTimer::singleShot(0, context, std::move(function));
}

} // namespace

bool MemoryTokenStore::contains(const QString& origin, const QString& member) const
{
    return m_entries.contains(entryKey(origin, member));
}

void MemoryTokenStore::read(const QString& origin, const QString& member, QObject* context, ReadCallback callback)
{
    const TokenStoreError failure = m_failure;
    std::optional<StoredTokens> tokens;
    if (!failure.isError()) {
        const auto it = m_entries.constFind(entryKey(origin, member));
        if (it != m_entries.constEnd())
            tokens = *it;
    }
    later(context, [callback = std::move(callback), tokens, failure] { callback(tokens, failure); });
}

void MemoryTokenStore::write(
    const QString& origin, const QString& member, const StoredTokens& tokens, QObject* context, WriteCallback callback)
{
    const TokenStoreError failure = m_failure;
    if (!failure.isError())
        m_entries.insert(entryKey(origin, member), tokens);
    later(context, [callback = std::move(callback), failure] { callback(failure); });
}

void MemoryTokenStore::remove(const QString& origin, const QString& member, QObject* context, WriteCallback callback)
{
    const TokenStoreError failure = m_failure;
    if (!failure.isError())
        m_entries.remove(entryKey(origin, member));
    later(context, [callback = std::move(callback), failure] { callback(failure); });
}

} // namespace UserAdmin
