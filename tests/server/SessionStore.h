// SPDX-License-Identifier: MIT
#pragma once

#include "JwtCodec.h"

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

class Database;

/// Member sessions: every access token belongs to a server-side session, so logout, refresh rotation
/// and deletion end it before its exp. Only hashes of tokens are stored.
class SessionStore
{
public:
    struct Member
    {
        qint64 rid = 0;
        QString id;
        QString email;
        bool isPlatformOwner = false;
        QString createdAt;
    };
    struct Tokens
    {
        QString accessToken;
        QString refreshToken; // empty when none was asked for
        qint64 expiresIn = 0;
    };
    enum class Check { Ok, MissingHeader, Invalid, ExpiredWithinLeeway, SessionGone, UserGone };
    struct Authentication
    {
        Check check = Check::MissingHeader;
        Member member;
    };

    SessionStore(Database& database, qint64 tokenLifetimeSeconds);

    bool findMemberByEmail(const QString& email, Member* member) const;
    bool findMemberByRid(qint64 rid, Member* member) const;
    /// A new session; expiresInSeconds overrides the token lifetime (negative: already expired).
    Tokens createSession(const Member& member, bool withRefreshToken, std::optional<qint64> expiresInSeconds = {});
    /// Checks an Authorization header value as the contract's rows 1-5 describe.
    Authentication authenticate(const QByteArray& authorizationHeader) const;
    /// Rotates a refresh token; false when unknown or expired.
    bool refresh(const QString& refreshToken, Tokens* tokens);
    /// Deletes the session of that access token, if any.
    void logout(const QString& accessToken);
    qint64 tokenLifetime() const { return m_tokenLifetime; }

private:
    QString signFor(const Member& member, qint64 issuedAt, qint64 expiresAt) const;
    static QByteArray hash(const QString& token);

    Database& m_database;
    qint64 m_tokenLifetime;
    JwtCodec m_codec;
};

} // namespace UserAdmin::DevServer
