// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "api/Organization.h"
#include "api/ResponseShape.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkReportDialog.h"
#include "bulk/BulkRevocation.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace UserAdmin {

class ApiClient;
class AuditJournal;

/// "Revoke sessions of N end-users…" from start to end: the one confirmation (with the Reason), the run with its
/// progress window (the main window stays usable), the report, and "Retry", which asks again. One bulk revocation
/// at a time. While one runs, closing the window asks first.
class BulkRevokeController : public QObject
{
    Q_OBJECT
public:
    /// What the controller reads from the window when a revocation starts.
    struct Sources
    {
        std::function<std::optional<Organization>()> organization;
        std::function<QString()> actor; ///< the signed-in member's email
        /// Active sessions of an end-user, when the window knows them (e.g. from the loaded detail).
        std::function<std::optional<qint64>(const QString& userId)> knownSessions;
    };

    /// `window` parents the dialogs and is watched for its close.
    BulkRevokeController(ApiClient* client, AuditJournal* journal, QWidget* window, Sources sources);
    ~BulkRevokeController() override;

    bool isRunning() const;
    /// The revocation under way, or the last one (until the next starts).
    BulkRevocation* revocation() const { return m_revocation; }
    BulkConfirmDialog* confirmDialog() const { return m_confirm; }
    BulkProgressDialog* progressDialog() const { return m_progress; }
    BulkReportDialog* reportDialog() const { return m_report; }

public slots:
    /// Asks to revoke the sessions of `users` of the current organization (e.g. the rows selected in the table, or
    /// the rows "Find end-users…" found), then runs it.
    void revokeSessionsOf(const QList<UserAdmin::EndUserSummary>& users);
    void revokeTargets(const QList<UserAdmin::BulkRevocation::Target>& targets,
                       UserAdmin::ResponseShape shape,
                       const QString& initialReason = {});

signals:
    void runningChanged(bool running);
    /// A revocation ended (every outcome is in): views may reload.
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run(const Organization& organization, const QList<BulkRevocation::Target>& targets, const QString& reason);
    void onFinished();

    QPointer<ApiClient> m_client;
    AuditJournal* m_journal = nullptr;
    QPointer<QWidget> m_window;
    Sources m_sources;
    QPointer<BulkRevocation> m_revocation;
    QPointer<BulkConfirmDialog> m_confirm;
    QPointer<BulkProgressDialog> m_progress;
    QPointer<BulkReportDialog> m_report;
    Organization m_organization;
    ResponseShape m_shape = ResponseShape::Seed;
    bool m_closeConfirmed = false;
};

} // namespace UserAdmin
