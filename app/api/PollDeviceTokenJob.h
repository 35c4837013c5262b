// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/TokenResponse.h"

namespace UserAdmin {

/// One `POST /auth/token` poll of the device flow (contract 4.1, step 3). Interprets both the envelope codes
/// and the RFC 8628 strings; the polling schedule lives in DeviceFlow.
class PollDeviceTokenJob : public ApiJob
{
    Q_OBJECT
public:
    enum class Outcome { Approved, Pending, SlowDown, Expired, Denied, Failed };

    PollDeviceTokenJob(ApiClient* client,
                       const QString& deviceCode,
                       const QString& clientId,
                       QObject* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    const TokenResponse& tokens() const { return m_tokens; }
    /// Classifies a failed poll.
    static Outcome outcomeFor(const ApiError& error);

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;
    void handleFailure(const ApiError& error) override;

private:
    QString m_deviceCode;
    QString m_clientId;
    Outcome m_outcome = Outcome::Failed;
    TokenResponse m_tokens;
};

} // namespace UserAdmin
