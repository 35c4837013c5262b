// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace UserAdmin {

class ApiClient;

/// Ends several server sessions at once, each with its own access token (contract 4.4: best effort, a short
/// timeout each), and reports when all have answered. Deletes itself afterwards.
class LogoutAll : public QObject
{
    Q_OBJECT
public:
    LogoutAll(ApiClient* client, const QStringList& accessTokens, QObject* parent = nullptr);
    void start();

signals:
    /// `firstError` is the first failure (informational: local tokens go whatever the server said).
    void finished(const UserAdmin::ApiError& firstError);

private:
    QPointer<ApiClient> m_client;
    QStringList m_tokens;
    int m_running = 0;
    ApiError m_firstError;
};

} // namespace UserAdmin
