// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"

#include <chrono>

namespace UserAdmin {

/// `POST /api/auth/logout` (contract 4.4): ends the server session (and its refresh token). Best effort,
/// with a short timeout; the caller wipes local tokens whatever the outcome.
class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(ApiClient* client,
                       std::chrono::milliseconds timeout = std::chrono::seconds(5),
                       QObject* parent = nullptr);

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace UserAdmin
