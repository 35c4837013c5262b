// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/RevokeResult.h"

namespace UserAdmin {

/// `DELETE /api/organizations/:slug/users/:user_id/sessions` (contract 1.3). Sent exactly once, never retried;
/// a transport failure reports error().outcomeUnknown (re-fetch the detail before offering to try again).
class RevokeSessionsJob : public ApiJob
{
    Q_OBJECT
public:
    RevokeSessionsJob(ApiClient* client, const QString& slug, const QString& userId, QObject* parent = nullptr);

    const RevokeResult& result() const { return m_result; }
    QString userId() const { return m_userId; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    QString m_userId;
    RevokeResult m_result;
};

} // namespace UserAdmin
