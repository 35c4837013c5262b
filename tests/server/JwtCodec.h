// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace UserAdmin::DevServer {

/// HS256 JSON Web Tokens with a random secret per server run.
class JwtCodec
{
public:
    enum class Verdict { Valid, Invalid, ExpiredWithinLeeway, ExpiredBeyondLeeway };
    static constexpr qint64 LeewaySeconds = 60;

    JwtCodec();
    QString sign(const QJsonObject& claims) const;
    /// Checks structure, algorithm, signature and expiry; fills claims when the signature holds.
    Verdict verify(const QString& token, qint64 nowSeconds, QJsonObject* claims) const;

private:
    QByteArray m_secret;
};

} // namespace UserAdmin::DevServer
