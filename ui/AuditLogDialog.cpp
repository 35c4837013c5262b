// SPDX-License-Identifier: MIT
#include "AuditLogDialog.h"

#include "audit/AuditJournal.h"
#include "audit/AuditJournalModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace UserAdmin {

AuditLogDialog::AuditLogDialog(const AuditJournal& journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new AuditJournalModel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit journal — SSO User Admin"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    //: Accessible name of the table of the audit journal
    m_table->setAccessibleName(tr("Audit journal"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAuditJournal"));
    QPushButton* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadAuditJournal"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_model->toTabSeparated());
    });
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);

    resize(980, 420);
    reload();
}

void AuditLogDialog::reload()
{
    m_model->setEntries(m_journal.entries());
    //: %1 is a file path
    m_summary->setText(
        tr("%n record(s) kept on this computer in %1", nullptr, m_model->rowCount()).arg(m_journal.filePath()));
    m_table->resizeColumnsToContents();
}

} // namespace UserAdmin
