// SPDX-License-Identifier: MIT
#include "api/RequestDeviceCodeJob.h"

#include "api/AuthDecoder.h"

#include <QJsonObject>

namespace UserAdmin {

RequestDeviceCodeJob::RequestDeviceCodeJob(ApiClient* client, const DeviceClient& deviceClient, QObject* parent)
    : ApiJob(client, parent)
    , m_deviceClient(deviceClient)
{ }

ApiRequest RequestDeviceCodeJob::initialRequest()
{
    return ApiRequest::signInPost({QStringLiteral("auth"), QStringLiteral("device"), QStringLiteral("code")},
                                  QJsonObject {{QStringLiteral("client_id"), m_deviceClient.clientId},
                                               {QStringLiteral("org"), m_deviceClient.organization},
                                               {QStringLiteral("service"), m_deviceClient.service}});
}

void RequestDeviceCodeJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto authorization = AuthDecoder::decodeDeviceAuthorization(body, error);
    if (!authorization) {
        finishWithError(error);
        return;
    }
    m_authorization = std::move(*authorization);
    finishSuccessfully();
}

} // namespace UserAdmin
