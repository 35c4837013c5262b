// SPDX-License-Identifier: MIT
#include "RevokeSessionsCommand.h"

#include "ErrorMessages.h"
#include "MessageBox.h"
#include "api/ApiClient.h"
#include "api/RevokeSessionsJob.h"
#include "audit/AuditJournal.h"

#include <QLoggingCategory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcRevoke, "useradmin.ui.revoke")

namespace UserAdmin {

namespace {

enum RecordKind { RecordAttempt, RecordOutcome };
constexpr const char* AttemptIdProperty = "auditAttemptId";

// The facts of a failed revocation for the journal.
AuditOutcome auditOutcome(const ApiError& error)
{
    if (error.outcomeUnknown)
        return AuditOutcome::unknown();
    if (error.httpStatus == 0) {
        return AuditOutcome::notReached(error.kind == ApiError::Kind::Tls ? AuditOutcome::Reach::SecureConnectionFailed
                                                                          : AuditOutcome::Reach::Unspecified);
    }
    if (error.httpStatus == 404)
        return AuditOutcome::notFound(error.httpStatus, error.errorCode, error.serverMessage);
    return AuditOutcome::refused(error.httpStatus, error.errorCode, error.serverMessage);
}

} // namespace

RevokeSessionsCommand::RevokeSessionsCommand(ApiClient* client,
                                             const Target& target,
                                             const QString& actorEmail,
                                             AuditJournal* journal,
                                             QWidget* dialogParent,
                                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_target(target)
    , m_actorEmail(actorEmail)
    , m_journal(journal)
    , m_dialogParent(dialogParent)
{ }

RevokeSessionsCommand::~RevokeSessionsCommand()
{
    // A request already sent is not taken back; only our interest in its answer ends.
    if (m_job)
        m_job->disconnect(this);
}

void RevokeSessionsCommand::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;

    const bool revokingSelf = !m_actorEmail.isEmpty() && m_actorEmail.compare(m_target.email, Qt::CaseInsensitive) == 0;
    MessageBox::Request request;
    request.icon = MessageBox::Icon::Warning;
    //: Title of the confirmation dialog
    request.title = tr("Revoke all sessions");
    if (m_target.activeSessions) {
        //: %1 is the end-user's email address
        request.text = tr("Revoke all sessions of “%1”? The user has %n active session(s).",
                          nullptr,
                          int(*m_target.activeSessions))
                           .arg(m_target.email);
    } else {
        //: %1 is the end-user's email address
        request.text =
            tr("Revoke all sessions of “%1”? The number of active sessions is not known.").arg(m_target.email);
    }
    QStringList info;
    info << tr("The user's active sessions end and their refresh tokens stop working; the user has to sign in "
               "again. On some servers this covers the whole platform, including other organizations' services.");
    info << tr("Access tokens that applications already hold are not withdrawn: an application that checks tokens "
               "offline may keep accepting them until they expire (up to 24 hours).");
    if (revokingSelf) {
        info << tr("Warning: this is your own account. Your own sessions end too, including this one: you will have "
                   "to sign in again.");
    }
    request.informativeText = info.join(QStringLiteral("\n\n"));
    //: The verb on the confirmation button
    request.acceptText = tr("Revoke sessions");
    request.acceptIsDefault = false;

    MessageBox::ask(m_dialogParent, request, this, [this](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Accept)
            confirmed();
        else
            finish(Outcome::Cancelled);
    });
}

void RevokeSessionsCommand::cancel()
{
    if (m_running && !m_job && !m_finished)
        finish(Outcome::Cancelled);
}

void RevokeSessionsCommand::record(int kind, std::optional<qint64> count, const QString& detail)
{
    Q_UNUSED(detail)
    if (!m_journal)
        return;
    AuditEntry subject;
    subject.server = m_client ? m_client->origin() : QString();
    subject.organization = m_target.organization;
    subject.actor = m_actorEmail;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = m_target.userId;
    subject.targetEmail = m_target.email;
    if (kind == RecordAttempt) {
        const std::optional<AuditEntry> attempt = m_journal->appendAttempt(subject);
        if (!attempt) {
            qCWarning(lcRevoke) << "audit journal not written:" << m_journal->errorString();
            return;
        }
        // The attempt id links the outcome to the attempt (kept as a property until this file's rewrite).
        setProperty(AttemptIdProperty, attempt->attemptId.toString());
        return;
    }
    subject.attemptId = QUuid(property(AttemptIdProperty).toString());
    if (!m_journal->appendOutcome(subject, m_error.isError() ? auditOutcome(m_error) : AuditOutcome::revoked(count)))
        qCWarning(lcRevoke) << "audit journal not written:" << m_journal->errorString();
}

void RevokeSessionsCommand::confirmed()
{
    if (m_finished)
        return;
    if (!m_client) {
        finish(Outcome::Cancelled);
        return;
    }
    // The attempt is on record before the request leaves, so a crash or a lost answer still leaves a trace.
    record(RecordAttempt, std::nullopt, QString());
    auto* job = new RevokeSessionsJob(m_client, m_target.organization, m_target.userId);
    m_job = job;
    connect(job, &ApiJob::finished, this, &RevokeSessionsCommand::onJobFinished);
    job->start();
    emit requestSent();
}

void RevokeSessionsCommand::onJobFinished()
{
    RevokeSessionsJob* job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    if (job->succeeded()) {
        const RevokeResult& result = job->result();
        if (result.sessionsRevoked) {
            m_resultText = tr("%n session(s) revoked", nullptr, int(*result.sessionsRevoked));
        } else {
            m_resultText = tr("The sessions were revoked; the server did not say how many.");
        }
        record(RecordOutcome, result.sessionsRevoked, QString());
        finish(Outcome::Succeeded);
        return;
    }

    m_error = job->error();
    using Kind = ApiError::Kind;
    if (m_error.outcomeUnknown || m_error.kind == Kind::Network || m_error.kind == Kind::Timeout) {
        record(RecordOutcome, std::nullopt, QString());
        //: %1 is the end-user's email address
        m_resultText = tr("The connection failed while revoking the sessions of “%1”. It is not known whether they "
                          "were revoked.")
                           .arg(m_target.email);
        MessageBox::Request request;
        request.icon = MessageBox::Icon::Warning;
        //: Title of the dialog after a revocation whose result did not arrive
        request.title = tr("Outcome unknown");
        request.text = m_resultText;
        request.informativeText = tr("Nothing was sent again. Reload the details to see how many sessions are active "
                                     "now before you try again.")
            + QStringLiteral("\n\n") + ErrorMessages::full(m_error);
        request.acceptText = tr("Reload details");
        request.acceptIsDefault = true; // harmless: it only reads
        request.cancelText = tr("Close");
        MessageBox::ask(m_dialogParent, request, this, [this](MessageBox::Answer answer) {
            if (answer == MessageBox::Answer::Accept)
                emit reloadRequested();
        });
        finish(Outcome::Unknown);
        return;
    }
    if (m_error.needsAuthentication()) {
        record(RecordOutcome, std::nullopt, QString());
        m_resultText = tr("Your sign-in has ended, so nothing was revoked. Sign in again, then revoke again.");
        finish(Outcome::NeedsSignIn);
        return;
    }

    record(RecordOutcome, std::nullopt, QString());
    //: %1 is the end-user's email address
    m_resultText = tr("The sessions of “%1” were not revoked.").arg(m_target.email);
    QString reason = ErrorMessages::full(m_error);
    if (m_error.kind == Kind::Forbidden)
        reason += QStringLiteral("\n\n") + tr("Only owners and admins of an active organization can revoke sessions.");
    else if (m_error.kind == Kind::NotFound)
        reason += QStringLiteral("\n\n") + tr("This user no longer exists in this organization.");
    MessageBox::inform(m_dialogParent, MessageBox::Icon::Critical, tr("Sessions not revoked"), m_resultText, reason);
    finish(Outcome::Refused);
}

void RevokeSessionsCommand::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    emit finished(outcome);
}

} // namespace UserAdmin
