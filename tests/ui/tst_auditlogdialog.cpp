// SPDX-License-Identifier: MIT
#include "AuditLogDialog.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "audit/AuditJournal.h"
#include "audit/AuditJournalModel.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;

class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void showsAndCopiesTheJournal()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.organization = QStringLiteral("acme-corp");
        e.actor = QStringLiteral("admin@acme.test");
        e.action = QStringLiteral("revoke_sessions");
        e.targetId = QStringLiteral("u-40");
        e.targetEmail = QStringLiteral("forty.sessions@example.com");
        QVERIFY(journal.append(e));
        e.outcome = AuditEntry::Outcome::Succeeded;
        e.count = 40;
        QVERIFY(journal.append(e));

        AuditLogDialog dialog(journal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
        QVERIFY(table);
        QCOMPARE(table->accessibleName(), QStringLiteral("Audit journal"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, AuditJournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(table->model()->index(0, AuditJournalModel::CountColumn).data().toString(), QStringLiteral("40"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("auditSummary"));
        QVERIFY(summary->text().startsWith(QStringLiteral("2 records kept on this computer")));
        QVERIFY(summary->text().contains(journal.filePath()));

        dialog.findChild<QPushButton*>(QStringLiteral("copyAuditJournal"))->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), 3);
        QVERIFY(copied.contains(QStringLiteral("forty.sessions@example.com\tSucceeded\t40")));

        // A new entry written meanwhile appears on Reload.
        e.targetEmail = QStringLiteral("john@customer.com");
        QVERIFY(journal.append(e));
        dialog.findChild<QPushButton*>(QStringLiteral("reloadAuditJournal"))->click();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, AuditJournalModel::TargetColumn).data().toString(),
                 QStringLiteral("john@customer.com"));
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
        QCOMPARE(dialog->model()->rowCount(), int(window.auditJournal().entries().size()));
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
