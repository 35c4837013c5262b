// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/Service.h"

#include <QList>

namespace UserAdmin {

/// `GET /api/organizations/:slug/services` (contract 5.4), sorted by name.
class ListServicesJob : public ApiJob
{
    Q_OBJECT
public:
    ListServicesJob(ApiClient* client, const QString& slug, QObject* parent = nullptr);

    const QList<Service>& services() const { return m_services; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_slug;
    QList<Service> m_services;
};

} // namespace UserAdmin
