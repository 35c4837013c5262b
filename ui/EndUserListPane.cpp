// SPDX-License-Identifier: MIT
#include "EndUserListPane.h"

#include "Actions.h"
#include "ColumnSharing.h"
#include "ErrorPresenter.h"
#include "InlineBanner.h"
#include "NotCurrentDelegate.h"
#include "PagerBar.h"
#include "api/ApiClient.h"
#include "bulk/MultiSelection.h"
#include "models/EndUserTableModel.h"
#include "models/SearchDebouncer.h"
#include "models/ServiceFilterModel.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace UserAdmin {

using namespace std::chrono_literals;

namespace {
/// Answers quicker than this repaint the table once, with the new rows; slower ones grey the old rows first.
constexpr auto StaleLookDelay = 150ms;
/// Room for the email column before the others elide: a usual address, longer ones elide (whole in the tooltip).
constexpr int EmailWantedCharacters = 34;
} // namespace

EndUserListPane::EndUserListPane(ApiClient* client, Actions* actions, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_actions(actions)
    , m_model(new EndUserTableModel(client, this))
    , m_services(new ServiceFilterModel(client, this))
    , m_debouncer(new SearchDebouncer(this))
{
    buildSearch();
    buildTable();
    connectModel();
    m_pager->setPageSize(Settings::pageSize());
    m_model->setPageSize(m_pager->pageSize());
    updateState();
}

EndUserListPane::~EndUserListPane()
{
    // The toolbar owns the search and service bars once they are placed there (until then they are ours); a bar
    // that outlives the pane must not call into it.
    if (m_searchBar) {
        m_search->disconnect(this);
        m_search->disconnect(m_debouncer);
        if (!m_searchBar->parent())
            delete m_searchBar;
    }
    if (m_serviceBar) {
        m_serviceBox->disconnect(this);
        if (!m_serviceBar->parent())
            delete m_serviceBar;
    }
}

void EndUserListPane::buildTable()
{
    m_banner = new InlineBanner(this);
    m_banner->setObjectName(QStringLiteral("listBanner"));
    m_banner->actionButton()->setObjectName(QStringLiteral("listBannerButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("endUserTable"));
    //: Accessible name of the table of end-users
    m_table->setAccessibleName(tr("End-users"));
    m_table->setModel(m_model);
    m_delegate = new NotCurrentDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl/Shift-click, Shift+arrows and Ctrl+A select several rows (for a bulk revocation).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_delegate->setMiddleElidedColumn(EndUserTableModel::EmailColumn);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Centred header text wider than its column is cut on both sides; left-aligned it stays readable.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EndUserTableModel::EmailColumn, QHeaderView::Stretch);
    m_columns = new ColumnSharing(
        m_table,
        EndUserTableModel::EmailColumn,
        {EndUserTableModel::LastLoginColumn, EndUserTableModel::CreatedColumn, EndUserTableModel::ServicesColumn},
        EmailWantedCharacters);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_actions->copyEmail);
        menu->addAction(m_actions->copyId);
        menu->addSeparator();
        menu->addAction(m_actions->revokeSessions);
        menu->addAction(m_actions->revokeSessionsBulk);
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

    m_pager = new PagerBar(m_actions, this);
    m_pager->setObjectName(QStringLiteral("pagerBar"));
    m_multi = new MultiSelection(m_table, m_model, this);
    connect(m_multi, &MultiSelection::countChanged, this, &EndUserListPane::selectionCountChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_multi->label());
    layout->addWidget(m_pager);

    m_retryCountdown = new QTimer(this);
    m_retryCountdown->setInterval(1000);
    connect(m_retryCountdown, &QTimer::timeout, this, &EndUserListPane::showRetryCountdown);
    m_staleDelay = new QTimer(this);
    m_staleDelay->setSingleShot(true);
    m_staleDelay->setInterval(StaleLookDelay);
    connect(m_staleDelay, &QTimer::timeout, this, [this] { setStale(m_model->hasLoaded() && !m_model->isCurrent()); });
}

void EndUserListPane::connectModel()
{
    connect(m_actions->firstPage, &QAction::triggered, m_model, &EndUserTableModel::firstPage);
    connect(m_actions->previousPage, &QAction::triggered, m_model, &EndUserTableModel::previousPage);
    connect(m_actions->nextPage, &QAction::triggered, m_model, &EndUserTableModel::nextPage);
    connect(m_actions->lastPage, &QAction::triggered, m_model, &EndUserTableModel::lastPage);
    connect(m_pager, &PagerBar::pageSizeChanged, this, [this](int size) {
        m_model->setPageSize(size);
        Settings::setPageSize(size);
    });

    connect(m_model, &EndUserTableModel::stateChanged, this, &EndUserListPane::updateState);
    connect(m_model, &EndUserTableModel::pageLoaded, this, &EndUserListPane::onPageLoaded);
    connect(m_model, &EndUserTableModel::loadFailed, this, &EndUserListPane::onLoadFailed);
    connect(m_model, &EndUserTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_retryCountdown->stop();
    });
    // An automatic retry (rate limit, dropped connection) is announced with a countdown, not silence.
    connect(m_model,
            &EndUserTableModel::retryScheduled,
            this,
            [this](std::chrono::milliseconds delay, const ApiError& reason) {
                m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
                m_retryReason = reason;
                showRetryCountdown();
                m_retryCountdown->start();
            });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        restoreSelection();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EndUserListPane::onSelectionChanged);
    // Keyboard focus entering the table makes a row current without selecting it; select it, so that the arrow
    // keys are not needed just to see the only row's details.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (m_resetting || m_restoringSelection || !current.isValid())
                return;
            // Only into an empty selection: Ctrl+arrows move the current row without changing a selection.
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectRow(current.row());
        });

    connect(m_services, &ServiceFilterModel::loaded, this, [this] {
        m_model->setServiceNames(m_services->namesBySlug());
        // Keep the service chosen before a reload.
        const QString chosen = m_model->query().serviceId;
        const int row = chosen.isEmpty() ? 0 : m_services->rowForId(chosen);
        m_syncingServiceBox = true;
        m_serviceBox->setCurrentIndex(std::max(0, row));
        m_syncingServiceBox = false;
    });
    connect(m_services, &ServiceFilterModel::loadFailed, this, [this](const ApiError& error) {
        if (error.needsAuthentication())
            return; // loads again when the session resumes
        if (m_expecting) {
            m_heldServicesFailure = error;
            return;
        }
        // The list still works without the filter's choices.
        emit statusMessage(ErrorPresenter::present(error, ErrorPresenter::Context::Services).text);
    });
}

QList<QWidget*> EndUserListPane::focusChain() const
{
    QList<QWidget*> chain {m_banner->actionButton(), m_table};
    chain << m_pager->focusChain();
    return chain;
}

void EndUserListPane::setOrganization(const Organization& organization)
{
    if (keepExpected(organization))
        return;
    m_slug = organization.isActive() ? organization.slug : QString();
    m_banner->clear();
    if (!m_selectedId.isEmpty()) {
        m_selectedId.clear();
        emit selectionCleared();
    }
    m_syncingServiceBox = true;
    m_serviceBox->setCurrentIndex(0);
    m_syncingServiceBox = false;
    if (organization.slug.isEmpty() || !organization.isActive()) {
        // End-user routes refuse inactive organizations: say why instead of asking the server.
        m_services->clear();
        m_model->setOrganization({});
        if (!organization.slug.isEmpty()) {
            Notice notice = ErrorPresenter::inactiveOrganization(organization);
            notice.actionText = tr("Check again");
            notice.action = [this] { emit organizationRecheckRequested(); };
            m_banner->show(notice);
        }
        return;
    }
    m_services->load(organization.slug);
    m_model->setOrganization(organization.slug);
}

void EndUserListPane::reload()
{
    if (m_slug.isEmpty())
        return;
    if (m_services->rowCount() <= 1 && !m_services->isLoading())
        m_services->load(m_slug);
    m_model->reload();
}

void EndUserListPane::showNotice(Notice notice)
{
    if (!notice.action && notice.canRetry) {
        notice.actionText = tr("Retry");
        notice.action = [this] { reload(); };
    }
    m_banner->show(notice);
}

void EndUserListPane::insertAboveTable(QWidget* widget)
{
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertWidget(box->indexOf(m_table), widget);
}

QByteArray EndUserListPane::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void EndUserListPane::restoreHeaderState(const QByteArray& state)
{
    // Remembered widths win over sizing to content.
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_columns->keepAsRestored();
}

void EndUserListPane::onLoadFailed(const ApiError& error)
{
    if (m_expecting) {
        m_heldFailure = error; // explained once the organizations say whether it is the one
        return;
    }
    const QString notCurrent =
        m_model->rowCount() > 0 ? tr("The rows shown are from an earlier answer and may be out of date.") : QString();
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::OrganizationNotActive) {
        emit accessRefused(error);
        return;
    }
    Notice notice = ErrorPresenter::present(error, ErrorPresenter::Context::List);
    if (error.needsAuthentication()) {
        // The session asks for a sign-in; the list loads again by itself when it resumes.
        notice.detail = notCurrent;
        m_banner->show(notice);
        return;
    }
    if (!notCurrent.isEmpty())
        notice.detail = notice.detail.isEmpty() ? notCurrent : notice.detail + QLatin1Char('\n') + notCurrent;
    showNotice(notice);
}

void EndUserListPane::onServiceChosen(int row)
{
    if (m_syncingServiceBox)
        return;
    const auto service = m_services->serviceAt(row);
    if (service)
        m_model->setServiceFilter(service->id, service->slug);
    else
        m_model->setServiceFilter({}, {});
}

void EndUserListPane::onPageLoaded()
{
    m_heldFailure.reset();
    m_banner->clear();
    m_columns->fitContent();
    const bool searched = std::exchange(m_searchChanged, false);
    // A search with exactly one hit shows that end-user at once.
    if (searched && m_model->rowCount() == 1 && m_selectedId.isEmpty())
        m_table->selectRow(0);
}

void EndUserListPane::onSelectionChanged()
{
    if (m_resetting || m_restoringSelection)
        return;
    m_multi->remember();
    const int row = m_multi->shownRow();
    if (row < 0) {
        if (!m_selectedId.isEmpty()) {
            m_selectedId.clear();
            emit selectionCleared();
        }
        return;
    }
    const EndUserSummary& user = m_model->userAt(row);
    if (user.id == m_selectedId)
        return;
    m_selectedId = user.id;
    emit userSelected(user);
}

QList<EndUserSummary> EndUserListPane::selectedUsers() const
{
    return m_multi->selectedUsers();
}

void EndUserListPane::restoreSelection()
{
    const int row = m_model->rowForId(m_selectedId);
    if (row >= 0) {
        m_restoringSelection = true;
        m_table->selectRow(row);
        m_multi->restore(row);
        m_restoringSelection = false;
        return;
    }
    m_multi->forget();
    if (m_selectedId.isEmpty())
        return;
    // The chosen end-user is not on this page (any more).
    m_selectedId.clear();
    emit selectionCleared();
}

void EndUserListPane::updateState()
{
    updateStatusText();
    const QString empty = m_model->rowCount() == 0 ? m_model->emptyText() : QString();
    m_emptyOverlay->setText(empty);
    m_emptyOverlay->setVisible(!empty.isEmpty());
    m_emptyOverlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    const bool notCurrent = m_model->hasLoaded() && !m_model->isCurrent();
    if (!notCurrent) {
        m_staleDelay->stop();
        setStale(false);
    } else if (!m_model->isLoading()) {
        m_staleDelay->stop();
        setStale(true);
    } else if (!m_stale && !m_staleDelay->isActive()) {
        m_staleDelay->start();
    }
    updatePaging();
}

void EndUserListPane::updatePaging()
{
    const bool shown = !m_slug.isEmpty() && m_model->organization() == m_slug;
    m_actions->firstPage->setEnabled(shown && m_model->hasPreviousPage());
    m_actions->previousPage->setEnabled(shown && m_model->hasPreviousPage());
    m_actions->nextPage->setEnabled(shown && m_model->hasNextPage());
    m_actions->lastPage->setEnabled(shown && m_model->canGoToLastPage());
}

void EndUserListPane::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    m_delegate->setNotCurrent(stale);
    m_table->viewport()->update();
    //: Accessible description of the table while its rows may be out of date
    m_table->setAccessibleDescription(stale ? tr("Not current") : QString());
    updateStatusText();
    emit loadingLookChanged(stale);
}

void EndUserListPane::showRetryCountdown()
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    const int seconds = int(std::clamp<qint64>((ms + 999) / 1000, 0, 24 * 3600));
    if (seconds == 0)
        m_retryCountdown->stop();
    m_banner->showMessage(Notice::Severity::Warning,
                          ErrorPresenter::retryCountdown(m_retryReason, seconds),
                          ErrorPresenter::detail(m_retryReason));
}

bool EndUserListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_table)
        return QWidget::eventFilter(watched, event); // still being built
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyOverlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        // Down from the search moves into the results.
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace UserAdmin
