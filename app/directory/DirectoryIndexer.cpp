// SPDX-License-Identifier: MIT
#include "directory/DirectoryIndexer.h"

#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "core/Logging.h"

#include <QTimer>

#include <algorithm>

namespace UserAdmin {

namespace {
/// Attempts per page for a timeout, a lost connection or a rate limit (on top of ApiJob's own retries).
constexpr int MaxAttempts = 5;
/// Passes over the pages when the distinct count stays below the server's total.
constexpr int MaxPasses = 3;

bool isTransient(const ApiError& error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::RateLimited || error.kind == Kind::Timeout || error.kind == Kind::Network
        || error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
}
} // namespace

DirectoryIndexer::DirectoryIndexer(ApiClient* client, LocalDirectory* directory, QString slug, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_slug(std::move(slug))
{ }

DirectoryIndexer::~DirectoryIndexer()
{
    abandonAll();
}

void DirectoryIndexer::setConcurrency(int requests)
{
    m_concurrency = std::clamp(requests, 1, 16);
}

void DirectoryIndexer::abandonAll()
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
        abandonJob(it.value());
    m_inFlight.clear();
}

void DirectoryIndexer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_storageError.clear();
    m_queue.clear();
    m_attempts.clear();
    m_waiting = 0;
    const auto state = m_directory->resumeOrBeginBuild();
    if (!state) {
        QTimer::singleShot(0, this, [this] { failStorage(); });
        return;
    }
    m_state = *state;
    m_total = m_state.total;
    m_done = m_state.rowsStored;
    // The first page tells the total (again, for a resumed build: the organization may have changed).
    m_pageCount = -1;
    m_queue.append(1);
    emit progressChanged(m_done, m_total);
    launch();
}

void DirectoryIndexer::cancel()
{
    if (!m_running)
        return;
    abandonAll();
    finish(ApiError::cancelled());
}

void DirectoryIndexer::launch()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < m_concurrency) {
        // Only the first page may be outstanding until the total is known.
        if (m_pageCount < 0 && !m_inFlight.isEmpty())
            break;
        request(m_queue.takeFirst());
    }
    checkCompletion();
}

void DirectoryIndexer::request(qint64 page)
{
    EndUserQuery query;
    query.page = page;
    query.limit = PageSize;
    auto* job = new ListEndUsersJob(m_client, m_slug, query, this);
    m_inFlight.insert(page, job);
    connect(job, &ApiJob::finished, this, [this, job, page] { onPage(job, page); });
    job->start();
}

void DirectoryIndexer::onPage(ListEndUsersJob* job, qint64 page)
{
    if (!m_running || m_inFlight.value(page) != job)
        return;
    m_inFlight.remove(page);
    if (!job->succeeded()) {
        const ApiError error = job->error();
        const int attempt = ++m_attempts[page];
        if (isTransient(error) && attempt < MaxAttempts) {
            using namespace std::chrono;
            const milliseconds wait = error.retryAfter ? duration_cast<milliseconds>(*error.retryAfter) + 1s
                                                       : milliseconds(1000 << std::min(attempt, 5));
            qCInfo(lcApi) << "local directory: page" << page << "again in" << wait.count() << "ms";
            ++m_waiting;
            QTimer::singleShot(wait, this, [this, page] {
                if (!m_running)
                    return;
                --m_waiting;
                m_queue.prepend(page);
                launch();
            });
            return;
        }
        fail(error);
        return;
    }
    const EndUserPage& answer = job->page();
    // Only page 1 is asked for with a total to trust; a page past the end reports 0 on some servers.
    if (answer.pageInfo.total && (page == 1 || *answer.pageInfo.total > m_total)) {
        m_total = *answer.pageInfo.total;
        m_pageCount = std::max<qint64>(1, (m_total + PageSize - 1) / PageSize);
        // Every page not read yet (all of them for a new build, the rest for a resumed one) ...
        for (qint64 p = 2; p <= m_pageCount; ++p) {
            if (!m_state.pagesDone.contains(p) && !m_queue.contains(p) && !m_inFlight.contains(p))
                m_queue.append(p);
        }
        // ... and none past the end when the organization shrank.
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), [this](qint64 p) { return p > m_pageCount; }),
                      m_queue.end());
        if (!m_directory->setBuildTotal(m_total)) {
            failStorage();
            return;
        }
    }
    const bool counted = m_state.pagesDone.contains(page);
    if (!m_directory->storePage(m_state.generation, page, answer.users)) {
        failStorage();
        return;
    }
    m_state.pagesDone.insert(page);
    if (!counted && m_state.pass == 0)
        m_done += answer.users.size();
    emit progressChanged(std::min(m_done, std::max(m_total, m_done)), m_total);
    launch();
}

void DirectoryIndexer::checkCompletion()
{
    if (!m_running || !m_queue.isEmpty() || !m_inFlight.isEmpty() || m_waiting > 0 || m_pageCount < 0)
        return;
    const auto distinct = m_directory->countGeneration(m_state.generation);
    if (!distinct) {
        failStorage();
        return;
    }
    if (*distinct < m_total && m_state.pass + 1 < MaxPasses) {
        // Rows moved between pages while they were read (equal creation times): read them all once more; the rows
        // already stored are kept by id.
        qCInfo(lcApi) << "local directory:" << *distinct << "of" << m_total << "after pass" << m_state.pass
                      << "- reading the pages again";
        ++m_state.pass;
        if (!m_directory->startAnotherPass(m_state.pass)) {
            failStorage();
            return;
        }
        m_state.pagesDone.clear();
        for (qint64 p = 1; p <= m_pageCount; ++p)
            m_queue.append(p);
        m_done = *distinct;
        launch();
        return;
    }
    if (*distinct != m_total)
        qCWarning(lcApi) << "local directory: stored" << *distinct << "end-users, the server counts" << m_total;
    if (!m_directory->finishBuild(m_state.generation, m_total)) {
        failStorage();
        return;
    }
    m_stored = *distinct;
    m_done = std::max(m_done, m_stored);
    emit progressChanged(m_stored, m_total);
    finish(ApiError());
}

void DirectoryIndexer::failStorage()
{
    m_storageError = m_directory->lastError();
    fail(ApiError::invalidRequest(m_storageError));
}

void DirectoryIndexer::fail(const ApiError& error)
{
    abandonAll();
    finish(error);
}

void DirectoryIndexer::finish(const ApiError& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    emit finished(error);
}

} // namespace UserAdmin
