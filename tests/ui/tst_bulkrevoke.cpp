// SPDX-License-Identifier: MIT
// "Revoke sessions of N end-users…" in the window against a real sso-dev-server (2026 shape): selecting rows with
// the keyboard and the mouse, the one confirmation with its Reason, progress, the report, Cancel, lost answers,
// Retry (never the unknown ones), closing the window while it runs, and the journal.
#include "Actions.h"
#include "DetailPane.h"
#include "EndUserListPane.h"
#include "MainWindow.h"
#include "RevokeSessionsCommand.h"
#include "UiHarness.h"
#include "audit/AuditAction.h"
#include "audit/AuditJournal.h"
#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkReportDialog.h"
#include "bulk/BulkRevokeController.h"
#include "bulk/ReasonConfirmDialog.h"
#include "bulk/ReasonField.h"
#include "settings/Settings.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;

namespace {
const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString Reason = QStringLiteral("INC-2026-117 leaked partner export");
/// English plurals without the translation files (the lead adds the new strings' English forms after merging).
QString english(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}
QString deletePath(const QString& id)
{
    return QStringLiteral("/api/organizations/acme-corp/users/%1/sessions").arg(id);
}
} // namespace

class TestBulkRevoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectionWithKeyboardAndMouse();
    void confirmWithReasonThenReport();
    void cancelMidwayReportsWhatWasSent();
    void hangIsReportedUnknown();
    void retryOffersOnlyDefiniteFailures();
    void closingTheWindowAsksFirst();
    void singleRevocationCarriesTheReason();

private:
    void makeWindow();
    /// Selects rows `first`..`first + count - 1` with a click and Shift+Down; waits until the action is enabled.
    bool selectRows(int first, int count);
    /// Opens the confirmation for the selection, types the reason and confirms; returns the emails confirmed.
    QStringList confirm(const QString& reason = Reason);
    BulkReportDialog* waitForReport();
    int deletes(const QString& id = QStringLiteral("*"))
    {
        return int(m_server->requests(deletePath(id), QStringLiteral("DELETE")).size());
    }
    QString idAt(int row) const { return m_window->endUserModel()->userAt(row).id; }
    QAction* bulkAction() const { return m_window->actions()->revokeSessionsBulk; }

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    int m_nextRow = 0; ///< each test revokes rows no other test touched
};

void TestBulkRevoke::initTestCase()
{
    prepareUiTest("tst_bulkrevoke");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--shape"),
                                                        QStringLiteral("2026"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("300")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    Settings::setPageSize(100);
}

void TestBulkRevoke::init()
{
    MessageBox::setTestMode(true);
    Settings::setBulkMaxInFlight(2);
    Settings::setReasonRequired(true);
    m_server->clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    makeWindow();
    QVERIFY(waitForList(m_window->endUserModel()));
    QVERIFY(m_window->endUserModel()->rowCount() >= 90);
    m_server->clearRequests();
}

void TestBulkRevoke::cleanup()
{
    m_window.reset();
    m_client.reset();
}

void TestBulkRevoke::makeWindow()
{
    m_client = clientFor(*m_server, Admin);
    m_client->setMinRateLimitWait(10ms);
    m_window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
    m_window->setSignedInMember(Admin);
    m_window->show();
    m_window->start(Acme);
}

bool TestBulkRevoke::selectRows(int first, int count)
{
    QTableView* table = m_window->listPane()->table();
    table->setFocus();
    table->scrollTo(m_window->endUserModel()->index(first, 0));
    const QRect rect = table->visualRect(m_window->endUserModel()->index(first, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    for (int i = 1; i < count; ++i)
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    return QTest::qWaitFor(
        [this, count] {
            return m_window->listPane()->selectedUsers().size() == count && (count < 2 || bulkAction()->isEnabled());
        },
        15000);
}

QStringList TestBulkRevoke::confirm(const QString& reason)
{
    QStringList emails;
    for (const EndUserSummary& user : m_window->listPane()->selectedUsers())
        emails << user.email;
    bulkAction()->trigger();
    BulkConfirmDialog* dialog = m_window->bulkRevoke()->confirmDialog();
    if (!dialog || !dialog->isVisible())
        return {};
    QTest::keyClicks(dialog->reasonField()->edit(), reason);
    dialog->acceptButton()->click();
    return emails;
}

BulkReportDialog* TestBulkRevoke::waitForReport()
{
    BulkRevokeController* bulk = m_window->bulkRevoke();
    if (!QTest::qWaitFor([bulk] { return bulk->reportDialog() && !bulk->isRunning(); }, 60000))
        return nullptr;
    return bulk->reportDialog();
}

void TestBulkRevoke::selectionWithKeyboardAndMouse()
{
    QTableView* table = m_window->listPane()->table();
    auto* label = m_window->listPane()->findChild<QLabel*>(QStringLiteral("selectionCount"));
    QVERIFY(label);
    const int rows = m_window->endUserModel()->rowCount();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE(m_window->listPane()->selectedUsers().size(), rows);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("%1 end-users selected").arg(rows));
    QTRY_VERIFY_WITH_TIMEOUT(bulkAction()->isEnabled(), 15000);
    QCOMPARE(bulkAction()->text(), QStringLiteral("Revoke sessions of %1 end-&users…").arg(rows));
    QVERIFY(!m_window->actions()->revokeSessions->isEnabled()); // the single action does not pick one of them

    QVERIFY(selectRows(2, 3));
    QCOMPARE(label->text(), QStringLiteral("3 end-users selected"));
    // Ctrl-click adds a row and takes it away again.
    table->scrollTo(m_window->endUserModel()->index(10, 0));
    const QPoint tenth = table->visualRect(m_window->endUserModel()->index(10, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, tenth);
    QTRY_COMPARE(m_window->listPane()->selectedUsers().size(), 4);
    QCOMPARE(bulkAction()->text(), QStringLiteral("Revoke sessions of 4 end-&users…"));
    auto* detailButton = m_window->detailPane()->findChild<QWidget*>(QStringLiteral("revokeBulkButton"));
    QVERIFY(detailButton && detailButton->isVisible());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, tenth);
    QTRY_COMPARE(m_window->listPane()->selectedUsers().size(), 3);
    // One row again: the single action, no count.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, tenth);
    QTRY_COMPARE(m_window->listPane()->selectedUsers().size(), 1);
    QVERIFY(!label->isVisible());
    QVERIFY(!bulkAction()->isEnabled());
    QVERIFY(!detailButton->isVisible());
    QCOMPARE(deletes(), 0);
}

void TestBulkRevoke::confirmWithReasonThenReport()
{
    const int first = m_nextRow;
    m_nextRow += 25;
    QVERIFY(selectRows(first, 25));
    bulkAction()->trigger();
    BulkConfirmDialog* dialog = m_window->bulkRevoke()->confirmDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(english(dialog->headline()), QStringLiteral("Revoke all sessions of 25 end-users in “Acme Corp”?"));
    QCOMPARE(dialog->table()->rowCount(), 25);
    QCOMPARE(dialog->table()->item(0, 0)->text(), m_window->endUserModel()->userAt(first).email);
    QVERIFY(dialog->scopeText().contains(QStringLiteral("Acme Corp's services; sign-ins to other organizations stay")));
    QVERIFY(dialog->scopeText().contains(QStringLiteral("may include sessions that had already expired")));
    QVERIFY(dialog->totalText().contains(QStringLiteral("active session")));
    // The reason is required: no revocation without one.
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField()->edit(), QStringLiteral("   "));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField()->edit(), Reason);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QCOMPARE(deletes(), 0);
    saveScreenshot(dialog, QStringLiteral("bulk-confirm"));
    dialog->acceptButton()->click();

    BulkProgressDialog* progress = m_window->bulkRevoke()->progressDialog();
    QVERIFY(progress);
    QVERIFY(!progress->isModal()); // the window stays usable
    QVERIFY(progress->progressText().startsWith(QStringLiteral("Revoking ")));
    QVERIFY(progress->progressText().endsWith(QStringLiteral(" of 25")));

    BulkReportDialog* report = waitForReport();
    QVERIFY(report);
    QVERIFY2(
        english(report->summary()).startsWith(QStringLiteral("25 end-users: 25 revoked, 0 not revoked, 0 unknown.")),
        qPrintable(report->summary()));
    QCOMPARE(report->table()->rowCount(), 25);
    for (int row = 0; row < 25; ++row)
        QCOMPARE(report->table()->item(row, 1)->text(), QStringLiteral("Revoked"));
    QVERIFY(!report->retryButton()->isEnabled());
    QCOMPARE(deletes(), 25);

    // Copy and CSV.
    report->findChild<QPushButton*>(QStringLiteral("bulkCopyButton"))->click();
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Email\tOutcome\tSessions revoked\tDetail\n")));
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(report->saveCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 27); // header, 25 rows, and the empty piece after the last CRLF
    QCOMPARE(lines.first(), QByteArray("Email,Outcome,Sessions revoked,Detail\r"));
    QVERIFY(lines.at(1).contains(",Revoked,"));

    // The journal: per account one action (its attempt and its outcome), each entry with the reason; intact.
    const AuditJournal::Contents contents = m_journal->read();
    QCOMPARE(contents.check.status, AuditJournalCheck::Status::Intact);
    QCOMPARE(contents.entries.size(), 50);
    for (const AuditEntry& entry : contents.entries) {
        QCOMPARE(entry.reason, Reason);
        QCOMPARE(entry.batchId, m_window->bulkRevoke()->revocation()->batchId());
        QCOMPARE(entry.actor, Admin);
    }
    const QList<AuditAction> actions = AuditAction::fromEntries(contents.entries);
    QCOMPARE(actions.size(), 25);
    QSet<QString> targets;
    for (const AuditAction& action : actions) {
        QCOMPARE(action.state(), AuditAction::State::Revoked);
        targets.insert(action.subject.targetId);
    }
    QCOMPARE(targets.size(), 25);
}

void TestBulkRevoke::cancelMidwayReportsWhatWasSent()
{
    Settings::setBulkMaxInFlight(1);
    const int first = m_nextRow;
    m_nextRow += 25;
    QVERIFY(selectRows(first, 25));
    BulkRevokeController* bulk = m_window->bulkRevoke();
    connect(bulk, &BulkRevokeController::runningChanged, this, [bulk](bool running) {
        if (!running)
            return;
        connect(bulk->revocation(), &BulkRevocation::progressChanged, bulk, [bulk] {
            if (bulk->revocation()->doneCount() == 10 && bulk->progressDialog()
                && bulk->progressDialog()->cancelButton()->isEnabled())
                bulk->progressDialog()->cancelButton()->click();
        });
    });
    QCOMPARE(confirm().size(), 25);
    BulkReportDialog* report = waitForReport();
    QVERIFY(report);
    disconnect(bulk, &BulkRevokeController::runningChanged, this, nullptr);
    QCOMPARE(deletes(), 10);
    QVERIFY2(english(report->summary())
                 .startsWith(QStringLiteral("25 end-users: 10 revoked, 0 not revoked, 0 unknown, 15 not sent.")),
             qPrintable(report->summary()));
    QVERIFY(english(report->summary()).contains(QStringLiteral("Cancelled after 10 requests were sent.")));
    QCOMPARE(report->table()->item(9, 1)->text(), QStringLiteral("Revoked"));
    QCOMPARE(report->table()->item(10, 1)->text(), QStringLiteral("Not sent"));
    QCOMPARE(m_journal->entries().size(), 20);
}

void TestBulkRevoke::hangIsReportedUnknown()
{
    m_client->setTransferTimeout(700ms);
    const int first = m_nextRow;
    m_nextRow += 6;
    for (int row : {first + 1, first + 4})
        QVERIFY(m_server->addFault(
                    {{QStringLiteral("path"), deletePath(idAt(row))}, {QStringLiteral("kind"), QStringLiteral("hang")}})
                >= 0);
    QVERIFY(selectRows(first, 6));
    QCOMPARE(confirm().size(), 6);
    BulkReportDialog* report = waitForReport();
    QVERIFY(report);
    QVERIFY2(english(report->summary()).startsWith(QStringLiteral("6 end-users: 4 revoked, 0 not revoked, 2 unknown.")),
             qPrintable(report->summary()));
    QCOMPARE(report->table()->item(1, 1)->text(), QStringLiteral("Unknown"));
    QCOMPARE(report->table()->item(4, 1)->text(), QStringLiteral("Unknown"));
    QVERIFY(report->table()->item(1, 3)->text().contains(QStringLiteral("no answer came")));
    saveScreenshot(report, QStringLiteral("bulk-report"));
    QVERIFY(!report->retryButton()->isEnabled()); // unknown outcomes are not retried from here
    QTRY_COMPARE(deletes(), 6);
    const QList<AuditAction> actions = AuditAction::fromEntries(m_journal->entries());
    QCOMPARE(std::count_if(actions.cbegin(),
                           actions.cend(),
                           [](const AuditAction& a) { return a.state() == AuditAction::State::Unknown; }),
             2);
}

void TestBulkRevoke::retryOffersOnlyDefiniteFailures()
{
    const int first = m_nextRow;
    m_nextRow += 5;
    const QString refused = idAt(first + 1);
    const QString lost = idAt(first + 3);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(refused)},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 503}})
            >= 0);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(lost)},
                                {QStringLiteral("kind"), QStringLiteral("close")},
                                {QStringLiteral("handle"), true}})
            >= 0);
    QVERIFY(selectRows(first, 5));
    QCOMPARE(confirm().size(), 5);
    BulkReportDialog* report = waitForReport();
    QVERIFY(report);
    QVERIFY2(english(report->summary()).startsWith(QStringLiteral("5 end-users: 3 revoked, 1 not revoked, 1 unknown.")),
             qPrintable(report->summary()));
    QCOMPARE(report->table()->item(1, 1)->text(), QStringLiteral("Not revoked"));
    QVERIFY(report->table()->item(1, 3)->text().startsWith(QStringLiteral("Refused by the server.")));
    QCOMPARE(report->retryButton()->text(), QStringLiteral("&Retry the 1 that were not revoked…"));
    QCOMPARE(deletes(refused), 1);
    QCOMPARE(deletes(lost), 1);

    // Retry asks again, for the refused account only, with the reason given before.
    QPointer<BulkReportDialog> oldReport = report;
    report->retryButton()->click();
    BulkRevokeController* bulk = m_window->bulkRevoke();
    QTRY_VERIFY(bulk->confirmDialog() && bulk->confirmDialog()->isVisible());
    BulkConfirmDialog* again = bulk->confirmDialog();
    QCOMPARE(again->table()->rowCount(), 1);
    QCOMPARE(again->table()->item(0, 0)->text(), m_window->endUserModel()->userAt(first + 1).email);
    QCOMPARE(again->reason(), Reason);
    QCOMPARE(deletes(refused), 1); // nothing sent before the confirmation
    again->acceptButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(oldReport.isNull() && bulk->reportDialog() && !bulk->isRunning(), 30000);
    QVERIFY(bulk->reportDialog()->summary().startsWith(QStringLiteral("1 end-user")));
    QVERIFY(bulk->reportDialog()->summary().contains(QStringLiteral(": 1 revoked, 0 not revoked, 0 unknown.")));
    QCOMPARE(deletes(refused), 2); // one per confirmation
    QCOMPARE(deletes(lost), 1); // the unknown one never again
    QCOMPARE(deletes(), 6);
}

void TestBulkRevoke::closingTheWindowAsksFirst()
{
    const int first = m_nextRow;
    m_nextRow += 3;
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(QStringLiteral("*"))},
                                {QStringLiteral("kind"), QStringLiteral("hang")},
                                {QStringLiteral("count"), -1}})
            >= 0);
    QVERIFY(selectRows(first, 3));
    QCOMPARE(confirm().size(), 3);
    QTRY_VERIFY(m_window->bulkRevoke()->isRunning());
    QTRY_COMPARE(m_window->bulkRevoke()->revocation()->count(BulkRevocation::Status::Sending), 2); // hanging

    MessageBox::clearShownRequests();
    MessageBox::answerNextWith(MessageBox::Answer::Cancel);
    m_window->close();
    QTRY_COMPARE(MessageBox::shownRequests().size(), 1);
    QCOMPARE(MessageBox::shownRequests().first().title, QStringLiteral("Revocation under way"));
    QCOMPARE(MessageBox::shownRequests().first().text,
             QStringLiteral("Sessions are being revoked: 2 of 3 requests sent. Close the window anyway?"));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->bulkRevoke()->isRunning());

    MessageBox::answerNextWith(MessageBox::Answer::Accept);
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->bulkRevoke()->revocation()->count(BulkRevocation::Status::NotSent), 1);
    m_window.reset(); // what was under way is on record as unknown
    QTRY_COMPARE(deletes(), 2); // the server records a hanging request once the client lets go
    const QList<AuditAction> actions = AuditAction::fromEntries(m_journal->entries());
    QCOMPARE(actions.size(), 2);
    for (const AuditAction& action : actions)
        QCOMPARE(action.state(), AuditAction::State::Unknown);
    QCOMPARE(m_journal->verify().status, AuditJournalCheck::Status::Intact);
}

void TestBulkRevoke::singleRevocationCarriesTheReason()
{
    const int row = m_nextRow++;
    QVERIFY(selectRows(row, 1));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->actions()->revokeSessions->isEnabled(), 15000);
    MessageBox::clearShownRequests();
    ReasonConfirmDialog::answerNextReasonWith(QStringLiteral("INC-9"));
    MessageBox::answerNextWith(MessageBox::Answer::Accept);
    m_window->actions()->revokeSessions->trigger();
    QTRY_COMPARE(deletes(), 1);
    QTRY_COMPARE(m_journal->entries().size(), 2);
    const QString text = MessageBox::shownRequests().first().informativeText;
    QVERIFY(text.contains(QStringLiteral("sign-ins to other organizations stay")));
    for (const AuditEntry& entry : m_journal->entries()) {
        QCOMPARE(entry.reason, QStringLiteral("INC-9"));
        QVERIFY(entry.batchId.isNull());
    }

    // The real dialog: the reason field, required by default.
    MessageBox::Request request;
    request.title = QStringLiteral("t");
    request.text = QStringLiteral("x");
    request.acceptText = QStringLiteral("Revoke sessions");
    ReasonConfirmDialog dialog(request, true);
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("confirmAcceptButton"));
    QVERIFY(accept && !accept->isEnabled());
    QTest::keyClicks(dialog.reasonField()->edit(), QStringLiteral("INC-10"));
    QVERIFY(accept->isEnabled());
    ReasonConfirmDialog optional(request, false);
    QVERIFY(optional.findChild<QPushButton*>(QStringLiteral("confirmAcceptButton"))->isEnabled());
}

QTEST_MAIN(TestBulkRevoke)
#include "tst_bulkrevoke.moc"
