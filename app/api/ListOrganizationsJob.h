// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Organization.h"

#include <QList>

namespace UserAdmin {

/// `GET /api/organizations` (contract 5.1), every page, every status, in membership order.
class ListOrganizationsJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ListOrganizationsJob(ApiClient* client, QObject* parent = nullptr);

    const QList<Organization>& organizations() const { return m_organizations; }
    /// Page size requested (100, the server's maximum; tests may lower it).
    void setPageSize(int size) { m_pageSize = size; }
    int pagesFetched() const { return m_page; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    ApiRequest requestForPage(int page) const;

    QList<Organization> m_organizations;
    int m_page = 1;
    int m_pageSize = 100;
};

} // namespace UserAdmin
