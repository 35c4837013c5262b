// SPDX-License-Identifier: MIT
#include "auth/AuthSession.h"

#include "api/ApiClient.h"
#include "api/RefreshTokenJob.h"
#include "auth/EnvironmentToken.h"
#include "auth/LogoutAll.h"
#include "auth/ScopedSessions.h"
#include "auth/TokenStore.h"
#include "core/Logging.h"

namespace UserAdmin {

using namespace std::chrono;

AuthSession::AuthSession(ApiClient* client, TokenStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(&m_renewal, &RenewalSchedule::refreshDue, this, &AuthSession::refresh);
    connect(&m_renewal, &RenewalSchedule::expiryApproaching, this, &AuthSession::expiryApproaching);
    m_scoped = new ScopedSessions(client, this);
    connect(m_scoped, &ScopedSessions::selected, this, &AuthSession::onSelected);
    connect(m_scoped, &ScopedSessions::selectFailed, this, [this](const QString& slug, const ApiError& error) {
        if (error.needsAuthentication())
            return; // the refusal reached onUnauthorized too; the selection is asked again when the session resumes
        // Not scoped, but the sign-in's token still serves this organization's requests on every server.
        if (slug == m_pendingOrganization)
            m_pendingOrganization.clear();
        qCInfo(lcAuth) << "no session scoped to" << slug << ":" << error.describe();
        openedLater(slug, std::nullopt);
        resumeAfterSelection();
    });
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
            // The sign-in's own session, else one scoped to an organization (a device-flow sign-in's own token
            // has no refresh token, its organizations' sessions do).
            QList<ScopedTokens> candidates {{QString(), tokens->accessToken, tokens->refreshToken}};
            candidates << tokens->organizations;
            std::optional<JwtClaims> claims;
            ScopedTokens chosen;
            for (const ScopedTokens& candidate : std::as_const(candidates)) {
                const auto read = JwtClaims::fromToken(candidate.accessToken);
                if (read && !read->isPreauthentication()
                    && (!read->expiresBefore(QDateTime::currentDateTimeUtc()) || !candidate.refreshToken.isEmpty())) {
                    claims = read;
                    chosen = candidate;
                    break;
                }
            }
            if (!claims) {
                qCInfo(lcAuth) << "stored sign-in unusable (expired without a refresh token, or not a JWT)";
                emit restoreFinished(false, TokenStoreError());
                return;
            }
            const bool expired = claims->expiresBefore(QDateTime::currentDateTimeUtc());
            m_storedMember = member;
            m_scoped->setAll(tokens->organizations);
            m_baseAccess = tokens->accessToken;
            m_baseRefresh = tokens->refreshToken;
            m_scope = chosen.organization;
            apply(TokenResponse {chosen.accessToken, chosen.refreshToken, std::nullopt}, *claims, Persistence::Store);
            emit restoreFinished(true, TokenStoreError());
            emit signedIn();
            if (expired) {
                // As good as a 401: if this refresh fails, only a new sign-in helps.
                m_refreshForUnauthorized = true;
                refresh();
            }
        });
}

void AuthSession::saveCurrent()
{
    if (!m_client)
        return;
    if (m_scope.isEmpty()) {
        m_baseAccess = m_client->accessToken();
        m_baseRefresh = m_refreshToken;
    } else {
        m_scoped->store({m_scope, m_client->accessToken(), m_refreshToken});
    }
}

void AuthSession::switchTo(const QString& scope,
                           const QString& accessToken,
                           const QString& refreshToken,
                           const JwtClaims& claims)
{
    saveCurrent();
    m_scope = scope;
    apply(TokenResponse {accessToken, refreshToken, std::nullopt}, claims, m_persistence);
}

StoredTokens AuthSession::storedWith(const QString& access, const QString& refresh) const
{
    StoredTokens stored;
    stored.accessToken = m_scope.isEmpty() ? access : m_baseAccess;
    stored.refreshToken = m_scope.isEmpty() ? refresh : m_baseRefresh;
    for (const ScopedTokens& scoped : m_scoped->all()) {
        if (scoped.organization != m_scope)
            stored.organizations.append(scoped);
    }
    if (!m_scope.isEmpty())
        stored.organizations.append({m_scope, access, refresh});
    return stored;
}

void AuthSession::openedLater(const QString& slug, const std::optional<MemberRole>& role)
{
    QTimer::singleShot(0, this, [this, slug, role] { emit organizationOpened(slug, role); });
}

bool AuthSession::opensWithoutSelection() const
{
    return isSignedIn() && (m_scoped->isUnsupported() || !m_claims->isManagementToken());
}

void AuthSession::openOrganization(const QString& slug)
{
    m_pendingOrganization.clear();
    if (!isSignedIn() || slug.isEmpty() || slug == m_scope || m_scoped->isUnsupported()
        || !m_claims->isManagementToken()) {
        // Nothing to select: not signed in, already scoped to it, or a server without scoped sessions (whose
        // sign-in token serves every organization). Only the 2026 server issues management tokens, and only it
        // knows the selection: older ones are not asked a question they answer with 404.
        openedLater(slug, std::nullopt);
        return;
    }
    if (const auto scoped = m_scoped->tokensFor(slug)) {
        const auto claims = JwtClaims::fromToken(scoped->accessToken);
        const bool expired = claims && claims->expiresBefore(QDateTime::currentDateTimeUtc());
        if (claims && (!expired || !scoped->refreshToken.isEmpty())) {
            switchTo(slug, scoped->accessToken, scoped->refreshToken, *claims);
            if (expired) {
                m_refreshForUnauthorized = true;
                refresh(); // requests sent meanwhile are refused and resume after it
            }
            openedLater(slug, std::nullopt);
            return;
        }
        m_scoped->forget(slug);
    }
    m_pendingOrganization = slug;
    m_scoped->select(slug);
}

void AuthSession::onSelected(const QString& slug, const ScopedTokens& tokens, const std::optional<MemberRole>& role)
{
    const auto claims = JwtClaims::fromToken(tokens.accessToken);
    if (slug != m_pendingOrganization || !claims || !isSignedIn()) {
        // Superseded by another organization, or not a token: keep it for later, use what is in use now.
        if (slug == m_pendingOrganization)
            openedLater(slug, role);
        return;
    }
    m_pendingOrganization.clear();
    switchTo(slug, tokens.accessToken, tokens.refreshToken, *claims);
    persist();
    openedLater(slug, role);
    resumeAfterSelection();
}

void AuthSession::resumeAfterSelection()
{
    if (!m_resumeAfterSelection)
        return;
    m_resumeAfterSelection = false;
    resumeLater();
}

bool AuthSession::signIn(const TokenResponse& tokens, Persistence persistence)
{
    JwtClaims::Problem problem = JwtClaims::Problem::None;
    const auto claims = JwtClaims::fromToken(tokens.accessToken, &problem);
    if (!claims) {
        emit signInFailed(failureFor(problem), ApiError());
        return false;
    }
    if (claims->isPreauthentication()) {
        emit signInFailed(SignInFailure::NotAnAccessToken, ApiError());
        return false;
    }
    if (claims->expiresBefore(QDateTime::currentDateTimeUtc()) && tokens.refreshToken.isEmpty()) {
        emit signInFailed(SignInFailure::Expired, ApiError());
        return false;
    }
    abandonJob(m_refreshJob);
    m_refreshForUnauthorized = false;
    m_resumeAfterSelection = false;
    const QString previousScope = m_scope;
    // A new sign-in starts afresh: sessions scoped under an earlier one may have ended with it.
    m_scoped->clear();
    m_scope.clear();
    m_pendingOrganization.clear();
    apply(tokens, *claims, persistence);
    if (persistence == Persistence::Store)
        persist();
    const bool wasWaiting = m_signInNeeded;
    m_signInNeeded = false;
    emit signedIn();
    if (wasWaiting) {
        if (!previousScope.isEmpty() && claims->isManagementToken() && !m_scoped->isUnsupported()) {
            // The window still shows the organization the refused requests were for; a management token cannot
            // read it, so they resume once it is selected again.
            m_resumeAfterSelection = true;
            m_pendingOrganization = previousScope;
            m_scoped->select(previousScope);
        } else {
            resumeLater();
        }
    }
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
    m_renewal.schedule(claims, hasRefreshToken());
}

void AuthSession::persist()
{
    if (!m_store || !m_client || !m_claims || m_persistence != Persistence::Store)
        return;
    const QString member = m_claims->email;
    m_storedMember = member;
    m_store->write(m_client->origin(),
                   member,
                   storedWith(m_client->accessToken(), m_refreshToken),
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
            m_renewal.retryAfter(error.retryAfter.value_or(seconds(60)));
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
        saveCurrent();
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
                   storedWith(tokens.accessToken, tokens.refreshToken),
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
        if (!m_client || !m_client->hasAccessToken())
            return;
        emit resumed();
        if (!m_pendingOrganization.isEmpty() && !m_scoped->isSelecting())
            openOrganization(m_pendingOrganization);
    });
}

void AuthSession::clearLocal()
{
    m_renewal.stop();
    abandonJob(m_refreshJob);
    m_savingRefreshedTokens = false;
    m_claims.reset();
    m_refreshToken.clear();
    if (m_client)
        m_client->setAccessToken(QString());
}

void AuthSession::signOut()
{
    if (m_signingOut)
        return;
    auto removeStored = [this](const ApiError& logoutError) {
        const QString member = m_storedMember;
        const bool stored = m_persistence == Persistence::Store && !member.isEmpty();
        const QString origin = m_client ? m_client->origin() : QString();
        clearLocal();
        m_scoped->clear();
        m_scope.clear();
        m_baseAccess.clear();
        m_baseRefresh.clear();
        m_pendingOrganization.clear();
        m_signInNeeded = false;
        m_refreshForUnauthorized = false;
        m_resumeAfterSelection = false;
        m_storedMember.clear();
        if (!stored || !m_store) {
            emit signedOut(logoutError, TokenStoreError());
            return;
        }
        m_store->remove(origin, member, this, [this, logoutError](const TokenStoreError& storeError) {
            emit signedOut(logoutError, storeError);
        });
    };
    // Every session ends: the sign-in's own and each organization's (each one's refresh token dies with it).
    saveCurrent();
    QStringList tokens {m_baseAccess};
    for (const ScopedTokens& scoped : m_scoped->all())
        tokens << scoped.accessToken;
    m_signingOut = true;
    auto* logout = new LogoutAll(m_client, tokens, this);
    connect(logout, &LogoutAll::finished, this, [this, removeStored](const ApiError& logoutError) {
        m_signingOut = false;
        removeStored(logoutError);
    });
    logout->start();
}

} // namespace UserAdmin
