// SPDX-License-Identifier: MIT
#include "api/ListOrganizationsJob.h"

#include "api/OrganizationDecoder.h"

#include <QSet>

namespace UserAdmin {

namespace {
constexpr int MaxPages = 1000; // a safety net against a server that never returns a short page
}

ListOrganizationsJob::ListOrganizationsJob(ApiClient* client, QObject* parent)
    : ApiJob(client, parent)
{ }

ApiRequest ListOrganizationsJob::requestForPage(int page) const
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations")};
    request.query = {{QStringLiteral("page"), QString::number(page)},
                     {QStringLiteral("limit"), QString::number(m_pageSize)}};
    return request;
}

ApiRequest ListOrganizationsJob::initialRequest()
{
    m_page = 1;
    return requestForPage(m_page);
}

void ListOrganizationsJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    const auto page = OrganizationDecoder::decodeOrganizationList(body, error);
    if (!page) {
        finishWithError(error);
        return;
    }
    QSet<QString> known;
    for (const Organization& organization : std::as_const(m_organizations))
        known.insert(organization.id);
    for (const Organization& organization : *page) {
        if (!known.contains(organization.id))
            m_organizations.append(organization);
    }
    // No total in this answer: keep going while pages come back full.
    if (page->size() >= m_pageSize && m_page < MaxPages) {
        ++m_page;
        sendRequest(requestForPage(m_page));
        return;
    }
    finishSuccessfully();
}

} // namespace UserAdmin
