// SPDX-License-Identifier: MIT
#include "api/WhoAmIJob.h"

#include "api/AuthDecoder.h"

namespace UserAdmin {

WhoAmIJob::WhoAmIJob(ApiClient* client, QObject* parent)
    : ApiJob(client, parent)
{ }

ApiRequest WhoAmIJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.path = {QStringLiteral("api"), QStringLiteral("user")};
    request.bearerOverride = m_token;
    return request;
}

void WhoAmIJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto user = AuthDecoder::decodeCurrentUser(body, error);
    if (!user) {
        finishWithError(error);
        return;
    }
    m_user = std::move(*user);
    finishSuccessfully();
}

} // namespace UserAdmin
