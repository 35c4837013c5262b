// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/CurrentUser.h"

namespace UserAdmin {

/// `GET /api/user` (contract 4.6): a cheap check that the token still works.
class WhoAmIJob : public ApiJob
{
    Q_OBJECT
public:
    explicit WhoAmIJob(ApiClient* client, QObject* parent = nullptr);

    const CurrentUser& user() const { return m_user; }
    /// Checks this token instead of the session's (before a pasted token is accepted).
    void setBearerToken(const QString& token) { m_token = token; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    CurrentUser m_user;
    QString m_token;
};

} // namespace UserAdmin
