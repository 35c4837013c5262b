// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace UserAdmin::DevServer {

/// HS256 JSON Web Tokens with a random secret per server run. (The 2026 server signs RS256; clients never
/// verify the signature, they only read the claims, so a symmetric key is enough here.)
class JwtCodec
{
public:
    enum class Verdict { Valid, Invalid, ExpiredWithinLeeway, ExpiredBeyondLeeway };
    static constexpr qint64 LeewaySeconds = 60;

    JwtCodec();
    /// type: the header's "typ" ("JWT", "authos-management+jwt", "authos-mfa-preauth+jwt").
    QString sign(const QJsonObject& claims, const QString& type = QStringLiteral("JWT")) const;
    /// Checks structure, algorithm, signature and expiry; fills claims (and the header's typ) when the
    /// signature holds.
    Verdict verify(const QString& token, qint64 nowSeconds, QJsonObject* claims, QString* type = nullptr) const;

private:
    QByteArray m_secret;
};

} // namespace UserAdmin::DevServer
