// SPDX-License-Identifier: MIT
#pragma once

#include "api/RevocationOutcome.h"
#include "audit/AuditEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <optional>

namespace UserAdmin {

class ApiClient;
class AuditJournal;
class RevokeSessionsJob;

/// Revokes the sessions of many end-users of one organization after one confirmation: one DELETE per account
/// (RevokeSessionsJob), a few in flight at a time, each attempt written to the audit journal (with the reason and
/// the batch id) before it leaves and its outcome after. Never more than one DELETE per account, never an automatic
/// retry: a refused, rate-limited or lost request is reported, and only a new confirmation sends again.
///
/// Pause stops sending new requests; Cancel sends nothing more (the answers of requests already sent are still
/// awaited and reported). A 429 holds back the requests not sent yet for the wait the server asks for; a 401 pauses
/// the batch until the session resumes (ApiClient::resumed).
class BulkRevocation : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString userId;
        QString email;
        std::optional<qint64> knownSessions; ///< active sessions as last seen, when known
    };

    enum class Status {
        Waiting, ///< not sent yet
        Sending, ///< attempt journalled, request under way
        Revoked, ///< see outcome.result for the server's count
        NotRevoked, ///< certainly not revoked: refused, not found, never reached the server, or not journalled
        Unknown, ///< sent, and no answer came: it may or may not have happened
        NotSent, ///< never sent: the batch was cancelled (or stopped) before its turn
    };
    enum class State { Idle, Running, Paused, Cancelling, Finished };
    /// Why the batch stopped before sending everything.
    enum class Stop { None, Cancelled, JournalFailed };

    struct Item
    {
        Target target;
        Status status = Status::Waiting;
        RevocationOutcome outcome; ///< for Revoked, NotRevoked and Unknown
        std::optional<AuditEntry> attempt; ///< as the journal wrote it
    };

    /// Duplicate user ids in `targets` are sent once.
    BulkRevocation(ApiClient* client,
                   AuditJournal* journal,
                   const QString& organizationSlug,
                   const QString& actorEmail,
                   const QString& reason,
                   const QList<Target>& targets,
                   QObject* parent = nullptr);
    /// Requests still under way are not taken back; their outcome is recorded as unknown.
    ~BulkRevocation() override;

    /// Requests in flight at once (clamped to 1..4; default Settings::bulkMaxInFlight()).
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    /// The first wait after a 429 without a usable Retry-After; doubled for each further one, capped at 60 s.
    void setRateLimitBackoff(std::chrono::milliseconds backoff) { m_backoff = backoff; }

    QUuid batchId() const { return m_batchId; }
    QString reason() const { return m_reason; }
    QString organization() const { return m_slug; }
    State state() const { return m_state; }
    Stop stopReason() const { return m_stop; }
    QString journalError() const { return m_journalError; }
    bool isRunning() const
    {
        return m_state == State::Running || m_state == State::Paused || m_state == State::Cancelling;
    }
    /// Paused by a 401 rather than by the person.
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }
    bool isWaitingForRateLimit() const { return m_rateLimitTimer.isActive(); }

    const QList<Item>& items() const { return m_items; }
    int total() const { return int(m_items.size()); }
    int count(Status status) const;
    /// Requests handed to the network so far (every status but Waiting and NotSent).
    int sentCount() const;
    /// Accounts whose outcome is settled (anything but Waiting and Sending).
    int doneCount() const;
    /// The sum of the server's counts over the revoked accounts (accounts without a count add nothing).
    qint64 sessionsRevoked() const;
    /// The accounts that certainly were not revoked (NotRevoked and NotSent), for a new confirmation. Never the
    /// unknown ones.
    QList<Target> retryableTargets() const;

public slots:
    void start();
    void pause();
    void resume();
    void cancel();

signals:
    void itemChanged(int index);
    /// Anything the counts depend on changed.
    void progressChanged();
    void stateChanged(UserAdmin::BulkRevocation::State state);
    /// Requests not sent yet wait `delay` because the server answered 429.
    void rateLimited(std::chrono::milliseconds delay);
    /// Every account has its outcome.
    void finished();

private:
    void setState(State state);
    void pump();
    void sendNext(int index);
    void onJobFinished(int index, RevokeSessionsJob* job);
    void settle(int index, const RevocationOutcome& outcome);
    void markRestNotSent();
    void checkFinished();

    QPointer<ApiClient> m_client;
    AuditJournal* m_journal = nullptr;
    QString m_slug;
    QString m_actor;
    QString m_reason;
    QUuid m_batchId;
    QList<Item> m_items;
    QList<QPointer<RevokeSessionsJob>> m_jobs;
    int m_next = 0; ///< the first item not sent yet
    int m_inFlight = 0;
    int m_maxInFlight = 2;
    int m_rateLimitHits = 0;
    std::chrono::milliseconds m_backoff {2000};
    QTimer m_rateLimitTimer;
    State m_state = State::Idle;
    Stop m_stop = Stop::None;
    bool m_waitingForSignIn = false;
    QString m_journalError;
};

} // namespace UserAdmin

Q_DECLARE_METATYPE(UserAdmin::BulkRevocation::State)
