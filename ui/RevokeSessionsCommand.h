// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserDetail.h"
#include "api/Organization.h"
#include "api/RevocationOutcome.h"
#include "audit/AuditEntry.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;

namespace UserAdmin {

class ApiClient;
class AuditJournal;
class RevokeSessionsJob;

/// "Revoke all sessions" of one end-user: confirms (naming the organization, the count, the scope, with the Reason
/// field: ReasonConfirmDialog), writes the
/// attempt to the audit journal, sends the request once (never retried), records the outcome and reports it typed.
/// It never claims a success it did not see. It owns its lifetime: it deletes itself once it is over, including
/// after the dialog of an unknown outcome is answered in any way.
class RevokeSessionsCommand : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Organization organization;
        QString userId;
        QString email;
        std::optional<qint64> activeSessions;
        ResponseShape shape = ResponseShape::Seed;
    };
    /// The target as the loaded detail describes it (never read back from widgets).
    static Target targetFor(const Organization& organization, const EndUserDetail& detail);

    /// `dialogParent` also owns the command until it deletes itself.
    RevokeSessionsCommand(ApiClient* client,
                          AuditJournal* journal,
                          const Target& target,
                          const QString& actorEmail,
                          QWidget* dialogParent);
    ~RevokeSessionsCommand() override;

    const Target& target() const { return m_target; }

public slots:
    /// Asks for confirmation, then revokes.
    void start();

signals:
    /// The person confirmed and the request was sent.
    void requestSent();
    /// The person said no; nothing was sent.
    void cancelled();
    /// The request ended; `text` is the sentence for the person (e.g. "3 sessions revoked"); `attempt` is the
    /// journal's record of it, for what is learned later (AuditJournal::appendFollowUp).
    void finished(const UserAdmin::RevocationOutcome& outcome,
                  const QString& text,
                  const std::optional<UserAdmin::AuditEntry>& attempt);
    /// The person asked to reload the detail after an unknown outcome.
    void reloadRequested();

private:
    void confirmed();
    void onJobFinished();
    void report(const RevocationOutcome& outcome);

    QPointer<ApiClient> m_client;
    AuditJournal* m_journal = nullptr;
    Target m_target;
    QString m_actorEmail;
    QPointer<QWidget> m_dialogParent;
    QPointer<RevokeSessionsJob> m_job;
    std::optional<AuditEntry> m_attempt; ///< as the journal wrote it
    QString m_reason; ///< the person's reason, as confirmed
    bool m_started = false;
};

} // namespace UserAdmin
