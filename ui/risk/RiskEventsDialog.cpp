// SPDX-License-Identifier: MIT
#include "risk/RiskEventsDialog.h"

#include "ErrorPresenter.h"
#include "api/ListRiskEventsJob.h"
#include "risk/RiskEventTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace UserAdmin {

RiskEventsDialog::RiskEventsDialog(ApiClient* client,
                                   const QString& slug,
                                   const QString& organizationName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_slug(slug)
    , m_model(new RiskEventTableModel(this))
{
    setObjectName(QStringLiteral("riskEventsDialog"));
    //: Window title; %1 is the organization's name
    setWindowTitle(tr("Risky sign-ins of %1 — SSO User Admin").arg(organizationName));
    auto* layout = new QVBoxLayout(this);

    auto* filterRow = new QHBoxLayout;
    m_minScore = new QSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("riskMinimumScore"));
    m_minScore->setRange(0, 100);
    m_minScore->setValue(0);
    m_minScore->setAccessibleName(tr("Minimum risk score"));
    m_minScore->setToolTip(tr("Show only sign-ins the server scored at least this high (0 to 100)"));
    //: Label of the filter of the risky sign-ins
    auto* minLabel = new QLabel(tr("&Minimum risk score:"), this);
    minLabel->setBuddy(m_minScore);
    filterRow->addWidget(minLabel);
    filterRow->addWidget(m_minScore);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("riskEventsTable"));
    //: Accessible name of the table of risky sign-ins
    m_table->setAccessibleName(tr("Risky sign-ins"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("riskEventsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    auto* pager = new QHBoxLayout;
    //: Button: the page of newer risky sign-ins
    m_previous = new QPushButton(tr("&Newer"), this);
    m_previous->setObjectName(QStringLiteral("riskPreviousPage"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("riskPageLabel"));
    m_pageLabel->setTextFormat(Qt::PlainText);
    //: Button: the page of older risky sign-ins
    m_next = new QPushButton(tr("O&lder"), this);
    m_next->setObjectName(QStringLiteral("riskNextPage"));
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pager->addWidget(m_next);
    layout->addLayout(pager);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: Button: show the account of the chosen risky sign-in in the main window
    m_open = buttons->addButton(tr("&Show account"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("riskOpenAccount"));
    //: Button: hand the accounts of the selected risky sign-ins to the bulk revocation
    m_revoke = buttons->addButton(tr("&Revoke sessions of selected…"), QDialogButtonBox::ActionRole);
    m_revoke->setObjectName(QStringLiteral("riskRevokeSelected"));
    auto* refresh = buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("riskReload"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_minScore, &QSpinBox::valueChanged, this, [this] { loadPage(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { loadPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { loadPage(m_page + 1); });
    connect(refresh, &QPushButton::clicked, this, &RiskEventsDialog::reload);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openRow(current.row());
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedUserIds();
        if (!ids.isEmpty())
            emit revocationRequested(ids, selectedEmails());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskEventsDialog::updateButtons);

    resize(1100, 520);
    loadPage(0);
}

RiskEventsDialog::~RiskEventsDialog()
{
    abandonJob(m_job);
}

void RiskEventsDialog::setMinimumScore(int score)
{
    m_minScore->setValue(score); // reloads from the first page when it changes
}

void RiskEventsDialog::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, ListRiskEventsJob::MaxLimit);
    loadPage(0);
}

void RiskEventsDialog::loadPage(qint64 page)
{
    abandonJob(m_job);
    page = std::max<qint64>(0, page);
    auto* job = new ListRiskEventsJob(m_client, m_slug, page, m_pageSize, m_minScore->value());
    m_job = job;
    m_status->setText(tr("Loading risky sign-ins…"));
    connect(job, &ApiJob::finished, this, &RiskEventsDialog::onFinished);
    updateButtons();
    job->start();
}

void RiskEventsDialog::onFinished()
{
    ListRiskEventsJob* job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    if (!job->succeeded()) {
        if (job->error().kind == ApiError::Kind::Cancelled)
            return;
        //: %1 is why, e.g. "The server refused the request."
        m_status->setText(tr("The risky sign-ins could not be loaded. %1").arg(ErrorPresenter::full(job->error())));
        if (job->error().kind == ApiError::Kind::Forbidden)
            emit accessRefused(job->error());
        updateButtons();
        return;
    }
    if (job->events().isEmpty() && job->page() > 0) {
        // The previous page was exactly full: there is nothing older. Stay on the page before.
        m_mayHaveMore = false;
        m_status->setText(tr("No older risky sign-ins."));
        updateButtons();
        return;
    }
    m_page = job->page();
    m_mayHaveMore = job->mayHaveMore();
    m_loaded = true;
    m_model->setEvents(job->events());
    m_table->resizeColumnsToContents();
    if (job->events().isEmpty())
        m_status->setText(m_minScore->value() > 0
                              //: %1 is a risk score from 0 to 100
                              ? tr("No risky sign-ins scored %1 or more.").arg(QLocale().toString(m_minScore->value()))
                              : tr("No risky sign-ins."));
    else
        //: %n is how many risky sign-ins the page shows
        m_status->setText(tr("%n risky sign-in(s) on this page, newest first.", nullptr, int(job->events().size())));
    updateButtons();
}

void RiskEventsDialog::updateButtons()
{
    const bool loading = !m_job.isNull();
    m_previous->setEnabled(!loading && m_page > 0);
    m_next->setEnabled(!loading && m_mayHaveMore);
    m_pageLabel->setText(m_mayHaveMore
                             //: Pager of the risky sign-ins; %1 is the page number (from 1). There is no total.
                             ? tr("Page %1, more may follow").arg(QLocale().toString(m_page + 1))
                             //: Pager of the risky sign-ins; %1 is the page number (from 1)
                             : tr("Page %1, no more").arg(QLocale().toString(m_page + 1)));
    const bool selected = m_table->selectionModel()->hasSelection();
    m_open->setEnabled(m_table->currentIndex().isValid());
    // Shown only where a bulk revocation is connected to take the accounts.
    m_revoke->setVisible(isSignalConnected(QMetaMethod::fromSignal(&RiskEventsDialog::revocationRequested)));
    m_revoke->setEnabled(selected);
}

void RiskEventsDialog::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const RiskEvent& event = m_model->eventAt(row);
    EndUserSummary user;
    user.id = event.userId;
    user.email = event.userEmail.value_or(QString());
    emit accountOpened(user);
}

QStringList RiskEventsDialog::selectedUserIds() const
{
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : rows) {
        const QString id = m_model->eventAt(index.row()).userId;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QStringList RiskEventsDialog::selectedEmails() const
{
    QStringList ids;
    QStringList emails;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : rows) {
        const RiskEvent& event = m_model->eventAt(index.row());
        if (ids.contains(event.userId))
            continue;
        ids << event.userId;
        emails << event.userEmail.value_or(QString());
    }
    return emails;
}

} // namespace UserAdmin
