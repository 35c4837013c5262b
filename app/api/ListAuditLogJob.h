// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ServerAuditEntry.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug/audit-log?page&limit&action&target_type&target_id` (contract 9.6): one page of
/// the organization's audit log kept by the server, newest first (pages from 1). Empty filters are not sent.
class ListAuditLogJob : public ApiJob
{
    Q_OBJECT
public:
    struct Query
    {
        qint64 page = 1; ///< below 1 is 1
        int limit = 50; ///< clamped to 1..100
        QString action;
        QString targetType;
        QString targetId;
    };
    ListAuditLogJob(ApiClient* client, const QString& slug, const Query& query, QObject* parent = nullptr);

    const Query& query() const { return m_query; }
    const ServerAuditPage& page() const { return m_page; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    Query m_query;
    ServerAuditPage m_page;
};

} // namespace UserAdmin
