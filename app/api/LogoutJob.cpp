// SPDX-License-Identifier: MIT
#include "api/LogoutJob.h"

namespace UserAdmin {

LogoutJob::LogoutJob(ApiClient* client, const QString& accessToken, std::chrono::milliseconds timeout, QObject* parent)
    : ApiJob(client, parent)
    , m_accessToken(accessToken)
    , m_timeout(timeout)
{ }

ApiRequest LogoutJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("logout")};
    request.timeout = m_timeout;
    request.bearerOverride = m_accessToken; // a 401 here says nothing about the session in use
    return request;
}

void LogoutJob::handleSuccess(int, const QByteArray&)
{
    finishSuccessfully();
}

} // namespace UserAdmin
