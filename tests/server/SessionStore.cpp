// SPDX-License-Identifier: MIT
#include "SessionStore.h"

#include "Database.h"
#include "Timestamps.h"

#include "SqlQuery.h"

#include <QCryptographicHash>
#include <QUuid>

namespace UserAdmin::DevServer {

namespace {

constexpr qint64 SessionLifetime = 86400;
constexpr qint64 RefreshLifetime = 30 * 86400;

} // namespace

SessionStore::SessionStore(Database& database, qint64 tokenLifetimeSeconds)
    : m_database(database)
    , m_tokenLifetime(tokenLifetimeSeconds)
{ }

QByteArray SessionStore::hash(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool SessionStore::findMemberByEmail(const QString& email, Member* member) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid FROM users WHERE is_member = 1 AND email = ?"), {email});
    if (!query.next())
        return false;
    return findMemberByRid(query.value(0).toLongLong(), member);
}

bool SessionStore::findMemberByRid(qint64 rid, Member* member) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral(
                  "SELECT rid, id, email, is_platform_owner, created_at FROM users WHERE rid = ? AND is_member = 1"),
              {rid});
    if (!query.next())
        return false;
    member->rid = query.value(0).toLongLong();
    member->id = query.value(1).toString();
    member->email = query.value(2).toString();
    member->isPlatformOwner = query.value(3).toBool();
    member->createdAt = query.value(4).toString();
    return true;
}

QString SessionStore::signFor(const Member& member, qint64 issuedAt, qint64 expiresAt) const
{
    // jti keeps two tokens of the same member issued in the same second distinct (the session is keyed by hash).
    return m_codec.sign({{QStringLiteral("sub"), member.id},
                         {QStringLiteral("email"), member.email},
                         {QStringLiteral("is_platform_owner"), member.isPlatformOwner},
                         {QStringLiteral("iat"), issuedAt},
                         {QStringLiteral("exp"), expiresAt},
                         {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

SessionStore::Tokens
SessionStore::createSession(const Member& member, bool withRefreshToken, std::optional<qint64> expiresInSeconds)
{
    const qint64 now = Timestamps::nowSeconds();
    Tokens tokens;
    tokens.expiresIn = expiresInSeconds.value_or(m_tokenLifetime);
    tokens.accessToken = signFor(member, now, now + tokens.expiresIn);
    if (withRefreshToken)
        tokens.refreshToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlQuery(m_database.connection())
        .run(QStringLiteral("INSERT INTO admin_sessions(user_rid, token_hash, refresh_hash, refresh_expires_at,"
                            " expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {member.rid,
              hash(tokens.accessToken),
              withRefreshToken ? QVariant(hash(tokens.refreshToken)) : QVariant(QMetaType::fromType<QByteArray>()),
              now + RefreshLifetime,
              now + std::max(SessionLifetime, tokens.expiresIn),
              now});
    return tokens;
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
    switch (m_codec.verify(token, Timestamps::nowSeconds(), &claims)) {
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
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT user_rid FROM admin_sessions WHERE token_hash = ? AND expires_at > ?"),
              {hash(token), Timestamps::nowSeconds()});
    if (!query.next()) {
        result.check = Check::SessionGone;
        return result;
    }
    if (!findMemberByRid(query.value(0).toLongLong(), &result.member)
        || result.member.id != claims.value(QStringLiteral("sub")).toString()) {
        result.check = Check::UserGone;
        return result;
    }
    result.check = Check::Ok;
    return result;
}

bool SessionStore::refresh(const QString& refreshToken, Tokens* tokens)
{
    const qint64 now = Timestamps::nowSeconds();
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid, user_rid, refresh_expires_at FROM admin_sessions WHERE refresh_hash = ?"),
              {hash(refreshToken)});
    if (!query.next())
        return false;
    const qint64 sessionRid = query.value(0).toLongLong();
    Member member;
    if (query.value(2).toLongLong() <= now || !findMemberByRid(query.value(1).toLongLong(), &member)) {
        SqlQuery(m_database.connection()).run(QStringLiteral("DELETE FROM admin_sessions WHERE rid = ?"), {sessionRid});
        return false;
    }
    tokens->expiresIn = m_tokenLifetime;
    tokens->accessToken = signFor(member, now, now + m_tokenLifetime);
    tokens->refreshToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlQuery(m_database.connection())
        .run(QStringLiteral("UPDATE admin_sessions SET token_hash = ?, refresh_hash = ?, refresh_expires_at = ?,"
                            " expires_at = ? WHERE rid = ?"),
             {hash(tokens->accessToken),
              hash(tokens->refreshToken),
              now + RefreshLifetime,
              now + std::max(SessionLifetime, m_tokenLifetime),
              sessionRid});
    return true;
}

void SessionStore::logout(const QString& accessToken)
{
    SqlQuery(m_database.connection())
        .run(QStringLiteral("DELETE FROM admin_sessions WHERE token_hash = ?"), {hash(accessToken)});
}

} // namespace UserAdmin::DevServer
