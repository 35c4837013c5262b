// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/RiskEvent.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug/risk-events?page&limit&min_score` (contract 9.6): one page of the organization's
/// risk-scored sign-ins, newest first. `page` is 0-based and the answer a bare array without a total, so whether
/// there is more is only known by asking for the next page.
class ListRiskEventsJob : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int MaxLimit = 100;
    /// `page` below 0 is 0, `limit` is clamped to 1..100, `minScore` to 0..100.
    ListRiskEventsJob(
        ApiClient* client, const QString& slug, qint64 page, int limit, int minScore = 0, QObject* parent = nullptr);

    qint64 page() const { return m_page; }
    int limit() const { return m_limit; }
    int minScore() const { return m_minScore; }
    const QList<RiskEvent>& events() const { return m_events; }
    /// A full page came back: there may be more.
    bool mayHaveMore() const { return m_events.size() >= m_limit; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    qint64 m_page = 0;
    int m_limit = 50;
    int m_minScore = 0;
    QList<RiskEvent> m_events;
};

} // namespace UserAdmin
