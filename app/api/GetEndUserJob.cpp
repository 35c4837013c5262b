// SPDX-License-Identifier: MIT
#include "api/GetEndUserJob.h"

#include "api/EndUserDecoder.h"

namespace UserAdmin {

GetEndUserJob::GetEndUserJob(ApiClient* client, const QString& slug, const QString& userId, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_userId(userId)
{ }

ApiRequest GetEndUserJob::initialRequest()
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("users"), m_userId};
    return request;
}

void GetEndUserJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto detail = EndUserDecoder::decodeDetail(body, error);
    if (!detail) {
        finishWithError(error);
        return;
    }
    m_detail = std::move(*detail);
    finishSuccessfully();
}

} // namespace UserAdmin
