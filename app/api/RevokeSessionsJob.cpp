// SPDX-License-Identifier: MIT
#include "api/RevokeSessionsJob.h"

#include "api/EndUserDecoder.h"

namespace UserAdmin {

RevokeSessionsJob::RevokeSessionsJob(ApiClient* client, const QString& slug, const QString& userId, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_userId(userId)
{ }

ApiRequest RevokeSessionsJob::initialRequest()
{
    ApiRequest request;
    request.method = ApiRequest::Method::Delete;
    request.path = {QStringLiteral("api"),
                    QStringLiteral("organizations"),
                    m_slug,
                    QStringLiteral("users"),
                    m_userId,
                    QStringLiteral("sessions")};
    return request;
}

void RevokeSessionsJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto result = EndUserDecoder::decodeRevoke(body, error);
    if (result) {
        m_result = std::move(*result);
    } else {
        // The server said 2xx: the sessions are gone. Reporting a failure would invite a second attempt.
        m_result = RevokeResult();
        m_result.answerUnreadable = true;
    }
    finishSuccessfully();
}

} // namespace UserAdmin
