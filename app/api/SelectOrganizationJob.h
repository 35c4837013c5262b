// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/SelectedOrganization.h"

namespace UserAdmin {

/// `POST /api/organizations/:slug/select` (contract 9.5): tokens scoped to one organization, with a refresh token,
/// and the member's role there. Older servers do not know the route (404 or 405): isUnsupported().
class SelectOrganizationJob : public ApiJob
{
    Q_OBJECT
public:
    SelectOrganizationJob(ApiClient* client, const QString& slug, QObject* parent = nullptr);

    const SelectedOrganization& selected() const { return m_selected; }
    QString organization() const { return m_slug; }
    /// The server has no such route: it predates organization-scoped sessions.
    bool isUnsupported() const;

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    SelectedOrganization m_selected;
};

} // namespace UserAdmin
