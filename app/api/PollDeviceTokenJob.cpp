// SPDX-License-Identifier: MIT
#include "api/PollDeviceTokenJob.h"

#include "api/AuthDecoder.h"

#include <QJsonObject>

namespace UserAdmin {

PollDeviceTokenJob::PollDeviceTokenJob(ApiClient* client,
                                       const QString& deviceCode,
                                       const QString& clientId,
                                       QObject* parent)
    : ApiJob(client, parent)
    , m_deviceCode(deviceCode)
    , m_clientId(clientId)
{ }

ApiRequest PollDeviceTokenJob::initialRequest()
{
    return ApiRequest::signInPost(
        {QStringLiteral("auth"), QStringLiteral("token")},
        QJsonObject {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                     {QStringLiteral("device_code"), m_deviceCode},
                     {QStringLiteral("client_id"), m_clientId}});
}

PollDeviceTokenJob::Outcome PollDeviceTokenJob::outcomeFor(const ApiError& error)
{
    const QString code = error.errorCode;
    if (code == QStringLiteral("DEVICE_CODE_PENDING") || code == QStringLiteral("authorization_pending"))
        return Outcome::Pending;
    if (code == QStringLiteral("slow_down") || error.kind == ApiError::Kind::RateLimited)
        return Outcome::SlowDown;
    if (code == QStringLiteral("DEVICE_CODE_EXPIRED") || code == QStringLiteral("expired_token"))
        return Outcome::Expired;
    if (code == QStringLiteral("access_denied"))
        return Outcome::Denied;
    return Outcome::Failed;
}

void PollDeviceTokenJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto tokens = AuthDecoder::decodeTokenResponse(body, error);
    if (!tokens) {
        m_outcome = Outcome::Failed;
        finishWithError(error);
        return;
    }
    m_tokens = std::move(*tokens);
    m_outcome = Outcome::Approved;
    finishSuccessfully();
}

void PollDeviceTokenJob::handleFailure(const ApiError& error)
{
    m_outcome = outcomeFor(error);
    finishWithError(error);
}

} // namespace UserAdmin
