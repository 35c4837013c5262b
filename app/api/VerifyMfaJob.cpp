// SPDX-License-Identifier: MIT
#include "api/VerifyMfaJob.h"

#include "api/AuthDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

VerifyMfaJob::VerifyMfaJob(ApiClient* client, const QString& preauthToken, const QString& code, QObject* parent)
    : ApiJob(client, parent)
    , m_preauthToken(preauthToken)
    , m_code(code)
{ }

ApiRequest VerifyMfaJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("mfa"), QStringLiteral("verify")};
    request.authenticated = false;
    request.hasBody = true;
    request.jsonBody =
        QJsonDocument(QJsonObject {{QStringLiteral("preauth_token"), m_preauthToken}, {QStringLiteral("code"), m_code}})
            .toJson(QJsonDocument::Compact);
    return request;
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
