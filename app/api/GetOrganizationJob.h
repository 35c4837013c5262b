// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Organization.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug` (contract 5.2); not status-gated, so it explains a 403 from the end-user routes.
class GetOrganizationJob : public ApiJob
{
    Q_OBJECT
public:
    GetOrganizationJob(ApiClient* client, const QString& slug, QObject* parent = nullptr);

    const Organization& organization() const { return m_organization; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    Organization m_organization;
};

} // namespace UserAdmin
