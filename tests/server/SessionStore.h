// SPDX-License-Identifier: MIT
#pragma once

#include "JwtCodec.h"

#include <QSet>
#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

class Database;

/// Member sessions: every access token belongs to a server-side session, so logout, refresh rotation
/// and deletion end it before its exp. Only hashes of tokens are stored. With management tokens (the
/// 2026 shape) tokens carry the claims of contract 9.5, sessions may be scoped to an organization or a
/// service, and refresh tokens rotate within a family that dies when a used one comes back.
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
        QString passwordHash;
        QString totpSecret;
        QString emailVerifiedAt;
    };
    /// What a session was issued for.
    struct Scope
    {
        qint64 orgRid = 0; // 0: a platform-level session
        QString orgSlug;
        QString role; // the member's role when the session was selected
        QString service; // a service device flow's service slug
        bool mfaVerified = false;
        QString audience() const;
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
        Scope scope;
    };
    enum class Refresh { Rotated, Unknown, Expired, FamilyRevoked, MembershipChanged };
    struct Preauthentication
    {
        Member member;
        QString orgSlug;
        QString id;
    };

    SessionStore(Database& database, qint64 tokenLifetimeSeconds, bool managementTokens);
    void setIssuer(const QString& issuer) { m_issuer = issuer; }

    /// Case-insensitive.
    bool findMemberByEmail(const QString& email, Member* member) const;
    bool findMemberByRid(qint64 rid, Member* member) const;
    /// A new session (a new refresh family); expiresInSeconds overrides the token lifetime (negative: expired).
    Tokens createSession(const Member& member, bool withRefreshToken, std::optional<qint64> expiresInSeconds = {});
    Tokens createSession(const Member& member,
                         bool withRefreshToken,
                         std::optional<qint64> expiresInSeconds,
                         const Scope& scope);
    /// Checks an Authorization header value as the contract's rows 1-5 describe.
    Authentication authenticate(const QByteArray& authorizationHeader) const;
    /// Rotates a refresh token.
    Refresh refresh(const QString& refreshToken, Tokens* tokens);
    /// Deletes the session of that access token, if any.
    void logout(const QString& accessToken);
    qint64 tokenLifetime() const { return m_tokenLifetime; }

    /// The pre-authentication token of a password sign-in that still needs the MFA code (300 s).
    QString issuePreauthentication(const Member& member, const QString& orgSlug) const;
    /// The sign-in a valid, unexpired, unused pre-authentication token stands for.
    std::optional<Preauthentication> readPreauthentication(const QString& token) const;
    /// A pre-authentication token is used once.
    void consumePreauthentication(const QString& id) { m_usedPreauthentications.insert(id); }
    static constexpr qint64 PreauthenticationSeconds = 300;

private:
    QString signFor(const Member& member, const Scope& scope, qint64 issuedAt, qint64 expiresAt) const;
    bool scopeStillHolds(qint64 userRid, const Scope& scope) const;
    Scope scopeOfSession(qint64 sessionRid) const;
    static QByteArray hash(const QString& token);

    Database& m_database;
    qint64 m_tokenLifetime;
    bool m_managementTokens;
    QString m_issuer;
    JwtCodec m_codec;
    QSet<QString> m_usedPreauthentications;
};

} // namespace UserAdmin::DevServer
