// SPDX-License-Identifier: MIT
#include "api/RequestDeviceCodeJob.h"

#include "api/AuthDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

RequestDeviceCodeJob::RequestDeviceCodeJob(ApiClient* client, const DeviceClient& deviceClient, QObject* parent)
    : ApiJob(client, parent)
    , m_deviceClient(deviceClient)
{ }

ApiRequest RequestDeviceCodeJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("auth"), QStringLiteral("device"), QStringLiteral("code")};
    request.authenticated = false;
    request.hasBody = true;
    request.jsonBody = QJsonDocument(QJsonObject {{QStringLiteral("client_id"), m_deviceClient.clientId},
                                                  {QStringLiteral("org"), m_deviceClient.organization},
                                                  {QStringLiteral("service"), m_deviceClient.service}})
                           .toJson(QJsonDocument::Compact);
    return request;
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
