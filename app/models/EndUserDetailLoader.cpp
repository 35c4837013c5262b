// SPDX-License-Identifier: MIT
#include "models/EndUserDetailLoader.h"

#include "api/ApiClient.h"
#include "api/GetEndUserJob.h"

#include <utility>

namespace UserAdmin {

EndUserDetailLoader::EndUserDetailLoader(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_lastError.needsAuthentication() && !isLoading() && !m_userId.isEmpty())
                reload();
        });
    }
}

EndUserDetailLoader::~EndUserDetailLoader()
{
    abandonJob(m_job);
}

void EndUserDetailLoader::load(const QString& slug, const QString& userId)
{
    const bool wasLoading = isLoading();
    // The superseded request's cancellation arrives at once, with an older generation: it is dropped below.
    const quint64 generation = ++m_generation;
    if (GetEndUserJob* previous = std::exchange(m_job, nullptr))
        previous->cancel();
    m_slug = slug;
    m_userId = userId;
    m_current = false;
    if (slug.isEmpty() || userId.isEmpty() || !m_client) {
        if (wasLoading)
            emit loadingChanged(false);
        return;
    }
    auto* job = new GetEndUserJob(m_client, slug, userId);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!job->succeeded()) {
            m_lastError = job->error();
            m_current = false;
            emit loadingChanged(false);
            emit loadFailed(m_lastError);
            return;
        }
        m_detail = job->detail();
        m_lastError = ApiError();
        m_current = true;
        emit loadingChanged(false);
        emit loaded();
    });
    job->start();
    if (!wasLoading)
        emit loadingChanged(true);
}

void EndUserDetailLoader::reload()
{
    load(m_slug, m_userId);
}

void EndUserDetailLoader::cancel()
{
    if (!m_job)
        return;
    ++m_generation;
    if (GetEndUserJob* previous = std::exchange(m_job, nullptr))
        previous->cancel();
    emit loadingChanged(false);
}

void EndUserDetailLoader::clear()
{
    cancel();
    m_slug.clear();
    m_userId.clear();
    m_detail.reset();
    m_lastError = ApiError();
    m_current = false;
}

} // namespace UserAdmin
