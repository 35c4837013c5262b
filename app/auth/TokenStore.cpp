// SPDX-License-Identifier: MIT
#include "auth/TokenStore.h"

#include "api/TokenSyntax.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

QString TokenStore::entryKey(const QString& origin, const QString& member)
{
    return origin + u' ' + member.trimmed().toLower();
}

QString TokenStore::serialize(const StoredTokens& tokens)
{
    QJsonObject object {{QStringLiteral("access_token"), tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        object.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    if (!tokens.organizations.isEmpty()) {
        QJsonObject organizations;
        for (const ScopedTokens& scoped : tokens.organizations) {
            QJsonObject entry {{QStringLiteral("access_token"), scoped.accessToken}};
            if (!scoped.refreshToken.isEmpty())
                entry.insert(QStringLiteral("refresh_token"), scoped.refreshToken);
            organizations.insert(scoped.organization, entry);
        }
        object.insert(QStringLiteral("organizations"), organizations);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<StoredTokens> TokenStore::deserialize(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    StoredTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    // An entry someone else wrote to the keychain may hold anything: a token with a line break must never become
    // a header, so such an entry counts as unreadable.
    if (!TokenSyntax::isWellFormed(tokens.accessToken)
        || (!tokens.refreshToken.isEmpty() && !TokenSyntax::isWellFormed(tokens.refreshToken)))
        return std::nullopt;
    const QJsonObject organizations = object.value(QStringLiteral("organizations")).toObject();
    for (auto it = organizations.begin(); it != organizations.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ScopedTokens scoped {it.key(),
                             entry.value(QStringLiteral("access_token")).toString(),
                             entry.value(QStringLiteral("refresh_token")).toString()};
        if (!scoped.organization.isEmpty() && TokenSyntax::isWellFormed(scoped.accessToken)
            && (scoped.refreshToken.isEmpty() || TokenSyntax::isWellFormed(scoped.refreshToken)))
            tokens.organizations.append(scoped);
    }
    return tokens;
}

} // namespace UserAdmin
