// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/LogoutJob.h"
#include "api/RefreshTokenJob.h"
#include "api/TokenResponse.h"
#include "auth/JwtClaims.h"
#include "auth/TokenStoreError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace UserAdmin {

class ApiClient;
class TokenStore;

/// The signed-in member of one server: tokens, claims, persistence in a TokenStore, the warning before expiry,
/// single-flight refresh (when a refresh token exists) and sign-out. It sets the bearer token on ApiClient.
class AuthSession : public QObject
{
    Q_OBJECT
public:
    enum class Persistence {
        Store, ///< keep the tokens in the TokenStore
        SessionOnly, ///< never stored (SSO_USER_ADMIN_TOKEN, or the person chose so)
    };
    Q_ENUM(Persistence)

    AuthSession(ApiClient* client, TokenStore* store, QObject* parent = nullptr);
    ~AuthSession() override;

    /// Reads the stored tokens of `member` for the client's origin; emits restoreFinished().
    void restore(const QString& member);
    /// Uses SSO_USER_ADMIN_TOKEN when set (never stored). True when the variable held a usable token.
    bool useEnvironmentToken();
    /// The paste-a-token path and the end of the device flow. False (and signInFailed) when the access token
    /// is not a JWT with `sub` and `exp`, or has already expired.
    bool signIn(const TokenResponse& tokens, Persistence persistence = Persistence::Store);
    /// Rotates the tokens with the refresh token; concurrent calls share one request.
    void refresh();
    /// Logs out on the server (best effort), then removes the stored tokens whatever the outcome.
    void signOut();

    bool isSignedIn() const { return m_claims.has_value(); }
    const std::optional<JwtClaims>& claims() const { return m_claims; }
    QString memberEmail() const { return m_claims ? m_claims->email : QString(); }
    QString memberId() const { return m_claims ? m_claims->subject : QString(); }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    Persistence persistence() const { return m_persistence; }
    bool isRefreshing() const { return m_refreshJob != nullptr || m_savingRefreshedTokens; }

    /// How long before `exp` expiryApproaching() fires (default 15 min) and a refresh starts (default 5 min).
    void setExpiryWarningLead(std::chrono::seconds lead) { m_warningLead = lead; }
    void setRefreshLead(std::chrono::seconds lead) { m_refreshLead = lead; }

signals:
    void signedIn();
    void signInFailed(const QString& reason);
    /// `found`: tokens were stored and are now in use. An error means the store could not be read.
    void restoreFinished(bool found, const UserAdmin::TokenStoreError& error);
    /// The tokens could not be saved (the session continues in memory).
    void storeFailed(const UserAdmin::TokenStoreError& error);
    void expiryApproaching(const QDateTime& expiresAt);
    void refreshed();
    void refreshFailed(const UserAdmin::ApiError& error);
    /// The server no longer accepts the session (401 without a working refresh): sign in again.
    void sessionExpired(const UserAdmin::ApiError& error);
    /// `logoutError` is the server's answer to logout (informational); `storeError` concerns removing the tokens.
    void signedOut(const UserAdmin::ApiError& logoutError, const UserAdmin::TokenStoreError& storeError);

private:
    void apply(const TokenResponse& tokens, const JwtClaims& claims, Persistence persistence);
    void scheduleTimers();
    void persist();
    void clearLocal();
    void onUnauthorized(const ApiError& error);

    QPointer<ApiClient> m_client;
    QPointer<TokenStore> m_store;
    QPointer<RefreshTokenJob> m_refreshJob;
    bool m_savingRefreshedTokens = false; ///< rotated tokens are being stored before they are used
    QPointer<LogoutJob> m_logoutJob;
    std::optional<JwtClaims> m_claims;
    QString m_refreshToken;
    QString m_storedMember; ///< the entry written for this session, to remove on sign-out
    Persistence m_persistence = Persistence::SessionOnly;
    QTimer m_warningTimer;
    QTimer m_refreshTimer;
    QTimer m_rateLimitTimer;
    std::chrono::seconds m_warningLead {15 * 60};
    std::chrono::seconds m_refreshLead {5 * 60};
};

} // namespace UserAdmin
