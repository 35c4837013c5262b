// SPDX-License-Identifier: MIT
#include "api/VerifyMfaJob.h"

#include "api/AuthDecoder.h"

#include <QJsonObject>

namespace UserAdmin {

VerifyMfaJob::VerifyMfaJob(ApiClient* client, const QString& preauthToken, const QString& code, QObject* parent)
    : ApiJob(client, parent)
    , m_preauthToken(preauthToken)
    , m_code(code)
{ }

ApiRequest VerifyMfaJob::initialRequest()
{
    return ApiRequest::signInPost(
        {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("mfa"), QStringLiteral("verify")},
        QJsonObject {{QStringLiteral("preauth_token"), m_preauthToken}, {QStringLiteral("code"), m_code}});
}

void VerifyMfaJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto tokens = AuthDecoder::decodeTokenResponse(body, error);
    if (!tokens) {
        finishWithError(error);
        return;
    }
    m_tokens = std::move(*tokens);
    finishSuccessfully();
}

} // namespace UserAdmin
