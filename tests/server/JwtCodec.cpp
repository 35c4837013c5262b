// SPDX-License-Identifier: MIT
#include "JwtCodec.h"

#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace UserAdmin::DevServer {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QJsonObject decodeObject(const QByteArray& part, bool* ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    *ok = decoded && error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

JwtCodec::JwtCodec()
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_secret.data()), 8);
}

QString JwtCodec::sign(const QJsonObject& claims, const QString& type) const
{
    const QByteArray header =
        QJsonDocument(QJsonObject {{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), type}})
            .toJson(QJsonDocument::Compact)
            .toBase64(Base64Url);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    const QByteArray input = header + '.' + payload;
    const QByteArray signature = QMessageAuthenticationCode::hash(input, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + signature.toBase64(Base64Url));
}

JwtCodec::Verdict JwtCodec::verify(const QString& token, qint64 nowSeconds, QJsonObject* claims, QString* type) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return Verdict::Invalid;
    bool ok = false;
    const QJsonObject header = decodeObject(parts.at(0), &ok);
    if (!ok || header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return Verdict::Invalid;
    const auto signature =
        QByteArray::fromBase64Encoding(parts.at(2), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), m_secret, QCryptographicHash::Sha256);
    if (!signature || !constantTimeEquals(signature.decoded, expected))
        return Verdict::Invalid;
    if (type)
        *type = header.value(QStringLiteral("typ")).toString();
    *claims = decodeObject(parts.at(1), &ok);
    if (!ok || !claims->value(QStringLiteral("exp")).isDouble() || !claims->value(QStringLiteral("sub")).isString())
        return Verdict::Invalid;
    const auto exp = qint64(claims->value(QStringLiteral("exp")).toDouble());
    if (nowSeconds > exp + LeewaySeconds)
        return Verdict::ExpiredBeyondLeeway;
    if (nowSeconds >= exp)
        return Verdict::ExpiredWithinLeeway;
    return Verdict::Valid;
}

} // namespace UserAdmin::DevServer
