// SPDX-License-Identifier: MIT
// AuthSession: sign-in with a token given by hand (pasted, or from the environment), and what a token's problem
// means as a sign-in failure.
#include "auth/AuthSession.h"

#include "api/ApiClient.h"
#include "api/WhoAmIJob.h"
#include "auth/EnvironmentToken.h"
#include "core/Logging.h"

namespace UserAdmin {

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
    case JwtClaims::Problem::InvalidCharacters:
        return SignInFailure::InvalidCharacters;
    case JwtClaims::Problem::InvalidExpiry:
        return SignInFailure::InvalidExpiry;
    }
    return SignInFailure::NotAJwt;
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

} // namespace UserAdmin
