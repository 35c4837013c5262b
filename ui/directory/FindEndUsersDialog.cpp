// SPDX-License-Identifier: MIT
#include "directory/FindEndUsersDialog.h"

#include "directory/AddressList.h"
#include "directory/LocalDirectory.h"
#include "format/DisplayText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {
enum Column { AddressColumn, ResultColumn, IdColumn, CreatedColumn, LastLoginColumn, ServicesColumn, ColumnCount };
}

FindEndUsersDialog::FindEndUsersDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("findEndUsersDialog"));
    setWindowTitle(tr("Find end-users"));
    setAccessibleName(tr("Find end-users"));
    resize(900, 560);

    //: Label of the field where a list of email addresses is pasted
    auto* label = new QLabel(tr("&Addresses (one a line, or any text with addresses in it):"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("findAddresses"));
    m_text->setAccessibleName(tr("Addresses"));
    m_text->setTabChangesFocus(true);
    label->setBuddy(m_text);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("findSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("findResults"));
    //: Accessible name of the table of looked-up addresses
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels(
        {tr("Address"), tr("Result"), tr("Id"), tr("Created"), tr("Last login"), tr("Services")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_find = buttons->addButton(tr("&Find"), QDialogButtonBox::ActionRole);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_export = buttons->addButton(tr("&Export results…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("findExportButton"));
    //: Button: hand the found end-users to an action such as revoking their sessions
    m_choose = buttons->addButton(tr("&Revoke sessions of the found…"), QDialogButtonBox::ActionRole);
    m_choose->setObjectName(QStringLiteral("findChooseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &FindEndUsersDialog::find);
    connect(m_export, &QPushButton::clicked, this, &FindEndUsersDialog::exportResults);
    connect(m_choose, &QPushButton::clicked, this, [this] { emit foundUsersChosen(foundUsers()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, &FindEndUsersDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(buttons);
    updateButtons();
}

FindEndUsersDialog::~FindEndUsersDialog() = default;

void FindEndUsersDialog::setDirectory(const QString& databasePath, const QString& organizationName)
{
    m_organizationName = organizationName;
    m_db.reset();
    if (!databasePath.isEmpty()) {
        m_db = std::make_unique<LocalDirectory>(databasePath);
        if (!m_db->open()) {
            m_summary->setText(tr("The local copy cannot be opened: %1").arg(m_db->lastError()));
            m_db.reset();
        }
    }
    if (!m_db)
        //: %1 is the organization's name
        m_summary->setText(tr("Waiting for the local copy of the end-users of %1…").arg(organizationName));
    else if (m_results.isEmpty())
        m_summary->clear();
    updateButtons();
}

void FindEndUsersDialog::setText(const QString& text)
{
    m_text->setPlainText(text);
}

void FindEndUsersDialog::updateButtons()
{
    m_find->setEnabled(m_db && !m_text->toPlainText().trimmed().isEmpty());
    m_export->setEnabled(!m_results.isEmpty());
    m_choose->setEnabled(!foundUsers().isEmpty());
}

void FindEndUsersDialog::find()
{
    if (!m_db)
        return;
    const QStringList addresses = AddressList::extract(m_text->toPlainText());
    QString error;
    m_results = DirectoryExport::find(*m_db, addresses, &error);
    if (!error.isEmpty()) {
        m_summary->setText(tr("The local copy cannot be read: %1").arg(error));
        return;
    }
    showResults();
    updateButtons();
}

QList<EndUserSummary> FindEndUsersDialog::foundUsers() const
{
    QList<EndUserSummary> users;
    QSet<QString> ids;
    for (const FoundAddress& found : m_results) {
        for (const EndUserSummary& user : found.users) {
            if (!ids.contains(user.id)) {
                ids.insert(user.id);
                users.append(user);
            }
        }
    }
    return users;
}

QString FindEndUsersDialog::summaryText() const
{
    return m_summary->text();
}

void FindEndUsersDialog::showResults()
{
    int found = 0, missing = 0, many = 0;
    m_table->setRowCount(0);
    for (const FoundAddress& result : m_results) {
        QString status;
        switch (result.status) {
        case FoundAddress::Status::Found:
            ++found;
            status = tr("Found");
            break;
        case FoundAddress::Status::NotFound:
            ++missing;
            status = tr("Not found");
            break;
        case FoundAddress::Status::FoundMoreThanOnce:
            ++many;
            status = tr("Found more than once");
            break;
        }
        const QList<EndUserSummary> users =
            result.users.isEmpty() ? QList<EndUserSummary> {EndUserSummary()} : result.users;
        for (const EndUserSummary& user : users) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const bool known = !user.id.isEmpty();
            const QStringList cells {result.address,
                                     status,
                                     user.id,
                                     known ? DisplayText::timestamp(user.createdAt, false) : QString(),
                                     known ? DisplayText::timestamp(user.lastLoginAt, user.lastLoginKnown())
                                           : QString(),
                                     user.services.join(QStringLiteral(", "))};
            for (int column = 0; column < ColumnCount; ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    //: Summary of a find-many; %1 found, %2 not found, %3 found more than once (numbers)
    m_summary->setText(tr("%1 found, %2 not found, %3 found more than once")
                           .arg(QString::number(found), QString::number(missing), QString::number(many)));
}

void FindEndUsersDialog::exportResults()
{
    auto* dialog = new QFileDialog(
        this, tr("Export results"), QDir::homePath() + QStringLiteral("/found-end-users.csv"), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QSaveFile file(path);
        const bool ok =
            file.open(QIODevice::WriteOnly) && DirectoryExport::writeFindCsv(m_results, &file).ok && file.commit();
        m_summary->setText(ok ? tr("Results written to %1.").arg(QDir::toNativeSeparators(path))
                              : tr("The results could not be written to %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    });
    dialog->open();
}

} // namespace UserAdmin
