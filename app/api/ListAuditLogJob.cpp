// SPDX-License-Identifier: MIT
#include "api/ListAuditLogJob.h"

#include "api/SecurityDecoder.h"

#include <algorithm>

namespace UserAdmin {

ListAuditLogJob::ListAuditLogJob(ApiClient* client, const QString& slug, const Query& query, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_query(query)
{
    m_query.page = std::max<qint64>(1, m_query.page);
    m_query.limit = std::clamp(m_query.limit, 1, 100);
}

ApiRequest ListAuditLogJob::initialRequest()
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("audit-log")};
    request.query = {{QStringLiteral("page"), QString::number(m_query.page)},
                     {QStringLiteral("limit"), QString::number(m_query.limit)}};
    const QList<QPair<QString, QString>> filters {{QStringLiteral("action"), m_query.action.trimmed()},
                                                  {QStringLiteral("target_type"), m_query.targetType.trimmed()},
                                                  {QStringLiteral("target_id"), m_query.targetId.trimmed()}};
    for (const auto& filter : filters) {
        if (!filter.second.isEmpty())
            request.query.append(filter);
    }
    return request;
}

void ListAuditLogJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto page = SecurityDecoder::decodeAuditLog(body, error);
    if (!page) {
        finishWithError(error);
        return;
    }
    m_page = std::move(*page);
    finishSuccessfully();
}

} // namespace UserAdmin
