// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/DeviceAuthorization.h"
#include "api/DeviceClient.h"

namespace UserAdmin {

/// `POST /auth/device/code` (contract 4.1, step 1; 9.5 for an organization's service).
class RequestDeviceCodeJob : public ApiJob
{
    Q_OBJECT
public:
    RequestDeviceCodeJob(ApiClient* client, const DeviceClient& deviceClient, QObject* parent = nullptr);

    const DeviceAuthorization& authorization() const { return m_authorization; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    DeviceClient m_deviceClient;
    DeviceAuthorization m_authorization;
};

} // namespace UserAdmin
