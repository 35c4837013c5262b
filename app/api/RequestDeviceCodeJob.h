// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/DeviceAuthorization.h"

namespace UserAdmin {

/// `POST /auth/device/code` (contract 4.1, step 1) for the platform-level admin flow.
class RequestDeviceCodeJob : public ApiJob
{
    Q_OBJECT
public:
    explicit RequestDeviceCodeJob(ApiClient* client, QObject* parent = nullptr);

    const DeviceAuthorization& authorization() const { return m_authorization; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    DeviceAuthorization m_authorization;
};

} // namespace UserAdmin
