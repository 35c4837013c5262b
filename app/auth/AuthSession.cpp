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
    if (m_client) {
        connect(m_client, &ApiClient::unauthorizedReceived, this, &AuthSession::onUnauthorized);
        // The models and loaders know the client, not the session: they hear resume from it.
        connect(this, &AuthSession::resumed, m_client, &ApiClient::resumed);
    }
}

AuthSession::~AuthSession()
{
    abandonJob(m_refreshJob);
    abandonJob(m_tokenCheck);
}

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
            JwtClaims::Problem problem = JwtClaims::Problem::None;
            const auto claims = JwtClaims::fromToken(tokens->accessToken, &problem);
            const bool expired = claims && claims->expiresBefore(QDateTime::currentDateTimeUtc());
            if (!claims || (expired && tokens->refreshToken.isEmpty())) {
                qCInfo(lcAuth) << "stored token unusable, problem"
                               << int(claims ? JwtClaims::Problem::Expired : problem);
                emit restoreFinished(false, TokenStoreError());
                return;
            }
            m_storedMember = member;
            apply(TokenResponse {tokens->accessToken, tokens->refreshToken, std::nullopt}, *claims, Persistence::Store);
            emit restoreFinished(true, TokenStoreError());
            emit signedIn();
            if (expired) {
                // As good as a 401: if this refresh fails, only a new sign-in helps.
                m_refreshForUnauthorized = true;
                refresh();
            }
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

AuthSession::SignInFailure AuthSession::failureFor(JwtClaims::Problem problem)
{
    switch (problem) {
    case JwtClaims::Problem::NotAJwt:
    case JwtClaims::Problem::None:
        break;
    case JwtClaims::Problem::PayloadNotBase64:
        return SignInFailure::PayloadNotBase64;
    case JwtClaims::Problem::PayloadNotJson:
        return SignInFailure::PayloadNotJson;
    case JwtClaims::Problem::NoSubject:
        return SignInFailure::NoSubject;
    case JwtClaims::Problem::NoExpiry:
        return SignInFailure::NoExpiry;
    case JwtClaims::Problem::Expired:
        return SignInFailure::Expired;
    }
    return SignInFailure::NotAJwt;
}

bool AuthSession::signIn(const TokenResponse& tokens, Persistence persistence)
{
    JwtClaims::Problem problem = JwtClaims::Problem::None;
    const auto claims = JwtClaims::fromToken(tokens.accessToken, &problem);
    if (!claims) {
        emit signInFailed(failureFor(problem), ApiError());
        return false;
    }
    if (claims->expiresBefore(QDateTime::currentDateTimeUtc()) && tokens.refreshToken.isEmpty()) {
        emit signInFailed(SignInFailure::Expired, ApiError());
        return false;
    }
    abandonJob(m_refreshJob);
    m_refreshForUnauthorized = false;
    apply(tokens, *claims, persistence);
    if (persistence == Persistence::Store)
        persist();
    const bool wasWaiting = m_signInNeeded;
    m_signInNeeded = false;
    emit signedIn();
    if (wasWaiting)
        resumeLater();
    return true;
}

void AuthSession::signInWithPastedToken(const QString& token, Persistence persistence)
{
    const QString trimmed = token.trimmed();
    JwtClaims::Problem problem = JwtClaims::Problem::None;
    const auto claims = JwtClaims::fromToken(trimmed, &problem);
    if (!claims) {
        emit signInFailed(failureFor(problem), ApiError());
        return;
    }
    if (claims->expiresBefore(QDateTime::currentDateTimeUtc())) {
        emit signInFailed(SignInFailure::Expired, ApiError());
        return;
    }
    if (!m_client || m_tokenCheck)
        return; // a second press while the check runs changes nothing
    auto* check = new WhoAmIJob(m_client, this);
    check->setBearerToken(trimmed);
    m_tokenCheck = check;
    connect(check, &ApiJob::finished, this, [this, check, trimmed, persistence] {
        m_tokenCheck = nullptr;
        if (check->succeeded())
            signIn(TokenResponse {trimmed, QString(), std::nullopt}, persistence);
        else if (check->error().needsAuthentication())
            emit signInFailed(SignInFailure::RejectedByServer, check->error());
        else if (check->error().kind != ApiError::Kind::Cancelled)
            emit signInFailed(SignInFailure::CheckFailed, check->error());
    });
    check->start();
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
    if (hasRefreshToken()) {
        const milliseconds delay = untilBefore(*m_claims->expiresAt, leadFor(*m_claims, m_refreshLead));
        m_refreshDueAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
        m_refreshTimer.start(delay);
    } else
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
        if (m_refreshForUnauthorized) {
            m_refreshForUnauthorized = false;
            askForSignIn(SignInReason::SessionEnded);
        }
        return;
    }
    m_rateLimitTimer.stop();
    auto* job = new RefreshTokenJob(m_client, m_refreshToken, this);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this, job] { onRefreshFinished(job); });
    job->start();
}

void AuthSession::onRefreshFinished(RefreshTokenJob* job)
{
    m_refreshJob = nullptr;
    if (!job->succeeded()) {
        // refreshFailed() comes last, so that a listener can tell from isWaitingForSignIn() whether it matters.
        const ApiError error = job->error();
        if (error.kind == ApiError::Kind::RateLimited) {
            // Not "session lost": wait as told and try again (contract 3.3).
            const seconds wait = std::max(seconds(1), error.retryAfter.value_or(seconds(60)));
            m_rateLimitTimer.start(wait + seconds(1));
        } else if (error.needsAuthentication()) {
            m_refreshForUnauthorized = false;
            clearLocal();
            askForSignIn(SignInReason::SessionEnded);
        } else if (m_refreshForUnauthorized) {
            m_refreshForUnauthorized = false;
            askForSignIn(SignInReason::RenewalFailed);
        }
        emit refreshFailed(error);
        return;
    }
    TokenResponse tokens = job->tokens();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = m_refreshToken;
    const auto claims = JwtClaims::fromToken(tokens.accessToken);
    if (!claims) {
        emit refreshFailed(ApiError::decoding(QStringLiteral("access_token"), QStringLiteral("not a JWT")));
        if (m_refreshForUnauthorized) {
            m_refreshForUnauthorized = false;
            askForSignIn(SignInReason::RenewalFailed);
        }
        return;
    }
    // The server has already rotated the tokens: the old refresh token is dead. Store the new pair before using it
    // (contract 4.3), so a crash in between cannot lose the only refresh token that still works.
    const auto use = [this, tokens, newClaims = *claims] {
        m_savingRefreshedTokens = false;
        if (!m_client)
            return;
        apply(tokens, newClaims, m_persistence);
        m_refreshForUnauthorized = false;
        emit refreshed();
        resumeLater();
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
}

void AuthSession::onUnauthorized(const ApiError& error, bool withCurrentToken)
{
    qCInfo(lcAuth) << "request refused:" << error.describe() << (withCurrentToken ? "" : "(token replaced since)");
    if (!withCurrentToken) {
        // The request raced with a refresh or a sign-in: it can simply run again with the token now in use.
        resumeLater();
        return;
    }
    if (isRefreshing()) {
        m_refreshForUnauthorized = true; // the refresh under way answers this one too
        return;
    }
    if (isSignedIn() && hasRefreshToken()) {
        m_refreshForUnauthorized = true;
        refresh();
        return;
    }
    askForSignIn(SignInReason::SessionEnded);
}

void AuthSession::askForSignIn(SignInReason reason)
{
    if (m_signInNeeded)
        return;
    m_signInNeeded = true;
    qCInfo(lcAuth) << "sign-in needed:" << reason;
    emit signInNeeded(reason);
}

void AuthSession::dismissSignInRequest()
{
    m_signInNeeded = false;
}

void AuthSession::resumeLater()
{
    // Queued: the refused request's own failure must reach its model before the model hears it may run again.
    QTimer::singleShot(0, this, [this] {
        if (m_client && m_client->hasAccessToken())
            emit resumed();
    });
}

void AuthSession::clearLocal()
{
    m_warningTimer.stop();
    m_refreshTimer.stop();
    m_rateLimitTimer.stop();
    abandonJob(m_refreshJob);
    m_savingRefreshedTokens = false;
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
        m_signInNeeded = false;
        m_refreshForUnauthorized = false;
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
