// SPDX-License-Identifier: MIT
#include "api/LogoutJob.h"

namespace UserAdmin {

LogoutJob::LogoutJob(ApiClient* client, std::chrono::milliseconds timeout, QObject* parent)
    : ApiJob(client, parent)
    , m_timeout(timeout)
{ }

ApiRequest LogoutJob::initialRequest()
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("logout")};
    request.timeout = m_timeout;
    return request;
}

void LogoutJob::handleSuccess(int, const QByteArray&)
{
    finishSuccessfully();
}

} // namespace UserAdmin
