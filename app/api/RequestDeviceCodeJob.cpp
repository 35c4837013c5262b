// SPDX-License-Identifier: MIT
#include "api/RequestDeviceCodeJob.h"

#include "api/ApiClient.h"
#include "api/AuthDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin {

RequestDeviceCodeJob::RequestDeviceCodeJob(ApiClient* client, QObject* parent)
    : ApiJob(client, parent)
{ }

ApiRequest RequestDeviceCodeJob::initialRequest()
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("auth"), QStringLiteral("device"), QStringLiteral("code")};
    request.authenticated = false;
    request.hasBody = true;
    request.jsonBody = QJsonDocument(QJsonObject {{QStringLiteral("client_id"), client()->deviceClientId()},
                                                  {QStringLiteral("org"), QStringLiteral("platform")},
                                                  {QStringLiteral("service"), QStringLiteral("admin-cli")}})
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
