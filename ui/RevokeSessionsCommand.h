// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;

namespace UserAdmin {

class ApiClient;
class AuditJournal;
class RevokeSessionsJob;

/// "Revoke all sessions" of one end-user: confirms, writes the attempt to the audit journal, sends the request once
/// (never retried), records and reports the outcome. It never claims a success it did not see.
class RevokeSessionsCommand : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Cancelled, ///< the person said no
        Succeeded,
        Refused, ///< the server answered with an error: nothing was revoked
        Unknown, ///< the connection failed mid-request: the sessions may or may not be revoked
        NeedsSignIn, ///< 401 before anything happened
    };
    Q_ENUM(Outcome)

    struct Target
    {
        QString organization; ///< slug
        QString userId;
        QString email;
        std::optional<qint64> activeSessions;
    };

    RevokeSessionsCommand(ApiClient* client,
                          const Target& target,
                          const QString& actorEmail,
                          AuditJournal* journal,
                          QWidget* dialogParent,
                          QObject* parent = nullptr);
    ~RevokeSessionsCommand() override;

    const Target& target() const { return m_target; }
    bool isRunning() const { return m_running; }
    /// The message for the person once finished, e.g. "3 sessions revoked".
    QString resultText() const { return m_resultText; }
    const ApiError& error() const { return m_error; }

public slots:
    /// Asks for confirmation, then revokes.
    void start();
    /// Cancels before the request leaves; a request already sent is not taken back.
    void cancel();

signals:
    /// The person confirmed and the request was sent.
    void requestSent();
    void finished(UserAdmin::RevokeSessionsCommand::Outcome outcome);
    /// The person asked to reload the detail after an unknown outcome.
    void reloadRequested();

private:
    void confirmed();
    void onJobFinished();
    void finish(Outcome outcome);
    void record(int outcome, std::optional<qint64> count, const QString& detail);

    QPointer<ApiClient> m_client;
    Target m_target;
    QString m_actorEmail;
    AuditJournal* m_journal = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<RevokeSessionsJob> m_job;
    ApiError m_error;
    QString m_resultText;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace UserAdmin
