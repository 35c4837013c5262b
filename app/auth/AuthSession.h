// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/MemberRole.h"
#include "api/RefreshTokenJob.h"
#include "api/TokenResponse.h"
#include "api/WhoAmIJob.h"
#include "auth/JwtClaims.h"
#include "auth/RenewalSchedule.h"
#include "auth/StoredTokens.h"
#include "auth/TokenStoreError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace UserAdmin {

class ApiClient;
class ScopedSessions;
class TokenStore;

/// The signed-in member of one server: tokens, claims, persistence in a TokenStore, the warning before expiry,
/// single-flight refresh (when a refresh token exists) and sign-out. It sets the bearer token on ApiClient.
///
/// It is the single owner of 401s: every 401 answered to the session's token reaches it (ApiClient::
/// unauthorizedReceived), and it either refreshes or asks once for a new sign-in (signInNeeded). When requests can
/// be sent again it emits resumed(), which ApiClient forwards to the models and loaders that were refused.
class AuthSession : public QObject
{
    Q_OBJECT
public:
    enum class Persistence {
        Store, ///< keep the tokens in the TokenStore
        SessionOnly, ///< never stored (SSO_USER_ADMIN_TOKEN, or the person chose so)
    };
    Q_ENUM(Persistence)

    /// Why a token offered to signIn() or signInWithPastedToken() was not taken.
    enum class SignInFailure {
        NotAJwt,
        PayloadNotBase64,
        PayloadNotJson,
        NoSubject,
        NoExpiry,
        Expired,
        InvalidCharacters, ///< line breaks, spaces or other characters no token has: never sent
        InvalidExpiry, ///< `exp` is fractional or outside the years 1970..9999
        NotAnAccessToken, ///< a pre-authentication token of the password sign-in: the MFA step is missing
        RejectedByServer, ///< the server answered 401 to the token: expired, revoked, or of another server
        CheckFailed, ///< the server could not be asked (see the ApiError)
    };
    Q_ENUM(SignInFailure)

    /// Why signInNeeded() was emitted.
    enum class SignInReason {
        SessionEnded, ///< the server no longer accepts the session and there is no way to renew it
        RenewalFailed, ///< the server refused the token and renewing it failed (network, server error)
    };
    Q_ENUM(SignInReason)

    AuthSession(ApiClient* client, TokenStore* store, QObject* parent = nullptr);
    ~AuthSession() override;

    /// Reads the stored tokens of `member` for the client's origin; emits restoreFinished().
    void restore(const QString& member);
    /// Uses SSO_USER_ADMIN_TOKEN when set (never stored). True when the variable held a usable token.
    bool useEnvironmentToken();
    /// The end of a sign-in flow. False (and signInFailed) when the access token is not a JWT with `sub` and
    /// `exp`, or has already expired without a refresh token.
    bool signIn(const TokenResponse& tokens, Persistence persistence = Persistence::Store);
    /// A token the person pasted: checked locally, then with the server (`GET /api/user` with that token) before
    /// it is taken, so a revoked token or one of another server never opens the window. Ends in signedIn() or
    /// signInFailed().
    void signInWithPastedToken(const QString& token, Persistence persistence);
    /// Rotates the tokens with the refresh token; concurrent calls share one request.
    void refresh();
    /// Logs out on the server (best effort), then removes the stored tokens whatever the outcome.
    void signOut();
    /// The person closed the sign-in dialog that signInNeeded() opened: the next refused request asks again.
    void dismissSignInRequest();
    /// Makes `slug` the organization requests are for: its scoped session when there is one, else a new one asked
    /// for (contract 9.5), else the sign-in's own token (an older server). organizationOpened() follows once its
    /// requests may go.
    void openOrganization(const QString& slug);
    /// The organization the token in use is scoped to; empty for the sign-in's own session.
    QString currentOrganization() const { return m_scope; }
    /// True when openOrganization() changes no token, whatever the organization: signed in with a token that serves
    /// every organization (not a 2026 management token, or a server without scoped sessions). Requests for an
    /// organization may then leave before it is opened.
    bool opensWithoutSelection() const;

    bool isSignedIn() const { return m_claims.has_value(); }
    /// A sign-in was asked for (signInNeeded) and has not happened yet.
    bool isWaitingForSignIn() const { return m_signInNeeded; }
    const std::optional<JwtClaims>& claims() const { return m_claims; }
    QString memberEmail() const { return m_claims ? m_claims->email : QString(); }
    QString memberId() const { return m_claims ? m_claims->subject : QString(); }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    Persistence persistence() const { return m_persistence; }
    bool isRefreshing() const { return m_refreshJob != nullptr || m_savingRefreshedTokens; }
    /// When the next refresh ahead of expiry is due; invalid when none is scheduled (no refresh token).
    QDateTime refreshScheduledAt() const { return m_renewal.refreshDueAt(); }

    /// How long before `exp` expiryApproaching() fires (default 15 min) and a refresh starts (default 5 min).
    void setExpiryWarningLead(std::chrono::seconds lead) { m_renewal.setWarningLead(lead); }
    void setRefreshLead(std::chrono::seconds lead) { m_renewal.setRefreshLead(lead); }

signals:
    void signedIn();
    void signInFailed(UserAdmin::AuthSession::SignInFailure failure, const UserAdmin::ApiError& error);
    /// `found`: tokens were stored and are now in use. An error means the store could not be read.
    void restoreFinished(bool found, const UserAdmin::TokenStoreError& error);
    /// The tokens could not be saved (the session continues in memory).
    void storeFailed(const UserAdmin::TokenStoreError& error);
    void expiryApproaching(const QDateTime& expiresAt);
    void refreshed();
    /// A refresh failed; when it was not asked for by a 401 the session goes on until the token expires.
    void refreshFailed(const UserAdmin::ApiError& error);
    /// The server refuses the session and it cannot be renewed: a sign-in is needed. Emitted once until the
    /// person signs in or dismisses the request.
    void signInNeeded(UserAdmin::AuthSession::SignInReason reason);
    /// Requests refused for want of a valid sign-in can be sent again (after a refresh or a new sign-in).
    void resumed();
    /// Requests for `slug` may go; `role` is the member's role there when the selection said it.
    void organizationOpened(const QString& slug, const std::optional<UserAdmin::MemberRole>& role);
    /// `logoutError` is the server's answer to logout (informational); `storeError` concerns removing the tokens.
    void signedOut(const UserAdmin::ApiError& logoutError, const UserAdmin::TokenStoreError& storeError);

private:
    void apply(const TokenResponse& tokens, const JwtClaims& claims, Persistence persistence);
    void persist();
    void clearLocal();
    void onUnauthorized(const ApiError& error, bool withCurrentToken);
    void onRefreshFinished(RefreshTokenJob* job);
    void askForSignIn(SignInReason reason);
    void resumeLater();
    static SignInFailure failureFor(JwtClaims::Problem problem);
    /// Keeps the session in use where it belongs (the sign-in's own, or the organization's) before another is used.
    void saveCurrent();
    void
    switchTo(const QString& scope, const QString& accessToken, const QString& refreshToken, const JwtClaims& claims);
    /// Everything to keep, with `access`/`refresh` in the place of the session in use.
    StoredTokens storedWith(const QString& access, const QString& refresh) const;
    void onSelected(const QString& slug, const ScopedTokens& tokens, const std::optional<MemberRole>& role);
    void openedLater(const QString& slug, const std::optional<MemberRole>& role);
    void resumeAfterSelection();

    QPointer<ApiClient> m_client;
    QPointer<TokenStore> m_store;
    QPointer<RefreshTokenJob> m_refreshJob;
    QPointer<WhoAmIJob> m_tokenCheck;
    bool m_savingRefreshedTokens = false; ///< rotated tokens are being stored before they are used
    bool m_resumeAfterSelection = false; ///< a new sign-in waits for its organization to be selected again
    bool m_refreshForUnauthorized = false; ///< the running refresh answers a 401: its failure needs a sign-in
    bool m_signInNeeded = false;
    bool m_signingOut = false;
    ScopedSessions* m_scoped = nullptr;
    QString m_scope; ///< the organization of the session in use; empty: the sign-in's own
    QString m_baseAccess; ///< the sign-in's own session while an organization's is in use
    QString m_baseRefresh;
    QString m_pendingOrganization; ///< opened once the session resumes (its selection was refused with 401)
    std::optional<JwtClaims> m_claims;
    QString m_refreshToken;
    QString m_storedMember; ///< the entry written for this session, to remove on sign-out
    Persistence m_persistence = Persistence::SessionOnly;
    RenewalSchedule m_renewal;
};

} // namespace UserAdmin
