// SPDX-License-Identifier: MIT
#include "auth/JwtClaims.h"

#include "api/TokenSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace UserAdmin {

namespace {

/// 9999-12-31T23:59:59Z: a later instant has no four-digit year (and QDateTime would give an invalid date).
constexpr double MaxNumericDate = 253402300799.0;

/// A NumericDate claim: nullopt when absent; `valid` false when present but fractional, negative or beyond 9999
/// (QJsonValue::toInteger() would turn those into 0, that is 1970, without a word).
std::optional<QDateTime> secondsClaim(const QJsonObject& payload, QStringView key, bool& valid)
{
    valid = true;
    const QJsonValue value = payload.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || !(seconds >= 0 && seconds <= MaxNumericDate) || std::trunc(seconds) != seconds) {
        valid = false;
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
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
    if (!TokenSyntax::isWellFormed(token))
        return fail(token.trimmed().isEmpty() ? Problem::NotAJwt : Problem::InvalidCharacters);
    const QList<QStringView> parts = token.split(u'.');
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
    bool expiryValid = true;
    bool issuedValid = true;
    claims.expiresAt = secondsClaim(payload, u"exp", expiryValid);
    claims.issuedAt = secondsClaim(payload, u"iat", issuedValid); // an unusable `iat` only counts as absent
    if (claims.subject.isEmpty())
        return fail(Problem::NoSubject);
    if (!expiryValid)
        return fail(Problem::InvalidExpiry);
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
