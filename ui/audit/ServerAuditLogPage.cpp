// SPDX-License-Identifier: MIT
#include "audit/ServerAuditLogPage.h"

#include "ErrorPresenter.h"
#include "api/ListAuditLogJob.h"
#include "audit/AuditJournal.h"
#include "audit/AuditTrailModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace UserAdmin {

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

bool concerns(const AuditEntry& entry, const QString& account)
{
    return entry.targetId == account || entry.targetEmail.compare(account, Qt::CaseInsensitive) == 0;
}

} // namespace

ServerAuditLogPage::ServerAuditLogPage(ApiClient* client,
                                       const AuditJournal& journal,
                                       const QString& server,
                                       const QString& slug,
                                       const QString& unavailable,
                                       QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_journal(journal)
    , m_server(server)
    , m_slug(slug)
    , m_available(unavailable.isEmpty())
    , m_model(new AuditTrailModel(this))
{
    setObjectName(QStringLiteral("serverAuditLogPage"));
    auto* outer = new QVBoxLayout(this);
    m_reason = plainLabel(QStringLiteral("serverAuditUnavailable"), this);
    m_reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    outer->addWidget(m_reason, 1);
    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QGridLayout;
    auto addFilter = [this, filters](int column, const QString& caption, QLineEdit* field) {
        auto* label = new QLabel(caption, m_content);
        label->setBuddy(field);
        field->setClearButtonEnabled(true);
        filters->addWidget(label, 0, column);
        filters->addWidget(field, 1, column);
        connect(field, &QLineEdit::returnPressed, this, [this] { loadPage(1); });
    };
    m_action = new QLineEdit(m_content);
    m_action->setObjectName(QStringLiteral("serverAuditActionFilter"));
    m_action->setPlaceholderText(tr("e.g. member.role_changed"));
    //: Filter of the server audit log: the kind of event
    addFilter(0, tr("Acti&on:"), m_action);
    m_targetType = new QLineEdit(m_content);
    m_targetType->setObjectName(QStringLiteral("serverAuditTargetTypeFilter"));
    m_targetType->setPlaceholderText(tr("e.g. member"));
    //: Filter of the server audit log: the kind of thing changed
    addFilter(1, tr("Tar&get type:"), m_targetType);
    m_account = new QLineEdit(m_content);
    m_account->setObjectName(QStringLiteral("serverAuditAccountFilter"));
    m_account->setPlaceholderText(tr("Id (or email in this computer's journal)"));
    //: Filter of the server audit log: one account, with this computer's journal entries merged in
    addFilter(2, tr("Acc&ount:"), m_account);
    auto* apply = new QPushButton(tr("&Apply"), m_content);
    apply->setObjectName(QStringLiteral("serverAuditApply"));
    filters->addWidget(apply, 1, 3);
    filters->setColumnStretch(2, 1);
    layout->addLayout(filters);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("serverAuditTable"));
    //: Accessible name of the table of the server's audit log
    m_table->setAccessibleName(tr("Server audit log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = plainLabel(QStringLiteral("serverAuditStatus"), m_content);
    layout->addWidget(m_status);
    auto* pager = new QHBoxLayout;
    m_previous = new QPushButton(tr("&Previous page"), m_content);
    m_previous->setObjectName(QStringLiteral("serverAuditPreviousPage"));
    m_pageLabel = plainLabel(QStringLiteral("serverAuditPageLabel"), m_content);
    m_next = new QPushButton(tr("&Next page"), m_content);
    m_next->setObjectName(QStringLiteral("serverAuditNextPage"));
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pager->addWidget(m_next);
    layout->addLayout(pager);

    connect(apply, &QPushButton::clicked, this, [this] { loadPage(1); });
    connect(m_previous, &QPushButton::clicked, this, [this] { loadPage(m_page.page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { loadPage(m_page.page + 1); });
    if (m_available) {
        m_reason->hide();
        loadPage(1);
    } else {
        setUnavailable(unavailable);
    }
}

void ServerAuditLogPage::setUnavailable(const QString& reason)
{
    abandonJob(m_job);
    m_available = false;
    m_reason->setText(reason);
    m_reason->show();
    m_content->hide();
}

ServerAuditLogPage::~ServerAuditLogPage()
{
    abandonJob(m_job);
}

QString ServerAuditLogPage::statusText() const
{
    return m_status ? m_status->text() : QString();
}

void ServerAuditLogPage::setAccountFilter(const QString& account)
{
    if (m_account) {
        m_account->setText(account);
        loadPage(1);
    }
}

void ServerAuditLogPage::setActionFilter(const QString& action)
{
    if (m_action) {
        m_action->setText(action);
        loadPage(1);
    }
}

QString ServerAuditLogPage::accountTargetId() const
{
    const QString account = m_account->text().trimmed();
    if (!account.contains(QLatin1Char('@')))
        return account;
    // The server filters by id only: an email is looked up among this computer's journal entries.
    const QList<AuditEntry> entries = m_journal.entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->targetEmail.compare(account, Qt::CaseInsensitive) == 0 && !it->targetId.isEmpty())
            return it->targetId;
    }
    return account;
}

void ServerAuditLogPage::loadPage(qint64 page)
{
    if (!m_available)
        return;
    abandonJob(m_job);
    ListAuditLogJob::Query query;
    query.page = std::max<qint64>(1, page);
    query.limit = PageSize;
    query.action = m_action->text();
    query.targetType = m_targetType->text();
    query.targetId = m_account->text().trimmed().isEmpty() ? QString() : accountTargetId();
    if (query.page == 1)
        m_oldestOfPage.clear();
    auto* job = new ListAuditLogJob(m_client, m_slug, query);
    m_job = job;
    m_status->setText(tr("Loading the server's audit log…"));
    connect(job, &ApiJob::finished, this, &ServerAuditLogPage::onFinished);
    updatePager();
    job->start();
}

void ServerAuditLogPage::onFinished()
{
    ListAuditLogJob* job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    if (!job->succeeded()) {
        if (job->error().kind == ApiError::Kind::Forbidden
            || job->error().kind == ApiError::Kind::OrganizationNotActive)
            emit accessRefused(job->error()); // the window finds out why and says it here (setUnavailable)
        if (job->error().kind != ApiError::Kind::Cancelled)
            //: %1 is why, e.g. "The server refused the request."
            m_status->setText(
                tr("The server's audit log could not be loaded. %1").arg(ErrorPresenter::full(job->error())));
        updatePager();
        return;
    }
    m_page = job->page();
    m_loaded = true;
    QList<AuditAction> local;
    const QString account = m_account->text().trimmed();
    if (!account.isEmpty()) {
        // This page covers the times from its oldest entry up to where the page before ended; journal entries of
        // those times are merged in (all the older ones on the last page).
        QDateTime oldest;
        for (const ServerAuditEntry& entry : m_page.entries) {
            if (entry.createdAt && (!oldest.isValid() || *entry.createdAt < oldest))
                oldest = *entry.createdAt;
        }
        m_oldestOfPage.insert(m_page.page, oldest);
        const QDateTime newerBound = m_oldestOfPage.value(m_page.page - 1);
        const bool last = !m_page.hasNext;
        QList<AuditEntry> mine;
        for (const AuditEntry& entry : m_journal.entries()) {
            if (entry.server != m_server || entry.organization != m_slug || !concerns(entry, account))
                continue;
            mine << entry;
        }
        for (const AuditAction& action : AuditAction::fromEntries(mine)) {
            const QDateTime time = action.subject.time;
            const bool belowNewer = m_page.page == 1 || !newerBound.isValid() || time < newerBound;
            const bool aboveOldest = last || !oldest.isValid() || time >= oldest;
            if (belowNewer && aboveOldest)
                local << action;
        }
    }
    m_model->setRows(m_page.entries, local);
    m_table->resizeColumnsToContents();
    if (account.isEmpty())
        //: %n is the number of entries the server keeps for the filters
        m_status->setText(tr("%n entry(ies) in the server's audit log.",
                             nullptr,
                             int(std::min<qint64>(m_page.total, std::numeric_limits<int>::max()))));
    else
        //: %1 is the number of server entries, %2 of this computer's journal entries shown
        m_status->setText(
            tr("For this account: %1 in the server's audit log; %2 from this computer's journal on this page.")
                .arg(QLocale().toString(m_page.total), QLocale().toString(qlonglong(local.size()))));
    updatePager();
}

void ServerAuditLogPage::updatePager()
{
    const bool loading = !m_job.isNull();
    m_previous->setEnabled(!loading && m_page.page > 1);
    m_next->setEnabled(!loading && m_page.hasNext);
    //: Pager of the server's audit log; %1 is the page, %2 how many pages there are
    m_pageLabel->setText(
        tr("Page %1 of %2")
            .arg(QLocale().toString(m_page.page), QLocale().toString(std::max<qint64>(1, m_page.totalPages))));
}

} // namespace UserAdmin
