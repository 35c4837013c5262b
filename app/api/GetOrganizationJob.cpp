// SPDX-License-Identifier: MIT
#include "api/GetOrganizationJob.h"

#include "api/OrganizationDecoder.h"

namespace UserAdmin {

GetOrganizationJob::GetOrganizationJob(ApiClient* client, const QString& slug, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
{ }

ApiRequest GetOrganizationJob::initialRequest()
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug};
    return request;
}

void GetOrganizationJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto organization = OrganizationDecoder::decodeOrganization(body, error);
    if (!organization) {
        finishWithError(error);
        return;
    }
    m_organization = std::move(*organization);
    finishSuccessfully();
}

} // namespace UserAdmin
