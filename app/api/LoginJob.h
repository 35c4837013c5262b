// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/TokenResponse.h"

namespace UserAdmin {

/// `POST /api/auth/login` (contract 9.5): email and password of an organization's owner or admin. With MFA on,
/// the answer is a pre-authentication token (needsVerificationCode()), to be finished with VerifyMfaJob.
/// Never retried: a second attempt is the person's.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(ApiClient* client, const QString& email, const QString& password, QObject* parent = nullptr);

    const TokenResponse& tokens() const { return m_tokens; }
    /// The server asks for the verification code next; tokens().accessToken is then the pre-authentication token.
    bool needsVerificationCode() const { return m_needsCode; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    QString m_email;
    QString m_password;
    TokenResponse m_tokens;
    bool m_needsCode = false;
};

} // namespace UserAdmin
