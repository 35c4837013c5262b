// SPDX-License-Identifier: MIT
#include "api/ListRiskEventsJob.h"

#include "api/SecurityDecoder.h"

#include <algorithm>

namespace UserAdmin {

ListRiskEventsJob::ListRiskEventsJob(
    ApiClient* client, const QString& slug, qint64 page, int limit, int minScore, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_page(std::max<qint64>(0, page))
    , m_limit(std::clamp(limit, 1, MaxLimit))
    , m_minScore(std::clamp(minScore, 0, 100))
{ }

ApiRequest ListRiskEventsJob::initialRequest()
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("risk-events")};
    request.query = {{QStringLiteral("page"), QString::number(m_page)},
                     {QStringLiteral("limit"), QString::number(m_limit)}};
    if (m_minScore > 0)
        request.query.append(qMakePair(QStringLiteral("min_score"), QString::number(m_minScore)));
    return request;
}

void ListRiskEventsJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    auto events = SecurityDecoder::decodeRiskEvents(body, error);
    if (!events) {
        finishWithError(error);
        return;
    }
    if (events->size() > m_limit) {
        finishWithError(ApiError::decoding(QStringLiteral("[]"), QStringLiteral("more items than the limit")));
        return;
    }
    m_events = std::move(*events);
    finishSuccessfully();
}

} // namespace UserAdmin
