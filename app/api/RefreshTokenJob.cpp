// SPDX-License-Identifier: MIT
#include "api/RefreshTokenJob.h"

#include "api/AuthDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

RefreshTokenJob::RefreshTokenJob(ApiClient* client, const QString& refreshToken, QObject* parent)
    : ApiJob(client, parent)
    , m_refreshToken(refreshToken)
{ }

ApiRequest RefreshTokenJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("refresh")};
    request.authenticated = false;
    request.hasBody = true;
    request.jsonBody =
        QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), m_refreshToken}}).toJson(QJsonDocument::Compact);
    return request;
}

void RefreshTokenJob::handleSuccess(int, const QByteArray& body)
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
