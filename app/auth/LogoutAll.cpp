// SPDX-License-Identifier: MIT
#include "auth/LogoutAll.h"

#include "api/LogoutJob.h"

#include <QTimer>

namespace UserAdmin {

LogoutAll::LogoutAll(ApiClient* client, const QStringList& accessTokens, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(accessTokens)
{
    m_tokens.removeAll(QString());
    m_tokens.removeDuplicates();
}

void LogoutAll::start()
{
    if (!m_client || m_tokens.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit finished(ApiError());
            deleteLater();
        });
        return;
    }
    m_running = int(m_tokens.size());
    for (const QString& token : std::as_const(m_tokens)) {
        auto* job = new LogoutJob(m_client, token, std::chrono::seconds(5), this);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (job->error().isError() && !m_firstError.isError())
                m_firstError = job->error();
            if (--m_running == 0) {
                emit finished(m_firstError);
                deleteLater();
            }
        });
        job->start();
    }
}

} // namespace UserAdmin
