// SPDX-License-Identifier: MIT
// MainWindow: the commands that act on the selected end-user (copy, revoke); the frame is in MainWindow.cpp.
#include "MainWindow.h"

#include "Actions.h"
#include "AuditLogDialog.h"
#include "DetailPane.h"
#include "EndUserListPane.h"
#include "OrganizationBar.h"
#include "RevokeSessionsCommand.h"
#include "api/ApiClient.h"
#include "auth/AuthSession.h"
#include "bulk/BulkRevokeController.h"
#include "directory/DirectoryController.h"
#include "models/EndUserTableModel.h"
#include "report/AccountReportActions.h"
#include "risk/SecurityViews.h"
#include "settings/Settings.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace UserAdmin {

void MainWindow::copy()
{
    QString text = m_detail->textToCopy();
    if (auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget()); edit && edit->hasSelectedText())
        text = edit->selectedText();
    if (text.isEmpty()) {
        copyOfUser(false);
        return;
    }
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied"), 3000);
}

void MainWindow::copyOfUser(bool id)
{
    const QString text = id ? m_detail->userId() : m_detail->email();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(id ? tr("Id copied") : tr("Email copied"), 3000);
}

void MainWindow::startRevoke()
{
    const auto detail = m_detail->loadedDetail();
    const auto organization = m_organizations->current();
    if (!m_actions->revokeSessions->isEnabled() || !detail || !organization)
        return;
    auto* command = new RevokeSessionsCommand(
        m_client, m_journal, RevokeSessionsCommand::targetFor(*organization, *detail), m_memberEmail, this);
    m_revoke = command;
    const QString userId = detail->id;
    connect(command, &RevokeSessionsCommand::requestSent, m_detail, &DetailPane::showRevoking);
    connect(command, &RevokeSessionsCommand::cancelled, this, [this] {
        m_revoke = nullptr;
        updateActions();
    });
    connect(command,
            &RevokeSessionsCommand::finished,
            this,
            [this,
             userId](const RevocationOutcome& outcome, const QString& text, const std::optional<AuditEntry>& attempt) {
                m_revoke = nullptr;
                if (outcome.kind == RevocationOutcome::Kind::Revoked)
                    statusBar()->showMessage(text, StatusTimeoutMs);
                m_detail->showRevocationOutcome(userId, outcome, text, attempt);
                updateActions();
            });
    connect(command, &RevokeSessionsCommand::reloadRequested, this, [this, userId] {
        if (m_detail->userId() == userId)
            m_detail->reload();
    });
    updateActions();
    command->start();
}

} // namespace UserAdmin
