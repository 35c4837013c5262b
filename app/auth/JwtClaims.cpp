// SPDX-License-Identifier: MIT
#include "auth/JwtClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

namespace {

std::optional<QDateTime> secondsClaim(const QJsonObject& payload, QStringView key)
{
    const QJsonValue value = payload.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

} // namespace

std::optional<JwtClaims> JwtClaims::fromToken(QStringView token, Problem* problem)
{
    auto fail = [problem](Problem why) -> std::optional<JwtClaims> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (problem)
        *problem = Problem::None;
    const QList<QStringView> parts = token.trimmed().split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return fail(Problem::NotAJwt);
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(Problem::PayloadNotBase64);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Problem::PayloadNotJson);
    const QJsonObject payload = document.object();
    JwtClaims claims;
    // The header is read only for its type; a header that cannot be read leaves the type empty.
    if (const auto header = QByteArray::fromBase64Encoding(
            parts.at(0).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors))
        claims.type = QJsonDocument::fromJson(*header).object().value(QStringLiteral("typ")).toString();
    claims.subject = payload.value(QStringLiteral("sub")).toString();
    claims.email = payload.value(QStringLiteral("email")).toString();
    claims.isPlatformOwner = payload.value(QStringLiteral("is_platform_owner")).toBool(false);
    claims.org = payload.value(QStringLiteral("org")).toString();
    const QJsonValue audience = payload.value(QStringLiteral("aud"));
    claims.audience = audience.isArray() ? audience.toArray().first().toString() : audience.toString();
    claims.expiresAt = secondsClaim(payload, u"exp");
    claims.issuedAt = secondsClaim(payload, u"iat");
    if (claims.subject.isEmpty())
        return fail(Problem::NoSubject);
    if (!claims.expiresAt)
        return fail(Problem::NoExpiry);
    return claims;
}

QString JwtClaims::scopedOrganization() const
{
    if (audience.startsWith(QLatin1String("org:")))
        return audience.mid(4);
    return org;
}

bool JwtClaims::expiresBefore(const QDateTime& now, std::chrono::seconds margin) const
{
    return expiresAt && *expiresAt <= now.addSecs(margin.count());
}

} // namespace UserAdmin
