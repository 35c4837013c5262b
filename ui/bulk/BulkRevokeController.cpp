// SPDX-License-Identifier: MIT
#include "bulk/BulkRevokeController.h"

#include "MessageBox.h"
#include "api/ApiClient.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkReportDialog.h"
#include "settings/Settings.h"

#include <QCloseEvent>
#include <QLocale>
#include <QWidget>

namespace UserAdmin {

BulkRevokeController::BulkRevokeController(ApiClient* client, AuditJournal* journal, QWidget* window, Sources sources)
    : QObject(window)
    , m_client(client)
    , m_journal(journal)
    , m_window(window)
    , m_sources(std::move(sources))
{
    if (window)
        window->installEventFilter(this);
}

BulkRevokeController::~BulkRevokeController() = default;

bool BulkRevokeController::isRunning() const
{
    return m_revocation && m_revocation->isRunning();
}

void BulkRevokeController::revokeSessionsOf(const QList<EndUserSummary>& users)
{
    QList<BulkRevocation::Target> targets;
    ResponseShape shape = ResponseShape::Seed;
    for (const EndUserSummary& user : users) {
        BulkRevocation::Target target;
        target.userId = user.id;
        target.email = user.email;
        if (m_sources.knownSessions)
            target.knownSessions = m_sources.knownSessions(user.id);
        targets.append(target);
        shape = user.shape;
    }
    revokeTargets(targets, shape);
}

void BulkRevokeController::revokeTargets(const QList<BulkRevocation::Target>& targets,
                                         ResponseShape shape,
                                         const QString& initialReason)
{
    if (targets.isEmpty() || m_confirm)
        return;
    if (isRunning()) {
        MessageBox::inform(m_window,
                           MessageBox::Icon::Information,
                           tr("Revocation under way"),
                           tr("Sessions of several end-users are being revoked. Wait for the report (or cancel "
                              "that revocation) before starting another."));
        return;
    }
    const std::optional<Organization> organization = m_sources.organization ? m_sources.organization() : std::nullopt;
    if (!organization || organization->slug.isEmpty())
        return;
    m_shape = shape;
    auto* dialog =
        new BulkConfirmDialog(*organization, targets, shape, Settings::reasonRequired(), initialReason, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_confirm = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, organization = *organization, targets] {
        run(organization, targets, dialog->reason());
    });
    dialog->open();
}

void BulkRevokeController::run(const Organization& organization,
                               const QList<BulkRevocation::Target>& targets,
                               const QString& reason)
{
    if (m_revocation)
        m_revocation->deleteLater();
    if (m_report)
        m_report->close();
    m_organization = organization;
    m_closeConfirmed = false;
    auto* revocation = new BulkRevocation(
        m_client, m_journal, organization.slug, m_sources.actor ? m_sources.actor() : QString(), reason, targets, this);
    m_revocation = revocation;
    connect(revocation, &BulkRevocation::finished, this, &BulkRevokeController::onFinished);
    auto* progress = new BulkProgressDialog(revocation, organization.displayName(), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    progress->show();
    emit runningChanged(true);
    revocation->start();
}

void BulkRevokeController::onFinished()
{
    if (m_progress)
        m_progress->close();
    if (m_revocation && m_window) {
        auto* report = new BulkReportDialog(*m_revocation, m_organization.displayName(), m_window);
        report->setAttribute(Qt::WA_DeleteOnClose);
        m_report = report;
        connect(
            report,
            &BulkReportDialog::retryRequested,
            this,
            [this](const QList<BulkRevocation::Target>& targets, const QString& reason) {
                // A new confirmation, for the definite failures only.
                QMetaObject::invokeMethod(
                    this, [this, targets, reason] { revokeTargets(targets, m_shape, reason); }, Qt::QueuedConnection);
            });
        report->show();
    }
    emit runningChanged(false);
    emit finished();
}

bool BulkRevokeController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || event->type() != QEvent::Close || !isRunning() || m_closeConfirmed)
        return QObject::eventFilter(watched, event);
    event->ignore();
    const QLocale locale;
    MessageBox::Request request;
    request.icon = MessageBox::Icon::Warning;
    //: Title of the question before closing the window during a bulk revocation
    request.title = tr("Revocation under way");
    //: %1 is how many requests were sent so far, %2 how many there are in all
    request.text = tr("Sessions are being revoked: %1 of %2 requests sent. Close the window anyway?")
                       .arg(locale.toString(m_revocation->sentCount()), locale.toString(m_revocation->total()));
    request.informativeText = tr("Nothing more is sent. Requests already under way may still take effect; the audit "
                                 "journal records their outcome as unknown.");
    request.acceptText = tr("Close anyway");
    MessageBox::ask(m_window, request, this, [this](MessageBox::Answer answer) {
        if (answer != MessageBox::Answer::Accept || !m_window)
            return;
        m_closeConfirmed = true;
        if (m_revocation)
            m_revocation->cancel();
        m_window->close();
    });
    return true;
}

} // namespace UserAdmin
