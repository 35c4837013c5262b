// SPDX-License-Identifier: MIT
#include "SessionStore.h"

#include "Database.h"
#include "SqlQuery.h"
#include "Timestamps.h"

#include <QCryptographicHash>
#include <QUuid>

namespace UserAdmin::DevServer {

namespace {

constexpr qint64 SessionLifetime = 86400;
constexpr qint64 RefreshLifetime = 30 * 86400;
const QString ManagementType = QStringLiteral("authos-management+jwt");
const QString PreauthenticationType = QStringLiteral("authos-mfa-preauth+jwt");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QVariant NullBlob(QMetaType::fromType<QByteArray>());
const QVariant NullText(QMetaType::fromType<QString>());
const QVariant NullInteger(QMetaType::fromType<qint64>());

} // namespace

QString SessionStore::Scope::audience() const
{
    if (!service.isEmpty())
        return QStringLiteral("service:%1/%2").arg(orgSlug, service);
    if (orgRid != 0)
        return QStringLiteral("org:") + orgSlug;
    return QStringLiteral("platform");
}

SessionStore::SessionStore(Database& database, qint64 tokenLifetimeSeconds, bool managementTokens)
    : m_database(database)
    , m_tokenLifetime(tokenLifetimeSeconds)
    , m_managementTokens(managementTokens)
{ }

QByteArray SessionStore::hash(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool SessionStore::findMemberByEmail(const QString& email, Member* member) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid FROM users WHERE is_member = 1 AND email_lc = ?"), {email.toLower()});
    if (!query.next())
        return false;
    return findMemberByRid(query.integer(0), member);
}

bool SessionStore::findMemberByRid(qint64 rid, Member* member) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid, id, email, is_platform_owner, created_at, password_hash, totp_secret,"
                             " email_verified_at FROM users WHERE rid = ? AND is_member = 1"),
              {rid});
    if (!query.next())
        return false;
    *member = {query.integer(0),
               query.text(1),
               query.text(2),
               query.value(3).toBool(),
               query.text(4),
               query.text(5),
               query.text(6),
               query.text(7)};
    return true;
}

QString SessionStore::signFor(const Member& member, const Scope& scope, qint64 issuedAt, qint64 expiresAt) const
{
    // jti keeps two tokens of the same member issued in the same second distinct (the session is keyed by hash).
    if (!m_managementTokens) {
        return m_codec.sign({{QStringLiteral("sub"), member.id},
                             {QStringLiteral("email"), member.email},
                             {QStringLiteral("is_platform_owner"), member.isPlatformOwner},
                             {QStringLiteral("iat"), issuedAt},
                             {QStringLiteral("exp"), expiresAt},
                             {QStringLiteral("jti"), newId()}});
    }
    QJsonObject claims {{QStringLiteral("token_use"), QStringLiteral("management_access")},
                        {QStringLiteral("sub"), member.id},
                        {QStringLiteral("email"), member.email},
                        {QStringLiteral("is_platform_owner"), member.isPlatformOwner},
                        {QStringLiteral("jti"), newId()},
                        {QStringLiteral("iss"), m_issuer},
                        {QStringLiteral("aud"), scope.audience()},
                        {QStringLiteral("exp"), expiresAt},
                        {QStringLiteral("iat"), issuedAt}};
    if (!scope.orgSlug.isEmpty())
        claims.insert(QStringLiteral("org"), scope.orgSlug);
    if (!scope.service.isEmpty())
        claims.insert(QStringLiteral("service"), scope.service);
    if (scope.mfaVerified)
        claims.insert(QStringLiteral("mfa_verified"), true);
    return m_codec.sign(claims, ManagementType);
}

SessionStore::Tokens
SessionStore::createSession(const Member& member, bool withRefreshToken, std::optional<qint64> expiresInSeconds)
{
    return createSession(member, withRefreshToken, expiresInSeconds, Scope());
}

SessionStore::Tokens SessionStore::createSession(const Member& member,
                                                 bool withRefreshToken,
                                                 std::optional<qint64> expiresInSeconds,
                                                 const Scope& scope)
{
    const qint64 now = Timestamps::nowSeconds();
    Tokens tokens;
    tokens.expiresIn = expiresInSeconds.value_or(m_tokenLifetime);
    tokens.accessToken = signFor(member, scope, now, now + tokens.expiresIn);
    if (withRefreshToken)
        tokens.refreshToken = newId();
    SqlQuery(m_database.connection())
        .run(QStringLiteral("INSERT INTO admin_sessions(user_rid, token_hash, refresh_hash, refresh_expires_at,"
                            " expires_at, created_at, family, org_rid, role, audience, service, mfa_verified)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {member.rid,
              hash(tokens.accessToken),
              withRefreshToken ? QVariant(hash(tokens.refreshToken)) : NullBlob,
              now + RefreshLifetime,
              now + std::max(SessionLifetime, tokens.expiresIn),
              now,
              newId(),
              scope.orgRid != 0 ? QVariant(scope.orgRid) : NullInteger,
              scope.role.isEmpty() ? NullText : QVariant(scope.role),
              scope.audience(),
              scope.service.isEmpty() ? NullText : QVariant(scope.service),
              scope.mfaVerified});
    return tokens;
}

SessionStore::Scope SessionStore::scopeOfSession(qint64 sessionRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT a.org_rid, o.slug, a.role, a.service, a.mfa_verified, a.audience"
                             " FROM admin_sessions a LEFT JOIN organizations o ON o.rid = a.org_rid WHERE a.rid = ?"),
              {sessionRid});
    Scope scope;
    if (!query.next())
        return scope;
    scope.orgRid = query.integer(0);
    scope.orgSlug = query.text(1);
    scope.role = query.text(2);
    scope.service = query.text(3);
    scope.mfaVerified = query.value(4).toBool();
    // A service session names its organization in the audience.
    const QString audience = query.text(5);
    if (scope.orgSlug.isEmpty() && audience.startsWith(QLatin1String("service:")))
        scope.orgSlug = audience.mid(8).section(QLatin1Char('/'), 0, 0);
    return scope;
}

SessionStore::Authentication SessionStore::authenticate(const QByteArray& authorizationHeader) const
{
    Authentication result;
    if (!authorizationHeader.startsWith("Bearer ") || authorizationHeader.size() <= 7) {
        result.check = Check::MissingHeader;
        return result;
    }
    const QString token = QString::fromLatin1(authorizationHeader.mid(7));
    QJsonObject claims;
    QString type;
    switch (m_codec.verify(token, Timestamps::nowSeconds(), &claims, &type)) {
    case JwtCodec::Verdict::Invalid:
    case JwtCodec::Verdict::ExpiredBeyondLeeway:
        result.check = Check::Invalid;
        return result;
    case JwtCodec::Verdict::ExpiredWithinLeeway:
        result.check = Check::ExpiredWithinLeeway;
        return result;
    case JwtCodec::Verdict::Valid:
        break;
    }
    // A pre-authentication token (or any other kind) is not an access token.
    if (m_managementTokens
        && (type != ManagementType
            || claims.value(QStringLiteral("token_use")).toString() != QLatin1String("management_access"))) {
        result.check = Check::Invalid;
        return result;
    }
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT user_rid, rid FROM admin_sessions WHERE token_hash = ? AND expires_at > ?"),
              {hash(token), Timestamps::nowSeconds()});
    if (!query.next()) {
        result.check = Check::SessionGone;
        return result;
    }
    if (!findMemberByRid(query.integer(0), &result.member)
        || result.member.id != claims.value(QStringLiteral("sub")).toString()) {
        result.check = Check::UserGone;
        return result;
    }
    result.scope = scopeOfSession(query.integer(1));
    result.check = Check::Ok;
    return result;
}

bool SessionStore::scopeStillHolds(qint64 userRid, const Scope& scope) const
{
    if (scope.orgRid == 0)
        return true;
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT m.role, o.status FROM memberships m JOIN organizations o ON o.rid = m.org_rid"
                             " WHERE m.org_rid = ? AND m.user_rid = ?"),
              {scope.orgRid, userRid});
    return query.next() && query.text(0) == scope.role && query.text(1) == QLatin1String("active");
}

SessionStore::Refresh SessionStore::refresh(const QString& refreshToken, Tokens* tokens)
{
    const qint64 now = Timestamps::nowSeconds();
    SqlQuery query(m_database.connection());
    query.run(
        QStringLiteral("SELECT rid, user_rid, refresh_expires_at, family FROM admin_sessions WHERE refresh_hash = ?"),
        {hash(refreshToken)});
    if (!query.next()) {
        if (!m_managementTokens)
            return Refresh::Unknown;
        // A refresh token that was already rotated away: someone holds a copy. End the whole family.
        query.run(QStringLiteral("SELECT family FROM used_refresh_tokens WHERE hash = ?"), {hash(refreshToken)});
        if (!query.next())
            return Refresh::Unknown;
        const QString family = query.text(0);
        query.run(QStringLiteral("DELETE FROM admin_sessions WHERE family = ?"), {family});
        return Refresh::FamilyRevoked;
    }
    const qint64 sessionRid = query.integer(0);
    const qint64 userRid = query.integer(1);
    const qint64 refreshExpiresAt = query.integer(2);
    const QString family = query.text(3);
    const Scope scope = scopeOfSession(sessionRid);
    Member member;
    Refresh failure = Refresh::Rotated;
    if (refreshExpiresAt <= now || !findMemberByRid(userRid, &member))
        failure = Refresh::Expired;
    else if (m_managementTokens && !scopeStillHolds(userRid, scope))
        failure = Refresh::MembershipChanged;
    if (failure != Refresh::Rotated) {
        query.run(QStringLiteral("DELETE FROM admin_sessions WHERE rid = ?"), {sessionRid});
        return failure;
    }
    tokens->expiresIn = m_tokenLifetime;
    tokens->accessToken = signFor(member, scope, now, now + m_tokenLifetime);
    tokens->refreshToken = newId();
    if (m_managementTokens)
        query.run(QStringLiteral("INSERT OR IGNORE INTO used_refresh_tokens(hash, family) VALUES (?, ?)"),
                  {hash(refreshToken), family});
    query.run(QStringLiteral("UPDATE admin_sessions SET token_hash = ?, refresh_hash = ?, refresh_expires_at = ?,"
                             " expires_at = ? WHERE rid = ?"),
              {hash(tokens->accessToken),
               hash(tokens->refreshToken),
               now + RefreshLifetime,
               now + std::max(SessionLifetime, m_tokenLifetime),
               sessionRid});
    return Refresh::Rotated;
}

void SessionStore::logout(const QString& accessToken)
{
    SqlQuery(m_database.connection())
        .run(QStringLiteral("DELETE FROM admin_sessions WHERE token_hash = ?"), {hash(accessToken)});
}

QString SessionStore::issuePreauthentication(const Member& member, const QString& orgSlug) const
{
    const qint64 now = Timestamps::nowSeconds();
    QJsonObject claims {{QStringLiteral("token_use"), QStringLiteral("mfa_preauth")},
                        {QStringLiteral("sub"), member.id},
                        {QStringLiteral("email"), member.email},
                        {QStringLiteral("jti"), newId()},
                        {QStringLiteral("iss"), m_issuer},
                        {QStringLiteral("aud"), QStringLiteral("mfa")},
                        {QStringLiteral("iat"), now},
                        {QStringLiteral("exp"), now + PreauthenticationSeconds}};
    if (!orgSlug.isEmpty())
        claims.insert(QStringLiteral("org"), orgSlug);
    return m_codec.sign(claims, PreauthenticationType);
}

std::optional<SessionStore::Preauthentication> SessionStore::readPreauthentication(const QString& token) const
{
    QJsonObject claims;
    QString type;
    if (m_codec.verify(token, Timestamps::nowSeconds(), &claims, &type) != JwtCodec::Verdict::Valid
        || type != PreauthenticationType
        || claims.value(QStringLiteral("token_use")).toString() != QLatin1String("mfa_preauth"))
        return std::nullopt;
    const QString id = claims.value(QStringLiteral("jti")).toString();
    if (id.isEmpty() || m_usedPreauthentications.contains(id))
        return std::nullopt;
    Preauthentication result;
    result.id = id;
    result.orgSlug = claims.value(QStringLiteral("org")).toString();
    if (!findMemberByEmail(claims.value(QStringLiteral("email")).toString(), &result.member)
        || result.member.id != claims.value(QStringLiteral("sub")).toString())
        return std::nullopt;
    return result;
}

} // namespace UserAdmin::DevServer
