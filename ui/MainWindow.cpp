// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "Actions.h"
#include "AuditLogDialog.h"
#include "DetailPane.h"
#include "ErrorMessages.h"
#include "InlineBanner.h"
#include "PagerBar.h"
#include "RevokeSessionsCommand.h"
#include "api/ApiClient.h"
#include "api/GetOrganizationJob.h"
#include "api/WhoAmIJob.h"
#include "models/EndUserDetailLoader.h"
#include "models/EndUserTableModel.h"
#include "models/OrganizationListModel.h"
#include "models/SearchDebouncer.h"
#include "models/ServiceFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "useradmin.ui")

namespace UserAdmin {

namespace {

constexpr int StatusTimeoutMs = 10000;

QString settingsGroup()
{
    return QStringLiteral("MainWindow");
}

} // namespace

MainWindow::MainWindow(ApiClient* client, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSO User Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sso-user-admin.svg")));

    m_actions = new Actions(this);
    m_orgModel = new OrganizationListModel(client, this);
    m_serviceModel = new ServiceFilterModel(client, this);
    m_userModel = new EndUserTableModel(client, this);
    m_detailLoader = new EndUserDetailLoader(client, this);
    m_debouncer = new SearchDebouncer(this);

    buildUi();
    buildMenus();
    connectModels();
    restoreSettings();
    updateListState();
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_whoAmI) {
        m_whoAmI->disconnect(this);
        m_whoAmI->cancel();
    }
    if (m_forbiddenCheck) {
        m_forbiddenCheck->disconnect(this);
        m_forbiddenCheck->cancel();
    }
}

void MainWindow::buildUi()
{
    // Toolbar: organization, search, service filter, refresh. Each input has a visible label as its buddy.
    auto* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    //: Label of the organization switcher
    auto* orgLabel = new QLabel(tr("&Organization"), toolBar);
    m_orgBox = new QComboBox(toolBar);
    m_orgBox->setObjectName(QStringLiteral("organizationBox"));
    m_orgBox->setModel(m_orgModel);
    m_orgBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_orgBox->setMinimumContentsLength(18);
    m_orgBox->setAccessibleName(tr("Organization"));
    orgLabel->setBuddy(m_orgBox);

    //: Label of the search field
    auto* searchLabel = new QLabel(tr("&Search end-users"), toolBar);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search end-users"));
    m_search->setPlaceholderText(tr("Part of an email address"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Actions::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    searchLabel->setBuddy(m_search);
    auto* clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setObjectName(QStringLiteral("actionClearSearch"));
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_debouncer->clear();
    });

    //: Label of the choice of service to filter the end-users by
    auto* serviceLabel = new QLabel(tr("Ser&vice filter"), toolBar);
    m_serviceBox = new QComboBox(toolBar);
    m_serviceBox->setObjectName(QStringLiteral("serviceFilterBox"));
    m_serviceBox->setModel(m_serviceModel);
    m_serviceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceBox->setMinimumContentsLength(14);
    m_serviceBox->setAccessibleName(tr("Service filter"));
    serviceLabel->setBuddy(m_serviceBox);

    auto spacing = [toolBar] {
        auto* spacer = new QWidget(toolBar);
        spacer->setFixedWidth(12);
        toolBar->addWidget(spacer);
    };
    toolBar->addWidget(orgLabel);
    toolBar->addWidget(m_orgBox);
    spacing();
    toolBar->addWidget(searchLabel);
    toolBar->addWidget(m_search);
    spacing();
    toolBar->addWidget(serviceLabel);
    toolBar->addWidget(m_serviceBox);
    spacing();
    toolBar->addAction(m_actions->refresh);
    if (auto* refreshButton = toolBar->widgetForAction(m_actions->refresh)) {
        refreshButton->setObjectName(QStringLiteral("refreshButton"));
        refreshButton->setAccessibleName(tr("Refresh"));
    }

    // Left: banner, table, pager. Right: details.
    auto* listSide = new QWidget;
    m_listBanner = new InlineBanner(listSide);
    m_listBanner->setObjectName(QStringLiteral("listBanner"));
    m_listBanner->actionButton()->setObjectName(QStringLiteral("listBannerButton"));
    connect(m_listBanner, &InlineBanner::actionTriggered, this, [this] {
        if (m_listBannerAction)
            m_listBannerAction();
    });

    m_table = new QTableView(listSide);
    m_table->setObjectName(QStringLiteral("endUserTable"));
    //: Accessible name of the table of end-users
    m_table->setAccessibleName(tr("End-users"));
    m_table->setModel(m_userModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Times carry a relative hint ("… (3 hours ago)"): wide enough to read it whole.
    const int timeWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm 0000 00:00 (00 days ago)"));
    m_table->setColumnWidth(EndUserTableModel::EmailColumn, 230);
    m_table->setColumnWidth(EndUserTableModel::LastLoginColumn, timeWidth + 12);
    m_table->setColumnWidth(EndUserTableModel::CreatedColumn, timeWidth + 12);
    m_table->setColumnWidth(EndUserTableModel::MfaColumn, 50);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_actions->copyEmail);
        menu->addAction(m_actions->copyId);
        menu->addSeparator();
        menu->addAction(m_actions->revokeSessions);
        menu->addSeparator();
        menu->addAction(m_actions->refresh);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    m_emptyOverlay = new QLabel(m_table->viewport());
    m_emptyOverlay->setObjectName(QStringLiteral("emptyText"));
    m_emptyOverlay->setTextFormat(Qt::PlainText); // the text quotes the search as typed
    m_emptyOverlay->setAlignment(Qt::AlignCenter);
    m_emptyOverlay->setWordWrap(true);
    m_emptyOverlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_table->viewport()->installEventFilter(this);

    m_pager = new PagerBar(m_actions, listSide);
    m_pager->setObjectName(QStringLiteral("pagerBar"));

    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listBanner);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_pager);

    m_detail = new DetailPane;
    m_detail->setRevokeAction(m_actions->revokeSessions);
    connect(m_detail, &DetailPane::bannerActionTriggered, this, [this] {
        if (m_detailBannerAction)
            m_detailBannerAction();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({880, 480});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_memberLabel = new QLabel(this);
    m_memberLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_memberLabel);

    // Tab order: toolbar inputs, banner, table, pager, details.
    QList<QWidget*> chain {m_orgBox, m_search, m_serviceBox, m_listBanner->actionButton(), m_table};
    chain << m_pager->focusChain() << m_detail->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    resize(1360, 800);
}

void MainWindow::buildMenus()
{
    //: Menu title
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->refresh);
    file->addAction(m_actions->showAuditJournal);
    file->addSeparator();
    file->addAction(m_actions->signOut);
    file->addAction(m_actions->quit);
    //: Menu title
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->focusSearch);
    edit->addSeparator();
    edit->addAction(m_actions->copyEmail);
    edit->addAction(m_actions->copyId);
    //: Menu title: moving between pages
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->firstPage);
    go->addAction(m_actions->previousPage);
    go->addAction(m_actions->nextPage);
    go->addAction(m_actions->lastPage);
    //: Menu title: actions on the selected end-user
    QMenu* user = menuBar()->addMenu(tr("&User"));
    user->addAction(m_actions->revokeSessions);

    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_actions->firstPage, &QAction::triggered, m_userModel, &EndUserTableModel::firstPage);
    connect(m_actions->previousPage, &QAction::triggered, m_userModel, &EndUserTableModel::previousPage);
    connect(m_actions->nextPage, &QAction::triggered, m_userModel, &EndUserTableModel::nextPage);
    connect(m_actions->lastPage, &QAction::triggered, m_userModel, &EndUserTableModel::lastPage);
    connect(m_actions->copyEmail, &QAction::triggered, this, [this] { copySelected(false); });
    connect(m_actions->copyId, &QAction::triggered, this, [this] { copySelected(true); });
    connect(m_actions->revokeSessions, &QAction::triggered, this, &MainWindow::startRevoke);
    connect(m_actions->showAuditJournal, &QAction::triggered, this, [this] {
        auto* dialog = new AuditLogDialog(m_journal, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_actions->signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::connectModels()
{
    // Organizations.
    connect(m_orgModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_loadingOrganizations = true; });
    connect(m_orgModel, &OrganizationListModel::loaded, this, &MainWindow::onOrganizationsLoaded);
    connect(m_orgModel, &OrganizationListModel::loadFailed, this, [this](const ApiError& error) {
        m_loadingOrganizations = false;
        if (error.needsAuthentication()) {
            requireSignIn(PendingOrganizations);
            return;
        }
        showListBanner(int(InlineBanner::Kind::Error),
                       tr("Your organizations could not be loaded."),
                       ErrorMessages::full(error),
                       tr("Retry"),
                       [this] { m_orgModel->reload(); });
    });
    connect(m_orgModel, &OrganizationListModel::roleChanged, this, [this](const QString& slug) {
        if (slug == m_slug)
            updateActions();
    });
    connect(m_orgModel, &OrganizationListModel::roleFailed, this, [this](const QString& slug, const ApiError& error) {
        if (error.needsAuthentication())
            requireSignIn(PendingOrganizations);
        if (slug == m_slug)
            updateActions();
    });
    connect(m_orgBox, &QComboBox::currentIndexChanged, this, &MainWindow::onOrganizationChosen);

    // Services.
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, &MainWindow::onServiceChosen);
    connect(m_serviceModel, &ServiceFilterModel::loaded, this, [this] {
        m_userModel->setServiceNames(m_serviceModel->namesBySlug());
        // Keep the service chosen before a reload (e.g. after sign-in).
        const QString chosen = m_userModel->query().serviceId;
        const int row = chosen.isEmpty() ? 0 : m_serviceModel->rowForId(chosen);
        m_syncingServiceBox = true;
        m_serviceBox->setCurrentIndex(std::max(0, row));
        m_syncingServiceBox = false;
    });
    connect(m_serviceModel, &ServiceFilterModel::loadFailed, this, [this](const ApiError& error) {
        if (error.needsAuthentication()) {
            requireSignIn(PendingServices);
            return;
        }
        statusBar()->showMessage(
            tr("The services for the filter could not be loaded: %1").arg(ErrorMessages::summary(error)),
            StatusTimeoutMs);
    });

    // Search.
    connect(m_search, &QLineEdit::textChanged, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::commitNow);
    connect(m_debouncer, &SearchDebouncer::searchCommitted, m_userModel, &EndUserTableModel::setSearch);

    // End-user list.
    connect(m_userModel, &EndUserTableModel::stateChanged, this, &MainWindow::updateListState);
    connect(m_userModel, &EndUserTableModel::pageLoaded, this, [this] {
        if (m_listBannerAction || !m_listBanner->isHidden()) {
            m_listBanner->clear();
            m_listBannerAction = nullptr;
        }
    });
    connect(m_userModel, &EndUserTableModel::loadFailed, this, &MainWindow::onListLoadFailed);
    // An automatic retry (rate limit, dropped connection) is announced with a countdown, not silence.
    m_retryCountdown = new QTimer(this);
    m_retryCountdown->setInterval(1000);
    connect(m_retryCountdown, &QTimer::timeout, this, &MainWindow::showRetryCountdown);
    connect(m_userModel,
            &EndUserTableModel::retryScheduled,
            this,
            [this](std::chrono::milliseconds delay, const ApiError& reason) {
                m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
                m_retryReason = reason;
                showRetryCountdown();
                m_retryCountdown->start();
            });
    connect(m_userModel, &EndUserTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_retryCountdown->stop();
    });
    connect(m_userModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_modelResetting = true; });
    connect(m_userModel, &QAbstractItemModel::modelReset, this, [this] {
        m_modelResetting = false;
        restoreSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    // Keyboard focus entering the table makes a row current without selecting it; select it, so that the arrow
    // keys are not needed just to see the only row's details.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (m_modelResetting || m_restoringSelection || !current.isValid())
                return;
            if (!m_table->selectionModel()->isRowSelected(current.row(), {}))
                m_table->selectRow(current.row());
        });
    connect(m_pager, &PagerBar::pageSizeChanged, this, [this](int size) {
        m_userModel->setPageSize(size);
        QSettings settings;
        settings.setValue(settingsGroup() + QStringLiteral("/pageSize"), size);
    });

    // Details.
    connect(m_detailLoader, &EndUserDetailLoader::loadingChanged, m_detail, &DetailPane::setLoading);
    connect(m_detailLoader, &EndUserDetailLoader::loaded, this, &MainWindow::onDetailLoaded);
    connect(m_detailLoader, &EndUserDetailLoader::loadFailed, this, &MainWindow::onDetailLoadFailed);
}

QString MainWindow::serverSettingsKey() const
{
    const QString origin = m_client ? m_client->origin() : QString();
    return QStringLiteral("Servers/%1/lastOrganization")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(origin.isEmpty() ? QStringLiteral("none") : origin)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("tableHeader")).toByteArray());
    const int pageSize = settings.value(QStringLiteral("pageSize"), 50).toInt();
    settings.endGroup();
    m_pager->setPageSize(pageSize);
    m_userModel->setPageSize(m_pager->pageSize());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("pageSize"), m_pager->pageSize());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyOverlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setSignedInMember(const QString& email)
{
    m_memberEmail = email;
    //: %1 is the signed-in member's email address
    m_memberLabel->setText(email.isEmpty() ? QString() : tr("Signed in as %1").arg(email));
}

void MainWindow::start(const QString& preferredOrgSlug)
{
    m_preferredSlug = preferredOrgSlug;
    if (m_preferredSlug.isEmpty())
        m_preferredSlug = QSettings().value(serverSettingsKey()).toString();
    m_listBanner->clear();
    m_listBannerAction = nullptr;
    statusBar()->showMessage(tr("Loading your organizations…"));
    requestWhoAmI();
    m_loadingOrganizations = true;
    m_orgModel->reload();
}

void MainWindow::requestWhoAmI()
{
    if (!m_client || m_whoAmI)
        return;
    auto* job = new WhoAmIJob(m_client);
    m_whoAmI = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_whoAmIFailed = true;
            if (job->error().needsAuthentication())
                requireSignIn(PendingWhoAmI);
            updateActions();
            return;
        }
        m_whoAmIFailed = false;
        m_memberUserId = job->user().id;
        if (m_memberEmail.isEmpty())
            setSignedInMember(job->user().email);
        m_orgModel->setMemberUserId(m_memberUserId);
        updateActions();
    });
    job->start();
}

void MainWindow::onOrganizationsLoaded()
{
    m_loadingOrganizations = false;
    statusBar()->clearMessage();
    if (m_orgModel->rowCount() == 0) {
        switchOrganization({});
        showListBanner(int(InlineBanner::Kind::Info),
                       tr("You are not a member of any organization on this server."),
                       {},
                       tr("Retry"),
                       [this] { m_orgModel->reload(); });
        return;
    }
    const QString wanted = !m_slug.isEmpty() ? m_slug : m_preferredSlug;
    int row = m_orgModel->rowForSlug(wanted);
    if (row < 0) {
        for (int i = 0; i < m_orgModel->rowCount(); ++i) {
            if (m_orgModel->organizationAt(i).isActive()) {
                row = i;
                break;
            }
        }
    }
    if (row < 0)
        row = 0;
    const QString slug = m_orgModel->organizationAt(row).slug;
    {
        const QSignalBlocker blocker(m_orgBox);
        m_orgBox->setCurrentIndex(row);
    }
    if (slug == m_slug) {
        // Same organization as before the reload (e.g. after sign-in): keep search, page and selection.
        const Organization& organization = m_orgModel->organizationAt(row);
        if (organization.isActive()) {
            m_userModel->reload();
            if (m_serviceModel->organization() != slug || m_serviceModel->rowCount() <= 1)
                m_serviceModel->load(slug);
            if (!m_selectedUserId.isEmpty())
                m_detailLoader->reload();
        }
        updateActions();
        return;
    }
    switchOrganization(slug);
}

void MainWindow::onOrganizationChosen(int row)
{
    if (m_loadingOrganizations || row < 0 || row >= m_orgModel->rowCount())
        return;
    switchOrganization(m_orgModel->organizationAt(row).slug);
}

void MainWindow::switchOrganization(const QString& slug)
{
    if (slug == m_slug && !slug.isEmpty())
        return;
    m_slug = slug;
    if (!slug.isEmpty())
        QSettings().setValue(serverSettingsKey(), slug);

    clearSelectedUser(false);
    m_listBanner->clear();
    m_listBannerAction = nullptr;
    m_detail->clearBanner();
    if (m_forbiddenCheck) {
        m_forbiddenCheck->disconnect(this);
        m_forbiddenCheck->cancel();
    }

    const int row = m_orgModel->rowForSlug(slug);
    if (row < 0) {
        setWindowTitle(tr("SSO User Admin"));
        m_serviceModel->clear();
        m_userModel->setOrganization({});
        updateActions();
        return;
    }
    const Organization& organization = m_orgModel->organizationAt(row);
    const QString name = organization.name.isEmpty() ? organization.slug : organization.name;
    //: Window title; %1 is the organization's name
    setWindowTitle(tr("%1 — SSO User Admin").arg(name));

    {
        const QSignalBlocker blocker(m_serviceBox);
        m_serviceBox->setCurrentIndex(0);
    }
    if (!organization.isActive()) {
        // End-user routes refuse inactive organizations; say why instead of asking the server.
        m_serviceModel->clear();
        m_userModel->setOrganization({});
        const QString reason = organization.rejectionReason.value_or(QString());
        //: %1 is the organization's name, %2 its status such as "suspended"
        showListBanner(int(InlineBanner::Kind::Warning),
                       tr("“%1” is %2: its end-users can be managed only while the organization is active.")
                           .arg(name, OrganizationListModel::statusName(organization)),
                       reason,
                       tr("Check again"),
                       [this] { m_orgModel->reload(); });
    } else {
        m_serviceModel->load(slug);
        m_userModel->setOrganization(slug);
    }
    updateActions();
}

void MainWindow::onServiceChosen(int row)
{
    if (m_syncingServiceBox)
        return;
    const auto service = m_serviceModel->serviceAt(row);
    if (service)
        m_userModel->setServiceFilter(service->id, service->slug);
    else
        m_userModel->setServiceFilter({}, {});
}

void MainWindow::updateListState()
{
    const bool loading = m_userModel->isLoading();
    QString status = m_userModel->statusText();
    if (loading && m_userModel->hasLoaded())
        //: Appended to "Showing 1–50 of 2,000" while the next page loads
        status = tr("%1 — loading…").arg(status);
    m_pager->setStatusText(status);
    const QString empty = m_userModel->rowCount() == 0 ? m_userModel->emptyText() : QString();
    m_emptyOverlay->setText(empty);
    m_emptyOverlay->setVisible(!empty.isEmpty());
    m_emptyOverlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    setTableStale(m_userModel->hasLoaded() && !m_userModel->isCurrent());
    if (loading)
        statusBar()->showMessage(tr("Loading end-users…"));
    else if (statusBar()->currentMessage() == tr("Loading end-users…"))
        statusBar()->clearMessage();
    updateActions();
}

void MainWindow::setTableStale(bool stale)
{
    if (stale == m_tableStale)
        return;
    m_tableStale = stale;
    if (stale) {
        QPalette pal = m_table->palette();
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            pal.setColor(group, QPalette::Text, pal.color(QPalette::Disabled, QPalette::Text));
            pal.setColor(group, QPalette::HighlightedText, pal.color(QPalette::Disabled, QPalette::HighlightedText));
        }
        m_table->setPalette(pal);
    } else {
        m_table->setPalette(QPalette());
    }
    //: Accessible description of the table while its rows may be out of date
    m_table->setAccessibleDescription(stale ? tr("Not current") : QString());
}

void MainWindow::onListLoadFailed(const ApiError& error)
{
    const QString notCurrent = m_userModel->rowCount() > 0
        ? tr("The rows shown are from an earlier answer and may be out of date.")
        : QString();
    if (error.needsAuthentication()) {
        requireSignIn(PendingList);
        showListBanner(int(InlineBanner::Kind::Warning), ErrorMessages::summary(error), notCurrent, {}, nullptr);
        return;
    }
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::OrganizationNotActive) {
        explainForbidden(error);
        return;
    }
    //: Shown above the table when the end-users could not be loaded
    QString detail = ErrorMessages::detail(error);
    if (!notCurrent.isEmpty())
        detail = detail.isEmpty() ? notCurrent : detail + QLatin1Char('\n') + notCurrent;
    showListBanner(int(InlineBanner::Kind::Error),
                   tr("The end-users could not be loaded. %1").arg(ErrorMessages::summary(error)),
                   detail,
                   tr("Retry"),
                   [this] { m_userModel->reload(); });
}

void MainWindow::explainForbidden(const ApiError& error)
{
    // Contract 2.4: the organization endpoint is not status-gated, so it tells the three kinds of 403 apart.
    m_orgModel->refreshRole(m_slug);
    if (m_forbiddenCheck) {
        m_forbiddenCheck->disconnect(this);
        m_forbiddenCheck->cancel();
    }
    const QString slug = m_slug;
    auto* job = new GetOrganizationJob(m_client, slug);
    m_forbiddenCheck = job;
    connect(job, &ApiJob::finished, this, [this, job, slug, error] {
        if (slug != m_slug)
            return;
        const int row = m_orgModel->rowForSlug(slug);
        const QString name =
            row >= 0 && !m_orgModel->organizationAt(row).name.isEmpty() ? m_orgModel->organizationAt(row).name : slug;
        auto retry = [this] { m_userModel->reload(); };
        if (!job->succeeded()) {
            const ApiError& check = job->error();
            if (check.needsAuthentication()) {
                requireSignIn(PendingList);
                return;
            }
            if (check.kind == ApiError::Kind::Forbidden) {
                //: %1 is the organization's name
                showListBanner(int(InlineBanner::Kind::Error),
                               tr("You are no longer a member of “%1”.").arg(name),
                               ErrorMessages::detail(error),
                               tr("Retry"),
                               retry);
                return;
            }
            showListBanner(int(InlineBanner::Kind::Error),
                           tr("Access to the end-users of “%1” was refused.").arg(name),
                           ErrorMessages::detail(error),
                           tr("Retry"),
                           retry);
            return;
        }
        const Organization& organization = job->organization();
        if (!organization.isActive()) {
            //: %1 is the organization's name, %2 its status such as "suspended"
            showListBanner(int(InlineBanner::Kind::Warning),
                           tr("“%1” is %2: its end-users can be managed only while the organization is active.")
                               .arg(name, OrganizationListModel::statusName(organization)),
                           ErrorMessages::detail(error),
                           tr("Retry"),
                           retry);
            return;
        }
        showListBanner(int(InlineBanner::Kind::Error),
                       tr("Access to the end-users of “%1” was refused.").arg(name),
                       ErrorMessages::detail(error),
                       tr("Retry"),
                       retry);
    });
    job->start();
}

void MainWindow::onSelectionChanged()
{
    if (m_modelResetting || m_restoringSelection)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        clearSelectedUser(false);
        return;
    }
    selectUser(rows.constFirst().row());
}

void MainWindow::selectUser(int row)
{
    const EndUserSummary& user = m_userModel->userAt(row);
    if (user.id == m_selectedUserId)
        return;
    m_selectedUserId = user.id;
    m_goneUserId.clear();
    m_detail->clearBanner();
    m_detailBannerAction = nullptr;
    m_detail->showSummary(user);
    m_detail->setStale(false);
    m_detailLoader->load(m_slug, user.id);
    updateActions();
}

void MainWindow::clearSelectedUser(bool keepPane)
{
    m_selectedUserId.clear();
    m_detailLoader->clear();
    if (!keepPane) {
        m_goneUserId.clear();
        m_detail->clearBanner();
        m_detailBannerAction = nullptr;
        m_detail->showPlaceholder(tr("Select an end-user to see the details."));
    }
    updateActions();
}

void MainWindow::restoreSelection()
{
    const int row = m_userModel->rowForId(m_selectedUserId);
    if (row >= 0) {
        m_restoringSelection = true;
        m_table->selectRow(row);
        m_restoringSelection = false;
        return;
    }
    if (m_selectedUserId.isEmpty() && m_goneUserId.isEmpty())
        return;
    // The user is not on this page (or no longer exists): a pane saying it is gone stays until something else
    // is chosen.
    clearSelectedUser(!m_goneUserId.isEmpty());
}

void MainWindow::onDetailLoaded()
{
    const auto& detail = m_detailLoader->detail();
    if (!detail || detail->id != m_selectedUserId)
        return;
    m_detail->showDetail(*detail);
    if (m_detail->banner()->kind() == InlineBanner::Kind::Error) {
        m_detail->clearBanner();
        m_detailBannerAction = nullptr;
    }
    updateActions();
}

void MainWindow::onDetailLoadFailed(const ApiError& error)
{
    m_detail->setStale(true);
    if (error.needsAuthentication()) {
        requireSignIn(PendingDetail);
        showDetailBanner(int(InlineBanner::Kind::Warning), ErrorMessages::summary(error), {}, {}, nullptr);
        return;
    }
    if (error.kind == ApiError::Kind::NotFound) {
        m_goneUserId = m_selectedUserId;
        showDetailBanner(int(InlineBanner::Kind::Warning),
                         tr("This user no longer exists."),
                         ErrorMessages::detail(error),
                         {},
                         nullptr);
        m_userModel->reload();
        return;
    }
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::OrganizationNotActive) {
        m_orgModel->refreshRole(m_slug);
        showDetailBanner(int(InlineBanner::Kind::Error),
                         tr("Access to this user's details was refused."),
                         ErrorMessages::detail(error),
                         tr("Retry"),
                         [this] { m_detailLoader->reload(); });
        return;
    }
    showDetailBanner(int(InlineBanner::Kind::Error),
                     tr("The details could not be loaded. %1").arg(ErrorMessages::summary(error)),
                     ErrorMessages::detail(error),
                     tr("Retry"),
                     [this] { m_detailLoader->reload(); });
}

void MainWindow::showRetryCountdown()
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    const int seconds = int(std::max<qint64>(0, (ms + 999) / 1000));
    if (seconds == 0)
        m_retryCountdown->stop();
    const QString text = m_retryReason.kind == ApiError::Kind::RateLimited
        ? tr("The server asks to slow down; trying again in %n second(s).", nullptr, seconds)
        : tr("The server did not answer; trying again in %n second(s).", nullptr, seconds);
    showListBanner(int(InlineBanner::Kind::Warning), text, ErrorMessages::detail(m_retryReason), {}, nullptr);
}

void MainWindow::showListBanner(
    int kind, const QString& text, const QString& detail, const QString& action, std::function<void()> onAction)
{
    m_listBannerAction = std::move(onAction);
    m_listBanner->showMessage(InlineBanner::Kind(kind), text, detail, action);
}

void MainWindow::showDetailBanner(
    int kind, const QString& text, const QString& detail, const QString& action, std::function<void()> onAction)
{
    m_detailBannerAction = std::move(onAction);
    m_detail->showBanner(InlineBanner::Kind(kind), text, detail, action);
}

bool MainWindow::revokeAllowed(QString* reason) const
{
    auto because = [reason](const QString& text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (m_revoke)
        return because(tr("Revoking sessions…"));
    if (m_selectedUserId.isEmpty())
        return because(tr("Select an end-user first."));
    const int row = m_orgModel->rowForSlug(m_slug);
    if (row < 0)
        return because(tr("Choose an organization first."));
    const Organization& organization = m_orgModel->organizationAt(row);
    const QString name = organization.name.isEmpty() ? organization.slug : organization.name;
    if (!organization.isActive()) {
        //: %1 is the organization's name, %2 its status such as "suspended"
        return because(tr("Sessions can be revoked only in an active organization; “%1” is %2.")
                           .arg(name, OrganizationListModel::statusName(organization)));
    }
    const auto role = m_orgModel->roleFor(m_slug);
    if (!role) {
        if (m_whoAmIFailed || m_orgModel->roleStateFor(m_slug) == OrganizationListModel::RoleState::Failed)
            return because(tr("Your role in “%1” could not be determined; Refresh to try again.").arg(name));
        return because(tr("Checking your role in “%1”…").arg(name));
    }
    if (!role->canRevokeSessions()) {
        //: %1 is the organization's name, %2 the member's role such as "Member"
        return because(tr("Only owners and admins can revoke sessions; your role in “%1” is %2.")
                           .arg(name, OrganizationListModel::roleName(*role)));
    }
    if (reason)
        *reason = tr("Revoke all sessions of the selected end-user");
    return true;
}

void MainWindow::updateActions()
{
    const bool hasOrganization = !m_slug.isEmpty() && m_userModel->organization() == m_slug;
    m_actions->firstPage->setEnabled(hasOrganization && m_userModel->hasPreviousPage());
    m_actions->previousPage->setEnabled(hasOrganization && m_userModel->hasPreviousPage());
    m_actions->nextPage->setEnabled(hasOrganization && m_userModel->hasNextPage());
    m_actions->lastPage->setEnabled(hasOrganization && m_userModel->canGoToLastPage());
    const bool hasUser = !m_selectedUserId.isEmpty();
    m_actions->copyEmail->setEnabled(hasUser);
    m_actions->copyId->setEnabled(hasUser);
    QString reason;
    const bool canRevoke = revokeAllowed(&reason);
    m_actions->revokeSessions->setEnabled(canRevoke);
    m_actions->revokeSessions->setToolTip(reason);
    m_actions->revokeSessions->setStatusTip(reason);
}

void MainWindow::refresh()
{
    if (!m_orgModel->hasLoaded() || m_slug.isEmpty()) {
        if (!m_whoAmI && m_memberUserId.isEmpty())
            requestWhoAmI();
        m_loadingOrganizations = true;
        m_orgModel->reload();
        return;
    }
    const int row = m_orgModel->rowForSlug(m_slug);
    if (row >= 0 && !m_orgModel->organizationAt(row).isActive()) {
        m_loadingOrganizations = true;
        m_orgModel->reload();
        return;
    }
    if (m_memberUserId.isEmpty())
        requestWhoAmI();
    else if (m_orgModel->roleStateFor(m_slug) == OrganizationListModel::RoleState::Failed)
        m_orgModel->refreshRole(m_slug);
    if (m_serviceModel->rowCount() <= 1 && !m_serviceModel->isLoading())
        m_serviceModel->load(m_slug);
    m_userModel->reload();
    if (!m_selectedUserId.isEmpty())
        m_detailLoader->reload();
}

void MainWindow::copySelected(bool id)
{
    if (m_selectedUserId.isEmpty())
        return;
    const QString text = id ? m_selectedUserId : m_detail->email();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(id ? tr("Id copied") : tr("Email copied"), 3000);
}

void MainWindow::startRevoke()
{
    if (!revokeAllowed(nullptr))
        return;
    RevokeSessionsCommand::Target target;
    target.organization = m_slug;
    target.userId = m_selectedUserId;
    target.email = m_detail->email();
    const auto& detail = m_detailLoader->detail();
    if (detail && detail->id == m_selectedUserId)
        target.activeSessions = detail->sessions.activeCount;
    auto* command = new RevokeSessionsCommand(m_client, target, m_memberEmail, &m_journal, this, this);
    m_revoke = command;
    connect(command, &RevokeSessionsCommand::requestSent, this, [this] {
        m_detail->showBanner(InlineBanner::Kind::Info, tr("Revoking sessions…"));
        m_detailBannerAction = nullptr;
        updateActions();
    });
    connect(command, &RevokeSessionsCommand::finished, this, [this](RevokeSessionsCommand::Outcome outcome) {
        onRevokeFinished(int(outcome));
    });
    connect(command, &RevokeSessionsCommand::reloadRequested, this, [this, target] {
        if (m_selectedUserId == target.userId)
            m_detailLoader->reload();
    });
    updateActions();
    command->start();
}

void MainWindow::onRevokeFinished(int outcomeValue)
{
    RevokeSessionsCommand* command = m_revoke;
    if (!command)
        return;
    const auto outcome = RevokeSessionsCommand::Outcome(outcomeValue);
    const QString userId = command->target().userId;
    const bool sameUser = userId == m_selectedUserId;
    const QString text = command->resultText();
    const ApiError error = command->error();
    // The dialog of an unknown outcome still needs the command for its "Reload details" answer.
    connect(command, &RevokeSessionsCommand::reloadRequested, command, &QObject::deleteLater);
    m_revoke = nullptr;

    using Outcome = RevokeSessionsCommand::Outcome;
    switch (outcome) {
    case Outcome::Cancelled:
        if (m_detail->banner()->kind() == InlineBanner::Kind::Info)
            m_detail->clearBanner();
        command->deleteLater();
        break;
    case Outcome::Succeeded:
        statusBar()->showMessage(text, StatusTimeoutMs);
        if (sameUser) {
            showDetailBanner(int(InlineBanner::Kind::Success), text, {}, {}, nullptr);
            m_detailLoader->reload();
        }
        command->deleteLater();
        break;
    case Outcome::Unknown:
        if (sameUser) {
            showDetailBanner(int(InlineBanner::Kind::Warning),
                             text,
                             tr("Reload the details to see how many sessions are active now."),
                             tr("Reload"),
                             [this] { m_detailLoader->reload(); });
        }
        break;
    case Outcome::NeedsSignIn:
        if (sameUser)
            showDetailBanner(int(InlineBanner::Kind::Warning), text, {}, {}, nullptr);
        requireSignIn(PendingDetail);
        command->deleteLater();
        break;
    case Outcome::Refused:
        if (sameUser)
            showDetailBanner(int(InlineBanner::Kind::Error), text, ErrorMessages::detail(error), {}, nullptr);
        if (error.kind == ApiError::Kind::Forbidden)
            m_orgModel->refreshRole(m_slug);
        if (error.kind == ApiError::Kind::NotFound && sameUser) {
            m_goneUserId = userId;
            m_userModel->reload();
        }
        command->deleteLater();
        break;
    }
    updateActions();
}

void MainWindow::requireSignIn(int work)
{
    m_pending |= work;
    statusBar()->showMessage(tr("Signed out: sign in to continue."));
    if (m_signInRequested)
        return;
    m_signInRequested = true;
    qCInfo(lcUi) << "sign-in required";
    emit signInRequested();
}

void MainWindow::resumeAfterSignIn()
{
    const int pending = m_pending;
    m_pending = 0;
    m_signInRequested = false;
    statusBar()->clearMessage();
    if ((pending & PendingWhoAmI) || m_memberUserId.isEmpty())
        requestWhoAmI();
    if ((pending & PendingOrganizations) || !m_orgModel->hasLoaded()) {
        // Reloading the organizations keeps the current one and reloads its list, services and details.
        m_loadingOrganizations = true;
        m_orgModel->reload();
        return;
    }
    if (m_orgModel->roleStateFor(m_slug) == OrganizationListModel::RoleState::Failed)
        m_orgModel->refreshRole(m_slug);
    if (pending & PendingList)
        m_userModel->reload();
    if (pending & PendingServices)
        m_serviceModel->reload();
    if ((pending & PendingDetail) && !m_selectedUserId.isEmpty())
        m_detailLoader->reload();
    updateActions();
}

} // namespace UserAdmin
