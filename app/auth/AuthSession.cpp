// SPDX-License-Identifier: MIT
#include "auth/AuthSession.h"

#include "api/ApiClient.h"
#include "api/LogoutJob.h"
#include "api/RefreshTokenJob.h"
#include "auth/EnvironmentToken.h"
#include "auth/TokenStore.h"
#include "core/Logging.h"

namespace UserAdmin {

using namespace std::chrono;

namespace {

milliseconds untilBefore(const QDateTime& when, seconds lead)
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when.addSecs(-lead.count()));
    // QTimer takes an int; clamp to a day, the timers are re-armed on every token change anyway.
    return milliseconds(std::clamp<qint64>(ms, 0, qint64(24) * 3600 * 1000));
}

/// A refresh lead never exceeds half the token's lifetime, so a short-lived token is not refreshed again at once.
seconds leadFor(const JwtClaims& claims, seconds lead)
{
    if (claims.issuedAt && claims.expiresAt) {
        const qint64 lifetime = claims.issuedAt->secsTo(*claims.expiresAt);
        if (lifetime > 0)
            return seconds(std::min<qint64>(lead.count(), lifetime / 2));
    }
    return lead;
}

} // namespace

AuthSession::AuthSession(ApiClient* client, TokenStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_warningTimer.setSingleShot(true);
    m_refreshTimer.setSingleShot(true);
    m_rateLimitTimer.setSingleShot(true);
    connect(&m_warningTimer, &QTimer::timeout, this, [this] {
        if (m_claims && m_claims->expiresAt)
            emit expiryApproaching(*m_claims->expiresAt);
    });
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthSession::refresh);
    connect(&m_rateLimitTimer, &QTimer::timeout, this, &AuthSession::refresh);
    if (m_client)
        connect(m_client, &ApiClient::unauthorizedReceived, this, &AuthSession::onUnauthorized);
}

AuthSession::~AuthSession() = default;

void AuthSession::restore(const QString& member)
{
    if (!m_store || !m_client) {
        emit restoreFinished(false,
                             TokenStoreError {TokenStoreError::Kind::NoBackend, QStringLiteral("No token store.")});
        return;
    }
    const QString origin = m_client->origin();
    m_store->read(
        origin, member, this, [this, member](const std::optional<StoredTokens>& tokens, const TokenStoreError& error) {
            if (error.isError() || !tokens) {
                emit restoreFinished(false, error);
                return;
            }
            QString reason;
            const auto claims = JwtClaims::fromToken(tokens->accessToken, &reason);
            const bool expired = claims && claims->expiresBefore(QDateTime::currentDateTimeUtc());
            if (!claims || (expired && tokens->refreshToken.isEmpty())) {
                qCInfo(lcAuth) << "stored token unusable:" << (claims ? QStringLiteral("expired") : reason);
                emit restoreFinished(false, TokenStoreError());
                return;
            }
            m_storedMember = member;
            apply(TokenResponse {tokens->accessToken, tokens->refreshToken, std::nullopt}, *claims, Persistence::Store);
            emit restoreFinished(true, TokenStoreError());
            emit signedIn();
            if (expired)
                refresh();
        });
}

bool AuthSession::useEnvironmentToken()
{
    const auto token = EnvironmentToken::read();
    if (!token)
        return false;
    qCInfo(lcAuth) << "using the token from" << EnvironmentToken::variableName() << "(not stored)";
    return signIn(TokenResponse {*token, QString(), std::nullopt}, Persistence::SessionOnly);
}

bool AuthSession::signIn(const TokenResponse& tokens, Persistence persistence)
{
    QString reason;
    const auto claims = JwtClaims::fromToken(tokens.accessToken, &reason);
    if (!claims) {
        emit signInFailed(reason);
        return false;
    }
    if (claims->expiresBefore(QDateTime::currentDateTimeUtc()) && tokens.refreshToken.isEmpty()) {
        emit signInFailed(QStringLiteral("The token has expired."));
        return false;
    }
    apply(tokens, *claims, persistence);
    if (persistence == Persistence::Store)
        persist();
    emit signedIn();
    return true;
}

void AuthSession::apply(const TokenResponse& tokens, const JwtClaims& claims, Persistence persistence)
{
    m_claims = claims;
    m_refreshToken = tokens.refreshToken;
    m_persistence = persistence;
    if (m_client)
        m_client->setAccessToken(tokens.accessToken);
    qCInfo(lcAuth) << "signed in as" << claims.email << "until" << claims.expiresAt.value_or(QDateTime())
                   << (m_refreshToken.isEmpty() ? "without refresh token" : "with refresh token");
    scheduleTimers();
}

void AuthSession::scheduleTimers()
{
    m_warningTimer.stop();
    m_refreshTimer.stop();
    if (!m_claims || !m_claims->expiresAt)
        return;
    if (hasRefreshToken())
        m_refreshTimer.start(untilBefore(*m_claims->expiresAt, leadFor(*m_claims, m_refreshLead)));
    else
        m_warningTimer.start(untilBefore(*m_claims->expiresAt, m_warningLead));
}

void AuthSession::persist()
{
    if (!m_store || !m_client || !m_claims || m_persistence != Persistence::Store)
        return;
    const QString member = m_claims->email;
    m_storedMember = member;
    m_store->write(m_client->origin(),
                   member,
                   StoredTokens {m_client->accessToken(), m_refreshToken},
                   this,
                   [this](const TokenStoreError& error) {
                       if (error.isError())
                           emit storeFailed(error);
                   });
}

void AuthSession::refresh()
{
    if (isRefreshing() || !m_client)
        return; // single flight: the running refresh answers everybody
    if (!hasRefreshToken()) {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.serverMessage = QStringLiteral("No refresh token; sign in again.");
        emit refreshFailed(error);
        return;
    }
    m_rateLimitTimer.stop();
    auto* job = new RefreshTokenJob(m_client, m_refreshToken, this);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_refreshJob = nullptr;
        if (!job->succeeded()) {
            const ApiError error = job->error();
            if (error.kind == ApiError::Kind::RateLimited) {
                // Not "session lost": wait as told and try again (contract 3.3).
                const seconds wait = std::max(seconds(1), error.retryAfter.value_or(seconds(60)));
                m_rateLimitTimer.start(wait + seconds(1));
            }
            emit refreshFailed(error);
            if (error.needsAuthentication()) {
                clearLocal();
                emit sessionExpired(error);
            }
            return;
        }
        TokenResponse tokens = job->tokens();
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = m_refreshToken;
        QString reason;
        const auto claims = JwtClaims::fromToken(tokens.accessToken, &reason);
        if (!claims) {
            emit refreshFailed(ApiError::decoding(QStringLiteral("access_token"), reason));
            return;
        }
        // The server has already rotated the tokens: the old refresh token is dead. Store the new pair before
        // using it (contract 4.3), so a crash in between cannot lose the only refresh token that still works.
        const auto use = [this, tokens, newClaims = *claims] {
            m_savingRefreshedTokens = false;
            if (!m_client)
                return;
            apply(tokens, newClaims, m_persistence);
            emit refreshed();
        };
        if (m_persistence != Persistence::Store || !m_store) {
            use();
            return;
        }
        m_savingRefreshedTokens = true;
        m_storedMember = claims->email;
        m_store->write(m_client->origin(),
                       claims->email,
                       StoredTokens {tokens.accessToken, tokens.refreshToken},
                       this,
                       [this, use](const TokenStoreError& error) {
                           if (error.isError())
                               emit storeFailed(error);
                           use();
                       });
    });
    job->start();
}

void AuthSession::onUnauthorized(const ApiError& error)
{
    if (!isSignedIn())
        return;
    if (hasRefreshToken()) {
        refresh();
        return;
    }
    emit sessionExpired(error);
}

void AuthSession::clearLocal()
{
    m_warningTimer.stop();
    m_refreshTimer.stop();
    m_rateLimitTimer.stop();
    if (m_refreshJob)
        m_refreshJob->cancel();
    m_claims.reset();
    m_refreshToken.clear();
    if (m_client)
        m_client->setAccessToken(QString());
}

void AuthSession::signOut()
{
    if (m_logoutJob)
        return;
    auto removeStored = [this](const ApiError& logoutError) {
        const QString member = m_storedMember;
        const bool stored = m_persistence == Persistence::Store && !member.isEmpty();
        const QString origin = m_client ? m_client->origin() : QString();
        clearLocal();
        m_storedMember.clear();
        if (!stored || !m_store) {
            emit signedOut(logoutError, TokenStoreError());
            return;
        }
        m_store->remove(origin, member, this, [this, logoutError](const TokenStoreError& storeError) {
            emit signedOut(logoutError, storeError);
        });
    };
    if (!m_client || !m_client->hasAccessToken()) {
        removeStored(ApiError());
        return;
    }
    auto* job = new LogoutJob(m_client, seconds(5), this);
    m_logoutJob = job;
    connect(job, &ApiJob::finished, this, [job, removeStored] { removeStored(job->error()); });
    job->start();
}

} // namespace UserAdmin
