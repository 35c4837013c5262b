// SPDX-License-Identifier: MIT
#include "api/LoginJob.h"

#include "api/AuthDecoder.h"
#include "auth/JwtClaims.h"

#include <QJsonObject>

namespace UserAdmin {

LoginJob::LoginJob(ApiClient* client, const QString& email, const QString& password, QObject* parent)
    : ApiJob(client, parent)
    , m_email(email)
    , m_password(password)
{ }

ApiRequest LoginJob::initialRequest()
{
    ApiRequest request = ApiRequest::signInPost(
        {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("login")},
        QJsonObject {{QStringLiteral("email"), m_email}, {QStringLiteral("password"), m_password}});
    m_password.clear(); // the request holds it now; the job needs no copy of its own
    return request;
}

void LoginJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto tokens = AuthDecoder::decodeTokenResponse(body, error);
    if (!tokens) {
        finishWithError(error);
        return;
    }
    m_tokens = std::move(*tokens);
    const auto claims = JwtClaims::fromToken(m_tokens.accessToken);
    // A pre-authentication token says so in its header; an empty refresh token alone would not be proof.
    m_needsCode = claims && claims->isPreauthentication();
    finishSuccessfully();
}

} // namespace UserAdmin
