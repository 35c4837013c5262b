// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/EndUserDetail.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug/users/:user_id` (contract 1.2).
class GetEndUserJob : public ApiJob
{
    Q_OBJECT
public:
    GetEndUserJob(ApiClient* client, const QString& slug, const QString& userId, QObject* parent = nullptr);

    const EndUserDetail& detail() const { return m_detail; }
    QString userId() const { return m_userId; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    QString m_userId;
    EndUserDetail m_detail;
};

} // namespace UserAdmin
