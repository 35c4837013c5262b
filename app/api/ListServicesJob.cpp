// SPDX-License-Identifier: MIT
#include "api/ListServicesJob.h"

#include "api/OrganizationDecoder.h"

namespace UserAdmin {

ListServicesJob::ListServicesJob(ApiClient* client, const QString& slug, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
{ }

ApiRequest ListServicesJob::initialRequest()
{
    ApiRequest request;
    // No parameters: all services come back ([REF] breaks on offset without limit).
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("services")};
    return request;
}

void ListServicesJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto services = OrganizationDecoder::decodeServices(body, error);
    if (!services) {
        finishWithError(error);
        return;
    }
    m_services = std::move(*services);
    finishSuccessfully();
}

} // namespace UserAdmin
