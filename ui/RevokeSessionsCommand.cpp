// SPDX-License-Identifier: MIT
#include "RevokeSessionsCommand.h"

#include "ErrorPresenter.h"
#include "KeepTogether.h"
#include "MessageBox.h"
#include "api/ApiClient.h"
#include "api/RevokeSessionsJob.h"
#include "audit/AuditJournal.h"
#include "bulk/ReasonConfirmDialog.h"
#include "settings/Settings.h"

#include <QLoggingCategory>
#include <QWidget>

#include <limits>

Q_LOGGING_CATEGORY(lcRevoke, "useradmin.ui.revoke")

namespace UserAdmin {

namespace {

int plural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

RevokeSessionsCommand::Target RevokeSessionsCommand::targetFor(const Organization& organization,
                                                               const EndUserDetail& detail)
{
    Target target;
    target.organization = organization;
    target.userId = detail.id;
    target.email = detail.email;
    target.activeSessions = detail.sessions.activeCount;
    target.shape = detail.shape;
    return target;
}

RevokeSessionsCommand::RevokeSessionsCommand(
    ApiClient* client, AuditJournal* journal, const Target& target, const QString& actorEmail, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_journal(journal)
    , m_target(target)
    , m_actorEmail(actorEmail)
    , m_dialogParent(dialogParent)
{ }

RevokeSessionsCommand::~RevokeSessionsCommand()
{
    // A request already sent is not taken back; only the interest in its answer ends.
    if (m_job)
        m_job->disconnect(this);
}

void RevokeSessionsCommand::start()
{
    if (m_started)
        return;
    m_started = true;

    const QString email = keepTogether(m_target.email);
    const QString organization = m_target.organization.displayName();
    MessageBox::Request request;
    request.icon = MessageBox::Icon::Warning;
    //: Title of the confirmation dialog
    request.title = tr("Revoke all sessions");
    if (!m_target.activeSessions) {
        //: %1 is the end-user's email address, %2 the organization's name
        request.text = tr("Revoke all sessions of “%1” in “%2”? The number of active sessions is not known.")
                           .arg(email, organization);
    } else if (*m_target.activeSessions == 0) {
        //: %1 is the end-user's email address, %2 the organization's name
        request.text = tr("Revoke all sessions of “%1” in “%2”? The server reports no active sessions, so there may "
                          "be nothing to revoke.")
                           .arg(email, organization);
    } else {
        //: %1 is the end-user's email address, %2 the organization's name
        request.text = tr("Revoke all sessions of “%1” in “%2”? The user has %n active session(s).",
                          nullptr,
                          plural(*m_target.activeSessions))
                           .arg(email, organization);
    }
    QStringList info;
    if (m_target.shape == ResponseShape::Platform2026) {
        //: %1 is the organization's name
        info << tr("The sessions of this person for %1's services end and their refresh tokens stop working; "
                   "sign-ins to other organizations stay. The server's count may include sessions that had already "
                   "expired.")
                    .arg(organization);
    } else {
        info << tr("The user's active sessions end and their refresh tokens stop working; the user has to sign in "
                   "again. On some servers this covers the whole platform, including other organizations' "
                   "services.");
    }
    info << tr("Access tokens that applications already hold are not withdrawn: an application that checks tokens "
               "offline may keep accepting them until they expire (up to 24 hours).");
    const bool revokingSelf = !m_actorEmail.isEmpty() && m_actorEmail.compare(m_target.email, Qt::CaseInsensitive) == 0;
    if (revokingSelf) {
        info << tr("Warning: this is your own account. Your own sessions end too, including this one: you will have "
                   "to sign in again.");
    }
    request.informativeText = info.join(QStringLiteral("\n\n"));
    //: The verb on the confirmation button
    request.acceptText = tr("Revoke sessions");
    request.acceptIsDefault = false;

    auto answered = [this](MessageBox::Answer answer, const QString& reason) {
        if (answer == MessageBox::Answer::Accept) {
            m_reason = reason;
            confirmed();
            return;
        }
        emit cancelled();
        deleteLater();
    };
    ReasonConfirmDialog::ask(m_dialogParent, request, Settings::reasonRequired(), this, answered);
}

void RevokeSessionsCommand::confirmed()
{
    if (!m_client) {
        emit cancelled();
        deleteLater();
        return;
    }
    // The attempt is on record, flushed and synced, before the request leaves, so a crash or a lost answer still
    // leaves a trace. A revocation that cannot be recorded is not sent.
    AuditEntry subject;
    subject.server = m_client->origin();
    subject.organization = m_target.organization.slug;
    subject.actor = m_actorEmail;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = m_target.userId;
    subject.targetEmail = m_target.email;
    subject.reason = m_reason;
    m_attempt = m_journal ? m_journal->appendAttempt(subject) : std::nullopt;
    if (!m_attempt) {
        const QString problem = m_journal ? m_journal->errorString() : QString();
        qCWarning(lcRevoke) << "audit journal not written, nothing sent:" << problem;
        RevocationOutcome outcome;
        outcome.kind = RevocationOutcome::Kind::NotRevoked;
        outcome.reason = RevocationOutcome::Reason::NotSent;
        const ErrorPresenter::RevocationMessage message =
            ErrorPresenter::revocationFailure(outcome, keepTogether(m_target.email));
        emit finished(outcome, message.text, std::nullopt);
        MessageBox::inform(m_dialogParent,
                           MessageBox::Icon::Critical,
                           message.title,
                           message.text,
                           message.information + QStringLiteral("\n\n") + problem);
        deleteLater();
        return;
    }
    auto* job = new RevokeSessionsJob(m_client, m_target.organization.slug, m_target.userId);
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
    report(RevocationOutcome::fromJob(*job));
}

void RevokeSessionsCommand::report(const RevocationOutcome& outcome)
{
    using Kind = RevocationOutcome::Kind;
    const QString email = keepTogether(m_target.email);
    // The journal keeps facts (counts, codes, the server's own words); the viewer words them in its language.
    if (m_attempt && !m_journal->appendOutcome(*m_attempt, outcome.forJournal()))
        qCWarning(lcRevoke) << "audit journal: outcome not written:" << m_journal->errorString();
    if (outcome.kind == Kind::Revoked) {
        const RevokeResult& result = outcome.result;
        const QString text = result.sessionsRevoked
            ? tr("%n session(s) revoked", nullptr, plural(*result.sessionsRevoked))
            : tr("The sessions were revoked; the server did not say how many.");
        emit finished(outcome, text, m_attempt);
        deleteLater();
        return;
    }
    const ErrorPresenter::RevocationMessage message = ErrorPresenter::revocationFailure(outcome, email);
    if (outcome.kind == Kind::Unknown) {
        emit finished(outcome, message.text, m_attempt);
        MessageBox::Request request;
        request.icon = MessageBox::Icon::Warning;
        request.title = message.title;
        request.text = message.text;
        request.informativeText = message.information;
        request.acceptText = tr("Reload details");
        request.acceptIsDefault = true; // harmless: it only reads
        request.cancelText = tr("Close");
        MessageBox::ask(m_dialogParent, request, this, [this](MessageBox::Answer answer) {
            if (answer == MessageBox::Answer::Accept)
                emit reloadRequested();
            deleteLater();
        });
        return;
    }
    emit finished(outcome, message.text, m_attempt);
    if (outcome.kind == Kind::NotRevoked)
        MessageBox::inform(
            m_dialogParent, MessageBox::Icon::Critical, message.title, message.text, message.information);
    deleteLater();
}

} // namespace UserAdmin
