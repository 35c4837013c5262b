// SPDX-License-Identifier: MIT
#include "api/SelectOrganizationJob.h"

#include "api/AuthDecoder.h"

namespace UserAdmin {

SelectOrganizationJob::SelectOrganizationJob(ApiClient* client, const QString& slug, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
{ }

bool SelectOrganizationJob::isUnsupported() const
{
    // An unknown route answers 404 with an empty body, a known path with another method 405 (contract 2.3); an
    // unknown organization would say so in an envelope.
    const ApiError& failure = error();
    return (failure.httpStatus == 404 && failure.errorCode.isEmpty()) || failure.httpStatus == 405;
}

ApiRequest SelectOrganizationJob::initialRequest()
{
    ApiRequest request;
    request.maxBodyBytes = ApiRequest::AuthBodyLimit;
    request.method = ApiRequest::Method::Post;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("select")};
    return request;
}

void SelectOrganizationJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto selected = AuthDecoder::decodeSelectedOrganization(body, error);
    if (!selected) {
        finishWithError(error);
        return;
    }
    m_selected = std::move(*selected);
    finishSuccessfully();
}

} // namespace UserAdmin
