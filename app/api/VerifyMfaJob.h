// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/TokenResponse.h"

namespace UserAdmin {

/// `POST /api/auth/mfa/verify` (contract 9.5): the verification code that finishes a password sign-in with MFA.
/// A wrong code answers 401 and leaves the pre-authentication token usable for another try.
class VerifyMfaJob : public ApiJob
{
    Q_OBJECT
public:
    VerifyMfaJob(ApiClient* client, const QString& preauthToken, const QString& code, QObject* parent = nullptr);

    const TokenResponse& tokens() const { return m_tokens; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_preauthToken;
    QString m_code;
    TokenResponse m_tokens;
};

} // namespace UserAdmin
