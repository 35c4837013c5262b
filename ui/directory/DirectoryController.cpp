// SPDX-License-Identifier: MIT
#include "directory/DirectoryController.h"

#include "EndUserListPane.h"
#include "ErrorPresenter.h"
#include "MessageBox.h"
#include "api/ApiClient.h"
#include "directory/DirectoryIndexer.h"
#include "directory/DirectoryStore.h"
#include "directory/ExportEndUsersCommand.h"
#include "directory/FindEndUsersDialog.h"
#include "directory/IndexProgressBar.h"
#include "directory/LocalDirectory.h"
#include "models/EndUserTableModel.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace UserAdmin {

using namespace std::chrono_literals;

namespace {
DirectoryQuery::SortKey keyFor(int column)
{
    return column < 0 ? DirectoryQuery::SortKey::None : static_cast<DirectoryQuery::SortKey>(column + 1);
}
} // namespace

DirectoryController::DirectoryController(ApiClient* client, EndUserListPane* list, QWidget* window)
    : QObject(window)
    , m_client(client)
    , m_list(list)
    , m_window(window)
    , m_bar(new IndexProgressBar(list))
{
    DirectoryStore::pruneUnused();
    m_list->insertAboveTable(m_bar);
    connect(m_bar, &IndexProgressBar::cancelRequested, this, &DirectoryController::cancel);

    EndUserTableModel* model = m_list->model();
    model->setLocalPageSource(this);
    // The sort indicator stays visible; the order is remembered between runs.
    QHeaderView* header = m_list->table()->horizontalHeader();
    header->setSortIndicatorShown(true);
    const auto key = DirectoryStore::sortKey();
    header->setSortIndicator(key == DirectoryQuery::SortKey::None ? -1 : int(key) - 1, DirectoryStore::sortOrder());
    m_list->table()->setSortingEnabled(true);
    connect(model, &EndUserTableModel::sortChanged, this, [](int column, Qt::SortOrder order) {
        DirectoryStore::setSort(keyFor(column), order);
    });
    connect(model, &EndUserTableModel::pageLoaded, this, [this, model] {
        // The server could not search: the local copy can.
        if (model->isFilteredLocally())
            requestCopy(false);
    });
    connect(model, &EndUserTableModel::loadFailed, this, [this, model](const ApiError& error) {
        const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (unreachable && !m_offline && hasCompleteCopy()) {
            m_offline = true;
            model->reload();
        }
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(60s);
    connect(m_refreshTimer, &QTimer::timeout, this, &DirectoryController::refreshIfOld);
    m_refreshTimer->start();
}

DirectoryController::~DirectoryController()
{
    if (m_list && m_list->model())
        m_list->model()->setLocalPageSource(nullptr);
    delete m_indexer;
}

QString DirectoryController::origin() const
{
    return m_client ? m_client->origin() : QString();
}

bool DirectoryController::serverSearches() const
{
    return m_client && m_client->listShape() == ResponseShape::Seed;
}

bool DirectoryController::isIndexing() const
{
    return m_indexer && m_indexer->isRunning();
}

bool DirectoryController::hasCompleteCopy() const
{
    return m_db && m_db->isOpen() && m_db->isComplete();
}

void DirectoryController::setOrganization(const Organization& organization)
{
    if (organization.slug == m_organization.slug && organization.isActive() == m_organization.isActive()) {
        m_organization = organization;
        return;
    }
    closeCopy();
    m_organization = organization;
    m_offline = false;
    m_bar->showMessage({});
    if (!organization.slug.isEmpty() && organization.isActive() && DirectoryStore::enabled())
        openCopy();
    // A sorted list needs the copy from the start.
    if (m_list->model()->sortColumn() >= 0 && !m_organization.slug.isEmpty()) {
        if (hasCompleteCopy())
            m_list->model()->reload();
        else
            requestCopy(true);
    }
    refreshIfOld();
}

void DirectoryController::openCopy()
{
    const QString path = DirectoryStore::fileFor(origin(), m_organization.slug);
    // Only an agreed copy is created; one that exists (agreed earlier) is opened.
    if (DirectoryStore::consent(origin(), m_organization.slug) != DirectoryStore::Consent::Agreed
        && !QFile::exists(path))
        return;
    m_db = std::make_unique<LocalDirectory>(path);
    if (!m_db->open()) {
        m_bar->showMessage(tr("The local copy cannot be opened: %1").arg(m_db->lastError()));
        m_db.reset();
        return;
    }
    m_db->setLabels(origin(), m_organization.slug, m_organization.displayName());
    m_db->touch();
}

void DirectoryController::closeCopy()
{
    if (m_indexer) {
        m_indexer->disconnect(this);
        m_indexer->cancel();
        delete m_indexer;
    }
    m_db.reset();
}

std::optional<EndUserPage>
DirectoryController::localPage(const QString& slug, const EndUserQuery& query, int sortColumn, Qt::SortOrder order)
{
    if (slug != m_organization.slug || slug.isEmpty() || !DirectoryStore::enabled())
        return std::nullopt;
    const bool searchHere = !query.search.trimmed().isEmpty() && m_client && m_client->listShape() && !serverSearches();
    if (!m_offline && sortColumn < 0 && !searchHere)
        return std::nullopt;
    if (!hasCompleteCopy()) {
        if (!m_offline)
            QTimer::singleShot(0, this, [this, sortColumn] { requestCopy(sortColumn >= 0); });
        return std::nullopt;
    }
    DirectoryQuery local;
    local.search = query.search.trimmed();
    local.serviceSlug = query.serviceSlug;
    local.sortKey = keyFor(sortColumn);
    local.order = order;
    const auto total = m_db->count(local);
    if (!total)
        return std::nullopt; // the server answers; the failure is in the log
    EndUserPage page;
    page.pageInfo.limit = query.clampedLimit();
    page.pageInfo.total = *total;
    const qint64 pages = std::max<qint64>(1, (*total + page.pageInfo.limit - 1) / page.pageInfo.limit);
    page.pageInfo.page = std::min(query.clampedPage(), pages);
    const auto rows = m_db->rows(local, (page.pageInfo.page - 1) * page.pageInfo.limit, int(page.pageInfo.limit));
    if (!rows)
        return std::nullopt;
    page.users = *rows;
    page.serverRowCount = int(rows->size());
    page.shape = rows->isEmpty() ? ResponseShape::Seed : rows->first().shape;
    page.localCopyBuiltAt = m_db->builtAt();
    page.offlineCopy = m_offline;
    return page;
}

void DirectoryController::requestCopy(bool forSort)
{
    if (m_organization.slug.isEmpty() || !DirectoryStore::enabled() || isIndexing() || m_asking)
        return;
    if (hasCompleteCopy())
        return;
    m_sortPending = m_sortPending || forSort;
    switch (DirectoryStore::consent(origin(), m_organization.slug)) {
    case DirectoryStore::Consent::Agreed:
        startIndexing();
        return;
    case DirectoryStore::Consent::Declined:
        if (forSort)
            m_list->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        return;
    case DirectoryStore::Consent::NotAsked:
        break;
    }
    m_asking = true;
    MessageBox::Request request;
    request.icon = MessageBox::Icon::Question;
    request.title = tr("Make a local copy of the end-user list?");
    //: %1 is the organization's name
    request.text = forSort ? tr("This server cannot sort. To sort the end-users of %1, this computer needs a copy of "
                                "their list.")
                                 .arg(m_organization.displayName())
                           : tr("This server cannot search. To search all end-users of %1, this computer needs a "
                                "copy of their list.")
                                 .arg(m_organization.displayName());
    //: %1 is a folder on this computer
    request.informativeText =
        tr("The copy holds only what the list shows: id, email, created, last login, MFA, services and identity "
           "providers; never tokens or passwords. It is kept in %1, readable only by you, refreshed while you work, "
           "and removed by File → Forget local copies, by signing out, or after 30 days unused.")
            .arg(QDir::toNativeSeparators(DirectoryStore::rootPath()));
    request.acceptText = tr("Make local copy");
    request.cancelText = tr("Not now");
    MessageBox::ask(m_window, request, this, [this, forSort](MessageBox::Answer answer) {
        m_asking = false;
        const bool agreed = answer == MessageBox::Answer::Accept;
        DirectoryStore::setConsent(origin(),
                                   m_organization.slug,
                                   agreed ? DirectoryStore::Consent::Agreed : DirectoryStore::Consent::Declined);
        if (agreed) {
            startIndexing();
        } else if (forSort) {
            m_sortPending = false;
            m_list->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        }
    });
}

void DirectoryController::startIndexing()
{
    if (isIndexing() || m_organization.slug.isEmpty() || !m_client)
        return;
    if (!m_db)
        openCopy();
    if (!m_db)
        return;
    auto* indexer = new DirectoryIndexer(m_client, m_db.get(), m_organization.slug, this);
    m_indexer = indexer;
    indexer->setConcurrency(DirectoryStore::concurrency());
    const QString name = m_organization.displayName();
    connect(indexer, &DirectoryIndexer::progressChanged, this, [this, name](qint64 done, qint64 total) {
        m_bar->showProgress(name, done, total);
    });
    connect(indexer, &DirectoryIndexer::finished, this, &DirectoryController::onIndexingFinished);
    m_bar->showProgress(name, 0, -1);
    indexer->start();
}

void DirectoryController::onIndexingFinished(const ApiError& error)
{
    DirectoryIndexer* indexer = m_indexer;
    m_indexer = nullptr;
    const QString storage = indexer ? indexer->storageError() : QString();
    if (indexer)
        indexer->deleteLater();
    if (error.kind == ApiError::Kind::Cancelled) {
        m_bar->showMessage(tr("Indexing stopped. It goes on from where it stopped next time."));
        return;
    }
    if (error.isError()) {
        if (!storage.isEmpty())
            m_bar->showMessage(tr("The local copy could not be written: %1").arg(storage));
        else
            m_bar->showMessage(tr("The local copy could not be made: %1")
                                   .arg(ErrorPresenter::present(error, ErrorPresenter::Context::List).text));
        return;
    }
    m_bar->showMessage({});
    m_sortPending = false;
    m_offline = false;
    m_list->model()->reload();
    emit copyCompleted();
}

void DirectoryController::refreshIfOld()
{
    if (!hasCompleteCopy() || isIndexing() || m_offline)
        return;
    const auto built = m_db->builtAt();
    if (built
        && built->secsTo(QDateTime::currentDateTimeUtc()) >= std::chrono::seconds(DirectoryStore::maxAge()).count())
        startIndexing();
}

void DirectoryController::update()
{
    m_offline = false;
    if (DirectoryStore::consent(origin(), m_organization.slug) != DirectoryStore::Consent::Agreed) {
        DirectoryStore::setConsent(origin(), m_organization.slug, DirectoryStore::Consent::NotAsked);
        requestCopy(false);
        return;
    }
    startIndexing();
}

void DirectoryController::cancel()
{
    if (m_indexer)
        m_indexer->cancel();
}

void DirectoryController::forgetAll()
{
    MessageBox::Request request;
    request.icon = MessageBox::Icon::Warning;
    request.title = tr("Forget local copies");
    request.text = tr("Remove the local copies of the end-user lists of every server and organization?");
    request.informativeText = tr("Searching and sorting on servers that cannot do it will ask to make a copy again.");
    request.acceptText = tr("Forget local copies");
    MessageBox::ask(m_window, request, this, [this](MessageBox::Answer answer) {
        if (answer != MessageBox::Answer::Accept)
            return;
        closeCopy();
        const bool removed = DirectoryStore::forgetAll();
        m_offline = false;
        m_bar->showMessage({});
        emit statusMessage(removed ? tr("Local copies removed.") : tr("Some local copies could not be removed."));
        m_list->model()->reload();
    });
}

void DirectoryController::forgetServer()
{
    closeCopy();
    DirectoryStore::forgetServer(origin());
}

void DirectoryController::exportEndUsers()
{
    if (!hasCompleteCopy()) {
        requestCopy(false);
        emit statusMessage(tr("Export needs the local copy of the end-user list; try again when it is complete."));
        return;
    }
    EndUserTableModel* model = m_list->model();
    DirectoryQuery query;
    query.search = model->query().search.trimmed();
    query.serviceSlug = model->query().serviceSlug;
    query.sortKey = keyFor(model->sortColumn());
    query.order = model->sortOrder();
    auto* command = new ExportEndUsersCommand(m_db->path(), query, m_window);
    connect(command, &ExportEndUsersCommand::finished, this, [this](bool, const QString& text) {
        emit statusMessage(text);
    });
    command->start();
}

void DirectoryController::findEndUsers()
{
    auto* dialog = new FindEndUsersDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDirectory(hasCompleteCopy() ? m_db->path() : QString(), m_organization.displayName());
    if (!hasCompleteCopy())
        requestCopy(false);
    connect(this, &DirectoryController::copyCompleted, dialog, [this, dialog] {
        if (m_db)
            dialog->setDirectory(m_db->path(), m_organization.displayName());
    });
    connect(dialog, &FindEndUsersDialog::foundUsersChosen, this, [this](const QList<EndUserSummary>& users) {
        m_chosen = users;
        emit foundUsersChosen(users);
    });
    dialog->show();
}

} // namespace UserAdmin
