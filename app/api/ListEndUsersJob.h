// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/EndUserPage.h"
#include "api/EndUserQuery.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug/users` (contract 1.1): one page of end-users.
class ListEndUsersJob : public ApiJob
{
    Q_OBJECT
public:
    ListEndUsersJob(ApiClient* client, const QString& slug, const EndUserQuery& query, QObject* parent = nullptr);

    const EndUserPage& page() const { return m_page; }
    /// Whether the server applied the search; false for a [REF]-shaped server, which ignores it
    /// (then filter the loaded rows locally and say so).
    bool searchAppliedByServer() const;
    const EndUserQuery& query() const { return m_query; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    EndUserQuery m_query;
    EndUserPage m_page;
};

} // namespace UserAdmin
