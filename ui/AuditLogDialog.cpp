// SPDX-License-Identifier: MIT
#include "AuditLogDialog.h"

#include "MessageBox.h"
#include "audit/AuditJournal.h"
#include "audit/AuditJournalFilterModel.h"
#include "audit/AuditJournalModel.h"
#include "audit/ServerAuditLogPage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace UserAdmin {

namespace {

QLabel* selectableLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AuditLogDialog::AuditLogDialog(const AuditJournal& journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new AuditJournalModel(this))
    , m_filter(new AuditJournalFilterModel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit journal — SSO User Admin"));
    m_filter->setSourceModel(m_model);
    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->setTabBarAutoHide(true);
    auto* localPage = new QWidget(m_tabs);
    localPage->setObjectName(QStringLiteral("localAuditPage"));
    //: Tab of the audit journal viewer: the journal kept on this computer
    m_tabs->addTab(localPage, tr("This computer"));
    outer->addWidget(m_tabs, 1);
    auto* layout = new QVBoxLayout(localPage);

    auto* checkRow = new QHBoxLayout;
    m_verification = selectableLabel(QStringLiteral("auditVerification"), this);
    checkRow->addWidget(m_verification, 1);
    auto* verify = new QPushButton(tr("&Verify"), this);
    verify->setObjectName(QStringLiteral("verifyAuditJournal"));
    verify->setToolTip(tr("Check again that no entry of the journal was changed, removed or reordered"));
    checkRow->addWidget(verify);
    layout->addLayout(checkRow);

    auto* filters = new QGridLayout;
    auto addFilter = [this, filters](int column, const QString& caption, QWidget* field) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        filters->addWidget(label, 0, column);
        filters->addWidget(field, 1, column);
    };
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("auditAccountFilter"));
    m_account->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own, so a screen reader would announce a nameless button.
    if (auto* clear = m_account->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        //: The button that empties the account filter of the audit journal
        clear->setText(tr("Clear filter"));
    m_account->setPlaceholderText(tr("Email or id"));
    //: Filter of the audit journal
    addFilter(0, tr("&Account:"), m_account);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
    m_outcome->addItem(tr("Any outcome"), -1);
    m_outcome->addItem(tr("Revoked"), int(AuditAction::State::Revoked));
    m_outcome->addItem(tr("Not revoked"), int(AuditAction::State::NotRevoked));
    m_outcome->addItem(tr("Outcome unknown"), int(AuditAction::State::Unknown));
    m_outcome->addItem(tr("No outcome recorded"), int(AuditAction::State::NoOutcome));
    addFilter(1, tr("&Outcome:"), m_outcome);
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("auditBatchFilter"));
    addFilter(2, tr("&Batch:"), m_batch);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    //: Start of the date range of the audit journal filter
    addFilter(3, tr("&From:"), m_from);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    //: End of the date range of the audit journal filter
    addFilter(4, tr("&To:"), m_to);
    filters->setColumnStretch(0, 2);
    filters->setColumnStretch(2, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    //: Accessible name of the table of the audit journal
    m_table->setAccessibleName(tr("Audit journal"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* copyAction = new QAction(tr("&Copy selected rows"), m_table);
    copyAction->setObjectName(QStringLiteral("actionCopyAuditRows"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table, 1);

    m_summary = selectableLabel(QStringLiteral("auditSummary"), this);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* copy = buttons->addButton(tr("&Copy selected rows"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAuditRows"));
    QPushButton* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportAuditCsv"));
    QPushButton* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadAuditJournal"));
    layout->addWidget(buttons);
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(closeBox);

    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &AuditLogDialog::copySelectedRows);
    connect(copyAction, &QAction::triggered, this, &AuditLogDialog::copySelectedRows);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(verify, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_account, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilters);

    resize(1100, 480);
    reload();
}

ServerAuditLogPage*
AuditLogDialog::addServerLog(ApiClient* client, const QString& server, const QString& slug, const QString& unavailable)
{
    if (m_serverLog)
        return m_serverLog;
    m_serverLog = new ServerAuditLogPage(client, m_journal, server, slug, unavailable, m_tabs);
    //: Tab of the audit journal viewer: the organization's audit log kept by the server
    m_tabs->addTab(m_serverLog, tr("Server audit log"));
    if (!unavailable.isEmpty())
        m_tabs->setTabToolTip(m_tabs->indexOf(m_serverLog), unavailable);
    return m_serverLog;
}

void AuditLogDialog::reload()
{
    const AuditJournal::Contents contents = m_journal.read();
    const AuditJournalCheck& check = contents.check;
    m_model->setEntries(contents.entries);
    m_model->setUntrustedFrom(check.status == AuditJournalCheck::Status::Changed
                                      || check.status == AuditJournalCheck::Status::Truncated
                                  ? check.changedAt
                                  : 0);
    m_verification->setText(check.sentence());

    // The date range covers the whole journal, unless the person has narrowed it.
    QDate first;
    QDate last;
    for (const AuditEntry& entry : contents.entries) {
        const QDate day = entry.time.toLocalTime().date();
        first = first.isValid() ? std::min(first, day) : day;
        last = last.isValid() ? std::max(last, day) : day;
    }
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QDate spanFrom = first.isValid() ? first : today;
        const QDate spanTo = last.isValid() ? std::max(last, today) : today;
        if (!m_spanFrom.isValid() || m_from->date() == m_spanFrom)
            m_from->setDate(spanFrom);
        if (!m_spanTo.isValid() || m_to->date() == m_spanTo)
            m_to->setDate(spanTo);
        m_spanFrom = spanFrom;
        m_spanTo = spanTo;
    }
    fillBatches();
    applyFilters();
    m_table->resizeColumnsToContents();
}

void AuditLogDialog::fillBatches()
{
    const QUuid current = m_batch->currentData().toUuid();
    const int currentKind = m_batch->currentIndex();
    const QSignalBlocker block(m_batch);
    m_batch->clear();
    m_batch->addItem(tr("Any"), QVariant());
    //: Batch filter of the audit journal: actions on one account, not part of a bulk revocation
    m_batch->addItem(tr("Single actions only"), QVariant());
    QList<QUuid> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QUuid id = m_model->actionAt(row).subject.batchId;
        if (!id.isNull() && !seen.contains(id)) {
            seen.append(id);
            m_batch->addItem(id.toString(QUuid::WithoutBraces).left(8), id);
        }
    }
    const int again = current.isNull() ? std::max(0, std::min(currentKind, 1)) : m_batch->findData(current);
    m_batch->setCurrentIndex(again < 0 ? 0 : again);
}

void AuditLogDialog::applyFilters()
{
    m_filter->setAccountFilter(m_account->text());
    const int state = m_outcome->currentData().toInt();
    m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional(AuditAction::State(state)));
    if (m_batch->currentIndex() <= 0)
        m_filter->setBatchFilter(AuditJournalFilterModel::Batch::Any);
    else if (m_batch->currentIndex() == 1)
        m_filter->setBatchFilter(AuditJournalFilterModel::Batch::NoBatch);
    else
        m_filter->setBatchFilter(AuditJournalFilterModel::Batch::One, m_batch->currentData().toUuid());
    m_filter->setDateRange(m_from->date(), m_to->date());
    //: %1 is how many actions the filters show, %2 a file path
    m_summary->setText(tr("%n action(s) shown of %1, kept on this computer in %2", nullptr, m_filter->rowCount())
                           .arg(QLocale().toString(m_model->rowCount()), m_journal.filePath()));
}

void AuditLogDialog::copySelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    for (int& row : rows)
        row = m_filter->mapToSource(m_filter->index(row, 0)).row();
    QGuiApplication::clipboard()->setText(m_model->toTabSeparated(rows));
}

void AuditLogDialog::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the audit journal"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("audit-journal.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCsv(path); });
    dialog->open();
}

bool AuditLogDialog::exportCsv(const QString& path)
{
    QList<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
    QSaveFile file(path);
    QString error;
    if (file.open(QIODevice::WriteOnly) && m_model->writeCsv(&file, rows, &error) && file.commit())
        return true;
    if (error.isEmpty())
        error = file.errorString();
    //: %1 is a file path
    MessageBox::inform(this,
                       MessageBox::Icon::Critical,
                       tr("Export failed"),
                       tr("The journal could not be written to “%1”.").arg(path),
                       error);
    return false;
}

} // namespace UserAdmin
