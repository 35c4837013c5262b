// SPDX-License-Identifier: MIT
#include "api/RefreshTokenJob.h"

#include "api/AuthDecoder.h"

#include <QJsonObject>

namespace UserAdmin {

RefreshTokenJob::RefreshTokenJob(ApiClient* client, const QString& refreshToken, QObject* parent)
    : ApiJob(client, parent)
    , m_refreshToken(refreshToken)
{ }

ApiRequest RefreshTokenJob::initialRequest()
{
    return ApiRequest::signInPost({QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("refresh")},
                                  QJsonObject {{QStringLiteral("refresh_token"), m_refreshToken}});
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
