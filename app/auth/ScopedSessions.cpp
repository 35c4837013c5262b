// SPDX-License-Identifier: MIT
#include "auth/ScopedSessions.h"

#include "api/ApiClient.h"
#include "core/Logging.h"

#include <algorithm>

namespace UserAdmin {

ScopedSessions::ScopedSessions(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ScopedSessions::~ScopedSessions()
{
    abandonJob(m_job);
}

std::optional<ScopedTokens> ScopedSessions::tokensFor(const QString& slug) const
{
    const auto it = m_sessions.constFind(slug);
    if (it == m_sessions.constEnd())
        return std::nullopt;
    return *it;
}

void ScopedSessions::store(const ScopedTokens& tokens)
{
    m_sessions.insert(tokens.organization, tokens);
}

void ScopedSessions::forget(const QString& slug)
{
    m_sessions.remove(slug);
}

QList<ScopedTokens> ScopedSessions::all() const
{
    QList<ScopedTokens> sessions = m_sessions.values();
    std::sort(sessions.begin(), sessions.end(), [](const ScopedTokens& a, const ScopedTokens& b) {
        return a.organization < b.organization;
    });
    return sessions;
}

void ScopedSessions::clear()
{
    abandonJob(m_job);
    m_sessions.clear();
}

void ScopedSessions::setAll(const QList<ScopedTokens>& sessions)
{
    m_sessions.clear();
    for (const ScopedTokens& tokens : sessions)
        m_sessions.insert(tokens.organization, tokens);
}

void ScopedSessions::select(const QString& slug)
{
    if (!m_client)
        return;
    abandonJob(m_job);
    auto* job = new SelectOrganizationJob(m_client, slug, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, slug] {
        m_job = nullptr;
        if (!job->succeeded()) {
            if (job->isUnsupported()) {
                qCInfo(lcAuth) << "the server has no organization-scoped sessions";
                m_unsupported = true;
            }
            emit selectFailed(slug, job->error());
            return;
        }
        const SelectedOrganization& answer = job->selected();
        const ScopedTokens tokens {slug, answer.tokens.accessToken, answer.tokens.refreshToken};
        store(tokens);
        emit selected(slug, tokens, answer.role);
    });
    job->start();
}

} // namespace UserAdmin
