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
    /// Logs out the session of `accessToken` (the client's own token when empty).
    explicit LogoutJob(ApiClient* client,
                       const QString& accessToken = {},
                       std::chrono::milliseconds timeout = std::chrono::seconds(5),
                       QObject* parent = nullptr);

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_accessToken;
    std::chrono::milliseconds m_timeout;
};

} // namespace UserAdmin
