// SPDX-License-Identifier: MIT
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

MainWindow::MainWindow(ApiClient* client, AuthSession* session, AuditJournal* journal, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSO User Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sso-user-admin.svg")));

    m_actions = new Actions(this);
    m_organizations = new OrganizationBar(client, session);
    m_list = new EndUserListPane(client, m_actions);
    m_detail = new DetailPane(client, m_actions, journal);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({880, 480});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_memberLabel = new QLabel(this);
    m_memberLabel->setObjectName(QStringLiteral("memberLabel"));
    m_memberLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_memberLabel);

    m_directory = new DirectoryController(client, m_list, this);
    m_bulk =
        new BulkRevokeController(client,
                                 journal,
                                 this,
                                 {[this] { return m_organizations->current(); },
                                  [this] { return m_memberEmail; },
                                  [this](const QString& id) {
                                      const auto detail = m_detail->loadedDetail();
                                      return detail && detail->id == id ? detail->sessions.activeCount : std::nullopt;
                                  }});

    buildToolBar();
    buildMenus();
    wirePanes();
    m_reports = new AccountReportActions(this, client);
    m_security = new SecurityViews(this, client);
    connect(m_security, &SecurityViews::changed, this, &MainWindow::updateActions);

    // Tab order: toolbar inputs, list, details.
    QList<QWidget*> chain {m_organizations->box(), m_list->searchField()};
    chain << m_list->serviceBar()->findChild<QWidget*>(QStringLiteral("serviceFilterBox")) << m_list->focusChain()
          << m_detail->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    // A first start on a small screen (1280×800) gets a window that fits it, not one cut off at the right.
    QSize size(1360, 800);
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableGeometry().size());
    resize(size);
    restoreSettings();
    if (m_session)
        setSignedInMember(m_session->memberEmail());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    auto* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto spacing = [toolBar] {
        auto* spacer = new QWidget(toolBar);
        spacer->setFixedWidth(12);
        toolBar->addWidget(spacer);
    };
    toolBar->addWidget(m_organizations);
    spacing();
    toolBar->addWidget(m_list->searchBar());
    spacing();
    toolBar->addWidget(m_list->serviceBar());
    spacing();
    toolBar->addAction(m_actions->refresh);
    if (auto* refreshButton = toolBar->widgetForAction(m_actions->refresh)) {
        refreshButton->setObjectName(QStringLiteral("refreshButton"));
        refreshButton->setAccessibleName(tr("Refresh"));
    }
}

void MainWindow::buildMenus()
{
    //: Menu title
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->refresh);
    file->addAction(m_actions->showAuditJournal);
    file->addAction(m_actions->saveReport);
    file->addSeparator();
    file->addAction(m_actions->exportEndUsers);
    file->addAction(m_actions->updateLocalCopy);
    file->addAction(m_actions->forgetLocalCopies);
    file->addSeparator();
    file->addAction(m_actions->signOut);
    file->addAction(m_actions->quit);
    //: Menu title
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->copy);
    edit->addAction(m_actions->copyEmail);
    edit->addAction(m_actions->copyId);
    edit->addAction(m_actions->copyReport);
    edit->addSeparator();
    edit->addAction(m_actions->focusSearch);
    edit->addAction(m_actions->findEndUsers);
    //: Menu title: moving between pages of end-users
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->firstPage);
    go->addAction(m_actions->previousPage);
    go->addAction(m_actions->nextPage);
    go->addAction(m_actions->lastPage);
    go->addSeparator();
    go->addAction(m_actions->showRiskEvents);
    //: Menu title: actions on the selected end-user
    QMenu* user = menuBar()->addMenu(tr("&User"));
    user->addAction(m_actions->revokeSessions);
    user->addAction(m_actions->revokeSessionsBulk);

    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->focusSearch, &QAction::triggered, this, [this] {
        m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchField()->selectAll();
    });
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copy);
    connect(m_actions->copyEmail, &QAction::triggered, this, [this] { copyOfUser(false); });
    connect(m_actions->copyId, &QAction::triggered, this, [this] { copyOfUser(true); });
    connect(m_actions->revokeSessions, &QAction::triggered, this, &MainWindow::startRevoke);
    connect(m_actions->revokeSessionsBulk, &QAction::triggered, this, [this] {
        if (m_actions->revokeSessionsBulk->isEnabled())
            m_bulk->revokeSessionsOf(m_list->selectedUsers());
    });
    connect(m_actions->showAuditJournal, &QAction::triggered, this, &MainWindow::showAuditJournal);
    connect(m_actions->exportEndUsers, &QAction::triggered, m_directory, &DirectoryController::exportEndUsers);
    connect(m_actions->findEndUsers, &QAction::triggered, m_directory, &DirectoryController::findEndUsers);
    connect(m_actions->updateLocalCopy, &QAction::triggered, m_directory, &DirectoryController::update);
    connect(m_actions->forgetLocalCopies, &QAction::triggered, m_directory, &DirectoryController::forgetAll);
    // The accounts found by "Find end-users…" go to one bulk confirmation, for whoever may revoke here.
    connect(m_directory, &DirectoryController::foundUsersChosen, this, [this](const QList<EndUserSummary>& users) {
        if (m_organizations->mayRevokeSessions().value_or(false))
            m_bulk->revokeSessionsOf(users);
        else
            statusBar()->showMessage(tr("Your role in this organization does not allow revoking sessions."),
                                     StatusTimeoutMs);
    });
    // Signing out removes the copies of that server.
    connect(m_actions->signOut, &QAction::triggered, m_directory, &DirectoryController::forgetServer);
    connect(m_actions->signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::wirePanes()
{
    connect(m_organizations, &OrganizationBar::organizationChanged, this, [this](const Organization& organization) {
        setWindowTitle(organization.slug.isEmpty() ? tr("SSO User Admin")
                                                   //: Window title; %1 is the organization's name
                                                   : tr("%1 — SSO User Admin").arg(organization.displayName()));
        m_detail->clear();
        m_list->setOrganization(organization);
        m_directory->setOrganization(organization);
        updateActions();
    });
    connect(m_organizations, &OrganizationBar::organizationExpected, m_list, &EndUserListPane::expectOrganization);
    connect(m_organizations, &OrganizationBar::roleChanged, this, &MainWindow::updateActions);
    connect(m_organizations, &OrganizationBar::noticeRaised, m_list, &EndUserListPane::showNotice);
    connect(m_organizations, &OrganizationBar::refusalExplained, m_list, &EndUserListPane::showNotice);
    connect(m_organizations, &OrganizationBar::memberIdentified, this, [this](const QString& email) {
        if (m_memberEmail.isEmpty())
            setSignedInMember(email);
    });
    connect(m_organizations->model(), &OrganizationListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            statusBar()->showMessage(tr("Loading your organizations…"));
        else
            statusBar()->clearMessage();
    });

    connect(m_list, &EndUserListPane::userSelected, this, [this](const EndUserSummary& user) {
        m_detail->showUser(m_organizations->currentSlug(), user);
    });
    connect(m_list, &EndUserListPane::selectionCleared, m_detail, &DetailPane::clear);
    connect(m_list, &EndUserListPane::selectionCountChanged, this, [this](int count) {
        m_detail->setSelectionCount(count);
        updateActions();
    });
    connect(m_bulk, &BulkRevokeController::runningChanged, this, &MainWindow::updateActions);
    connect(m_bulk, &BulkRevokeController::finished, m_detail, &DetailPane::reload);
    connect(m_list, &EndUserListPane::accessRefused, m_organizations, &OrganizationBar::explainRefusal);
    connect(
        m_list, &EndUserListPane::organizationRecheckRequested, m_organizations, &OrganizationBar::reloadOrganizations);
    connect(m_list, &EndUserListPane::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, StatusTimeoutMs);
    });
    connect(m_directory, &DirectoryController::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, StatusTimeoutMs);
    });

    connect(m_detail, &DetailPane::userGone, m_list, &EndUserListPane::reload);
    connect(m_detail, &DetailPane::accessRefused, m_organizations, &OrganizationBar::recheckRole);
    connect(m_detail, &DetailPane::detailChanged, this, &MainWindow::updateActions);

    if (m_session) {
        connect(m_session, &AuthSession::signedIn, this, [this] { updateMemberLabel(false); });
        connect(m_session, &AuthSession::resumed, this, [this] { updateMemberLabel(false); });
        connect(m_session, &AuthSession::signInNeeded, this, [this] { updateMemberLabel(true); });
    }
}

void MainWindow::restoreSettings()
{
    const Settings::WindowLayout layout = Settings::windowLayout();
    restoreGeometry(layout.geometry);
    restoreState(layout.state);
    m_splitter->restoreState(layout.splitter);
    m_list->restoreHeaderState(layout.tableHeader);
}

void MainWindow::saveSettings() const
{
    Settings::setWindowLayout({saveGeometry(), saveState(), m_splitter->saveState(), m_list->headerState()});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setSignedInMember(const QString& email)
{
    m_memberEmail = email;
    updateMemberLabel(false);
}

void MainWindow::updateMemberLabel(bool signedOut)
{
    if (signedOut || (m_session && !m_session->isSignedIn())) {
        //: Status bar while the server no longer accepts the sign-in
        m_memberLabel->setText(tr("Signed out: sign in to continue"));
        return;
    }
    //: %1 is the signed-in member's email address
    m_memberLabel->setText(m_memberEmail.isEmpty() ? QString() : tr("Signed in as %1").arg(m_memberEmail));
}

QString MainWindow::currentOrganization() const
{
    return m_organizations->currentSlug();
}

QString MainWindow::selectedUserId() const
{
    return m_detail->userId();
}

EndUserTableModel* MainWindow::endUserModel() const
{
    return m_list->model();
}

void MainWindow::start(const QString& preferredOrgSlug)
{
    m_organizations->start(preferredOrgSlug);
}

void MainWindow::updateActions()
{
    Actions::Context context;
    context.hasUser = !m_detail->userId().isEmpty();
    context.hasDetail = m_detail->loadedDetail().has_value();
    context.revoking = !m_revoke.isNull(); // from the confirmation on: one revocation at a time
    context.selectedUsers = int(m_list->selectedUsers().size());
    context.bulkRevoking = m_bulk->isRunning();
    if (const auto organization = m_organizations->current()) {
        context.hasOrganization = true;
        context.organizationActive = organization->isActive();
        context.organizationName = organization->displayName();
        context.organizationStatus = OrganizationListModel::statusName(*organization);
    }
    context.mayRevoke = m_organizations->mayRevokeSessions();
    context.byCapability = m_organizations->capabilitiesKnown();
    if (const auto role = m_organizations->currentRole())
        context.roleName = OrganizationListModel::roleName(*role);
    context.roleLookupFailed = m_organizations->roleLookupFailed();
    if (m_security)
        context.riskEventsUnavailable = m_security->riskEventsReason();
    m_actions->update(context);
}

void MainWindow::refresh()
{
    m_organizations->refresh();
    m_list->reload();
    m_detail->reload();
    if (m_security)
        m_security->recheck();
}

void MainWindow::showAuditJournal()
{
    auto* dialog = new AuditLogDialog(*m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_security->attachServerLog(dialog);
    dialog->show();
}

} // namespace UserAdmin
