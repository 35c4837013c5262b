// SPDX-License-Identifier: MIT
#include "bulk/BulkRevocation.h"

#include "api/ApiClient.h"
#include "api/RevokeSessionsJob.h"
#include "audit/AuditJournal.h"
#include "settings/Settings.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBulk, "useradmin.bulk")

namespace UserAdmin {

using namespace std::chrono_literals;

namespace {
constexpr auto MaxRateLimitWait = 60s;
}

BulkRevocation::BulkRevocation(ApiClient* client,
                               AuditJournal* journal,
                               const QString& organizationSlug,
                               const QString& actorEmail,
                               const QString& reason,
                               const QList<Target>& targets,
                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_slug(organizationSlug)
    , m_actor(actorEmail)
    , m_reason(reason)
    , m_batchId(QUuid::createUuid())
{
    qRegisterMetaType<UserAdmin::BulkRevocation::State>();
    QSet<QString> seen;
    for (const Target& target : targets) {
        if (target.userId.isEmpty() || seen.contains(target.userId))
            continue; // one DELETE per account per confirmation
        seen.insert(target.userId);
        Item item;
        item.target = target;
        m_items.append(item);
    }
    m_jobs.resize(m_items.size());
    setMaxInFlight(Settings::bulkMaxInFlight());
    m_rateLimitTimer.setSingleShot(true);
    connect(&m_rateLimitTimer, &QTimer::timeout, this, &BulkRevocation::pump);
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_waitingForSignIn && m_state == State::Paused) {
                m_waitingForSignIn = false;
                resume();
            }
        });
    }
}

BulkRevocation::~BulkRevocation()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (RevokeSessionsJob* job = m_jobs.at(i))
            job->disconnect(this); // a request already sent is not taken back
        Item& item = m_items[i];
        if (item.status == Status::Sending && item.attempt && m_journal) {
            // Nobody will hear the answer any more: on record, it may or may not have happened.
            if (!m_journal->appendOutcome(*item.attempt, AuditOutcome::unknown()))
                qCWarning(lcBulk) << "audit journal: outcome not written:" << m_journal->errorString();
        }
    }
}

void BulkRevocation::setMaxInFlight(int count)
{
    m_maxInFlight = std::clamp(count, 1, 4);
}

int BulkRevocation::count(Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [status](const Item& i) { return i.status == status; }));
}

int BulkRevocation::sentCount() const
{
    return total() - count(Status::Waiting) - count(Status::NotSent);
}

int BulkRevocation::doneCount() const
{
    return total() - count(Status::Waiting) - count(Status::Sending);
}

qint64 BulkRevocation::sessionsRevoked() const
{
    qint64 sum = 0;
    for (const Item& item : m_items) {
        if (item.status == Status::Revoked)
            sum += item.outcome.result.sessionsRevoked.value_or(0);
    }
    return sum;
}

QList<BulkRevocation::Target> BulkRevocation::retryableTargets() const
{
    QList<Target> targets;
    for (const Item& item : m_items) {
        if (item.status == Status::NotRevoked || item.status == Status::NotSent)
            targets.append(item.target);
    }
    return targets;
}

void BulkRevocation::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
    emit progressChanged();
}

void BulkRevocation::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Running);
    pump();
    checkFinished();
}

void BulkRevocation::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void BulkRevocation::resume()
{
    if (m_state != State::Paused)
        return;
    m_waitingForSignIn = false;
    setState(State::Running);
    pump();
}

void BulkRevocation::cancel()
{
    if (m_state == State::Cancelling || m_state == State::Finished)
        return;
    m_stop = Stop::Cancelled;
    m_rateLimitTimer.stop();
    markRestNotSent();
    setState(State::Cancelling);
    checkFinished();
}

void BulkRevocation::markRestNotSent()
{
    for (; m_next < m_items.size(); ++m_next) {
        m_items[m_next].status = Status::NotSent;
        emit itemChanged(m_next);
    }
}

void BulkRevocation::pump()
{
    while (m_state == State::Running && !m_rateLimitTimer.isActive() && m_inFlight < m_maxInFlight
           && m_next < m_items.size())
        sendNext(m_next++);
}

void BulkRevocation::sendNext(int index)
{
    Item& item = m_items[index];
    if (!m_client) {
        m_stop = Stop::Cancelled;
        --m_next;
        markRestNotSent();
        checkFinished();
        return;
    }
    // On record, flushed and synced, before the request leaves. What cannot be recorded is not sent.
    AuditEntry subject;
    subject.server = m_client->origin();
    subject.organization = m_slug;
    subject.actor = m_actor;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = item.target.userId;
    subject.targetEmail = item.target.email;
    subject.batchId = m_batchId;
    subject.reason = m_reason;
    item.attempt = m_journal ? m_journal->appendAttempt(subject) : std::nullopt;
    if (!item.attempt) {
        m_journalError = m_journal ? m_journal->errorString() : QString();
        qCWarning(lcBulk) << "audit journal not written, nothing more sent:" << m_journalError;
        item.status = Status::NotRevoked;
        item.outcome = RevocationOutcome();
        item.outcome.kind = RevocationOutcome::Kind::NotRevoked;
        item.outcome.reason = RevocationOutcome::Reason::NotSent;
        emit itemChanged(index);
        m_stop = Stop::JournalFailed;
        markRestNotSent();
        setState(State::Cancelling);
        checkFinished();
        return;
    }
    auto* job = new RevokeSessionsJob(m_client, m_slug, item.target.userId, this);
    m_jobs[index] = job;
    item.status = Status::Sending;
    ++m_inFlight;
    connect(job, &ApiJob::finished, this, [this, index, job] { onJobFinished(index, job); });
    job->start();
    emit itemChanged(index);
    emit progressChanged();
}

void BulkRevocation::onJobFinished(int index, RevokeSessionsJob* job)
{
    m_jobs[index] = nullptr;
    --m_inFlight;
    const RevocationOutcome outcome = RevocationOutcome::fromJob(*job);
    settle(index, outcome);

    if (outcome.error.kind == ApiError::Kind::RateLimited) {
        using namespace std::chrono;
        milliseconds wait = outcome.error.retryAfter ? duration_cast<milliseconds>(*outcome.error.retryAfter)
                                                     : m_backoff * (1 << std::min(m_rateLimitHits, 5));
        wait = std::clamp<milliseconds>(wait, m_client ? m_client->minRateLimitWait() : 1000ms, MaxRateLimitWait);
        ++m_rateLimitHits;
        if (m_state == State::Running || m_state == State::Paused) {
            qCInfo(lcBulk) << "rate limited; the next request waits" << wait.count() << "ms";
            m_rateLimitTimer.start(wait);
            emit rateLimited(wait);
        }
    } else if (outcome.kind == RevocationOutcome::Kind::NeedsSignIn && m_state == State::Running) {
        // Every further request would be refused the same way: wait for the new sign-in.
        m_waitingForSignIn = true;
        setState(State::Paused);
    }
    pump();
    checkFinished();
}

void BulkRevocation::settle(int index, const RevocationOutcome& outcome)
{
    Item& item = m_items[index];
    item.outcome = outcome;
    switch (outcome.kind) {
    case RevocationOutcome::Kind::Revoked:
        item.status = Status::Revoked;
        break;
    case RevocationOutcome::Kind::Unknown:
        item.status = Status::Unknown;
        break;
    case RevocationOutcome::Kind::NeedsSignIn:
    case RevocationOutcome::Kind::NotRevoked:
        item.status = Status::NotRevoked;
        break;
    }
    if (item.attempt && m_journal && !m_journal->appendOutcome(*item.attempt, outcome.forJournal()))
        qCWarning(lcBulk) << "audit journal: outcome not written:" << m_journal->errorString();
    emit itemChanged(index);
    emit progressChanged();
}

void BulkRevocation::checkFinished()
{
    if (m_inFlight > 0 || m_next < m_items.size() || m_state == State::Idle || m_state == State::Finished)
        return;
    setState(State::Finished);
    emit finished();
}

} // namespace UserAdmin
