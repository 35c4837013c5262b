// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/TokenResponse.h"

namespace UserAdmin {

/// `POST /api/auth/refresh` (contract 4.3). Rotates both tokens; never retried automatically.
class RefreshTokenJob : public ApiJob
{
    Q_OBJECT
public:
    RefreshTokenJob(ApiClient* client, const QString& refreshToken, QObject* parent = nullptr);

    const TokenResponse& tokens() const { return m_tokens; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_refreshToken;
    TokenResponse m_tokens;
};

} // namespace UserAdmin
