// SPDX-License-Identifier: MIT
#include "AuditLogDialog.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "audit/AuditJournal.h"
#include "audit/AuditJournalModel.h"
#include "format/DisplayText.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;

namespace {

const QString trickyEmail = QStringLiteral("<b>\"x\",y</b>@z.com");

AuditEntry subject(const QString& email, const QString& reason)
{
    AuditEntry e;
    e.server = QStringLiteral("https://sso.example.com");
    e.organization = QStringLiteral("acme-corp");
    e.actor = QStringLiteral("admin@acme.test");
    e.action = AuditEntry::revokeSessionsAction();
    e.targetId = QStringLiteral("id-") + email;
    e.targetEmail = email;
    e.reason = reason;
    return e;
}

QStringList shownAccounts(QTableView* table)
{
    QStringList accounts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        accounts << table->model()->index(row, AuditJournalModel::AccountColumn).data().toString();
    return accounts;
}

QLabel* buddyOf(QWidget* dialog, QWidget* field)
{
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void showsFiltersCopiesAndExports()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        const std::optional<AuditEntry> first = journal.appendAttempt(subject(trickyEmail, QStringLiteral("INC-1")));
        QVERIFY(first);
        QVERIFY(journal.appendOutcome(*first, AuditOutcome::revoked(40)));
        const std::optional<AuditEntry> second =
            journal.appendAttempt(subject(QStringLiteral("john@customer.com"), QStringLiteral("INC-2")));
        QVERIFY(second);
        QVERIFY(journal.appendOutcome(*second, AuditOutcome::notFound(404, QStringLiteral("NOT_FOUND"), QString())));

        AuditLogDialog dialog(journal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
        QVERIFY(table);
        QCOMPARE(table->accessibleName(), QStringLiteral("Audit journal"));
        QCOMPARE(shownAccounts(table), (QStringList {QStringLiteral("john@customer.com"), trickyEmail}));
        QCOMPARE(table->model()->index(1, AuditJournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Revoked"));
        QCOMPARE(table->model()->index(1, AuditJournalModel::CountColumn).data().toString(), QStringLiteral("40"));

        // The chain check is shown as the dialog opens.
        auto* verification = dialog.findChild<QLabel*>(QStringLiteral("auditVerification"));
        QCOMPARE(verification->text(),
                 QStringLiteral("Journal intact: 4 entries since %1.").arg(DisplayText::localDate(first->time)));
        QCOMPARE(verification->textFormat(), Qt::PlainText);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("auditSummary"));
        QCOMPARE(summary->text(),
                 QStringLiteral("2 actions shown of 2, kept on this computer in %1").arg(journal.filePath()));

        // Every filter has a visible label as its buddy.
        auto* account = dialog.findChild<QLineEdit*>(QStringLiteral("auditAccountFilter"));
        auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("auditOutcomeFilter"));
        auto* batch = dialog.findChild<QComboBox*>(QStringLiteral("auditBatchFilter"));
        auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("auditFromDate"));
        auto* to = dialog.findChild<QDateEdit*>(QStringLiteral("auditToDate"));
        const QList<QWidget*> fields {account, outcome, batch, from, to};
        const QStringList captions {QStringLiteral("&Account:"),
                                    QStringLiteral("&Outcome:"),
                                    QStringLiteral("&Batch:"),
                                    QStringLiteral("&From:"),
                                    QStringLiteral("&To:")};
        for (int i = 0; i < fields.size(); ++i) {
            QVERIFY(fields[i]);
            QLabel* label = buddyOf(&dialog, fields[i]);
            QVERIFY(label);
            QCOMPARE(label->text(), captions[i]);
            QVERIFY(label->isVisible());
        }

        QTest::keyClicks(account, QStringLiteral("z.com"));
        QCOMPARE(shownAccounts(table), QStringList {trickyEmail});
        account->clear();
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("Not revoked")));
        QCOMPARE(shownAccounts(table), QStringList {QStringLiteral("john@customer.com")});
        outcome->setCurrentIndex(0);
        batch->setCurrentIndex(1); // single actions only: both
        QCOMPARE(table->model()->rowCount(), 2);
        batch->setCurrentIndex(0);
        from->setDate(to->date().addDays(1));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(summary->text(),
                 QStringLiteral("0 actions shown of 2, kept on this computer in %1").arg(journal.filePath()));
        from->setDate(to->date().addDays(-1));
        QCOMPARE(table->model()->rowCount(), 2);

        // Copy the selected row, with a header.
        table->selectRow(1);
        QGuiApplication::clipboard()->clear();
        dialog.findChild<QPushButton*>(QStringLiteral("copyAuditRows"))->click();
        const QString exact = DisplayText::exactUtc(first->time);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Time\tOrganization\tAccount\tOutcome\tSessions\tReason\tBatch\tBy\n"
                                "%1\tacme-corp\t%2\tRevoked\t40\tINC-1\t\tadmin@acme.test\n")
                     .arg(exact, trickyEmail));

        // Export what is shown, through the file dialog.
        account->setText(QStringLiteral("z.com"));
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        dialog.findChild<QPushButton*>(QStringLiteral("exportAuditCsv"))->click();
        auto* fileDialog = dialog.findChild<QFileDialog*>(QStringLiteral("auditExportDialog"));
        QVERIFY(fileDialog);
        QVERIFY(QTest::qWaitFor([fileDialog] { return fileDialog->isVisible(); }));
        fileDialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(fileDialog, "accept"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("Time,Organization,Account,Outcome,Sessions,Reason,Batch,By\r\n") + exact.toUtf8()
                     + ",acme-corp,\"<b>\"\"x\"\",y</b>@z.com\",Revoked,40,INC-1,,admin@acme.test\r\n");

        // Verify shows a change made meanwhile, at the entry where it was made.
        QByteArray bytes;
        {
            QFile journalFile(journal.filePath());
            QVERIFY(journalFile.open(QIODevice::ReadOnly));
            bytes = journalFile.readAll();
        }
        bytes.replace("john@customer.com", "jane@customer.com");
        {
            QFile journalFile(journal.filePath());
            QVERIFY(journalFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            journalFile.write(bytes);
        }
        const QDate narrowed = to->date().addDays(-1);
        from->setDate(narrowed);
        dialog.findChild<QPushButton*>(QStringLiteral("verifyAuditJournal"))->click();
        QCOMPARE(from->date(), narrowed); // a narrowed range survives Verify
        QCOMPARE(verification->text(),
                 QStringLiteral("Journal changed at entry 3: entries from there on cannot be trusted."));
        account->clear();
        QCOMPARE(shownAccounts(table), (QStringList {QStringLiteral("jane@customer.com"), trickyEmail}));
        QVERIFY(table->model()
                    ->index(0, AuditJournalModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("cannot be trusted")));
        QVERIFY(!table->model()
                     ->index(1, AuditJournalModel::TimeColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("cannot be trusted")));
    }

    void openedFromTheFileMenu()
    {
        ApiClient client;
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        MainWindow window(&client, nullptr, &journal);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionShowAuditJournal"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<AuditLogDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("auditVerification"))->text(),
                 window.auditJournal().verify().sentence());
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
