// SPDX-License-Identifier: MIT
#include "api/ListEndUsersJob.h"

#include "api/ApiClient.h"
#include "api/EndUserDecoder.h"

namespace UserAdmin {

ListEndUsersJob::ListEndUsersJob(ApiClient* client, const QString& slug, const EndUserQuery& query, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_query(query)
{ }

bool ListEndUsersJob::searchAppliedByServer() const
{
    return m_page.shape == ResponseShape::Seed;
}

ApiRequest ListEndUsersJob::initialRequest()
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("users")};
    request.query.append({QStringLiteral("page"), QString::number(m_query.clampedPage())});
    request.query.append({QStringLiteral("limit"), QString::number(m_query.clampedLimit())});
    const QString search = m_query.search.trimmed();
    if (!search.isEmpty())
        request.query.append({QStringLiteral("search"), search});
    // Seed servers filter by id, reference servers by slug; until a list answer told us which, send what we have.
    const auto shape = client()->listShape();
    if (!m_query.serviceId.isEmpty() && shape != ResponseShape::Reference)
        request.query.append({QStringLiteral("service_id"), m_query.serviceId});
    if (!m_query.serviceSlug.isEmpty() && shape != ResponseShape::Seed)
        request.query.append({QStringLiteral("service_slug"), m_query.serviceSlug});
    return request;
}

void ListEndUsersJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto page = EndUserDecoder::decodePage(body, error);
    if (!page) {
        finishWithError(error);
        return;
    }
    m_page = std::move(*page);
    client()->rememberListShape(m_page.shape);
    finishSuccessfully();
}

} // namespace UserAdmin
