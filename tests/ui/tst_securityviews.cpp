// SPDX-License-Identifier: MIT
// Risky sign-ins and the server audit tab from the window against a real sso-dev-server: the seeded events above a
// chosen score, paging with a 0-based page, opening an event's account, handing the selection to a bulk
// revocation; the audit tab's seeded entries, filters and the account view merging both sources; and the reasons
// shown where the server has neither or the member may not read them.
#include "Actions.h"
#include "AuditLogDialog.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "audit/AuditTrailModel.h"
#include "audit/ServerAuditLogPage.h"
#include "risk/RiskEventTableModel.h"
#include "risk/RiskEventsDialog.h"
#include "risk/SecurityViews.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString Member = QStringLiteral("member@acme.test");
const QString RiskPath = QStringLiteral("/api/organizations/acme-corp/risk-events");
const QString AuditPath = QStringLiteral("/api/organizations/acme-corp/audit-log");

} // namespace

class TestSecurityViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void riskySignInsAboveAScore();
    void riskySignInsPageFromZero();
    void openingAnEventShowsTheAccount();
    void selectedEventsGoToBulkRevocation();
    void riskySignInsRefusedForAMember();
    void serverLogOpenedWhileChecking();
    void auditTabShowsTheServerLog();
    void auditAccountFilterMergesBothSources();
    void seedServerOffersNeither();

private:
    std::unique_ptr<MainWindow> makeWindow(DevServer& server, const QString& member);
    RiskEventsDialog* openRiskEvents(MainWindow& window);
    ServerAuditLogPage* openServerLog(MainWindow& window);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<DevServer> m_seed;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestSecurityViews::initTestCase()
{
    prepareUiTest("tst_securityviews");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--shape"),
                                                        QStringLiteral("2026"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("100")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_seed = std::make_unique<DevServer>(
        QStringList {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("100")});
    QVERIFY2(m_seed->start(), qPrintable(m_seed->errorString()));
}

void TestSecurityViews::init()
{
    m_server->clearRequests();
    m_server->clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestSecurityViews::cleanup()
{
    m_client.reset();
}

std::unique_ptr<MainWindow> TestSecurityViews::makeWindow(DevServer& server, const QString& member)
{
    m_client = clientFor(server, member);
    auto window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
    window->setSignedInMember(member);
    window->show();
    window->start(Acme);
    return window;
}

RiskEventsDialog* TestSecurityViews::openRiskEvents(MainWindow& window)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionShowRiskEvents"));
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 15000))
        return nullptr;
    action->trigger();
    RiskEventsDialog* dialog = window.security()->riskEventsDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->hasLoaded() && !dialog->isLoading(); }, 15000))
        return nullptr;
    return dialog;
}

ServerAuditLogPage* TestSecurityViews::openServerLog(MainWindow& window)
{
    window.findChild<QAction*>(QStringLiteral("actionShowAuditJournal"))->trigger();
    auto* dialog = window.findChild<AuditLogDialog*>();
    return dialog ? dialog->serverLog() : nullptr;
}

void TestSecurityViews::riskySignInsAboveAScore()
{
    auto window = makeWindow(*m_server, Admin);
    RiskEventsDialog* dialog = openRiskEvents(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->accessibleName(), QStringLiteral("Risky sign-ins"));
    QCOMPARE(dialog->minimumScoreBox()->accessibleName(), QStringLiteral("Minimum risk score"));
    // The 21 seeded events of acme-corp, all on the first page.
    QCOMPARE(dialog->model()->rowCount(), 21);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("riskPageLabel"))->text(), QStringLiteral("Page 1, no more"));
    QStringList actions;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        actions << dialog->model()->index(row, RiskEventTableModel::ActionColumn).data().toString();
    QVERIFY(actions.contains(QStringLiteral("allowed")));
    QVERIFY(actions.contains(QStringLiteral("asked for MFA")));
    QVERIFY(actions.contains(QStringLiteral("blocked")));

    dialog->table()->selectRow(0);
    saveScreenshot(dialog, QStringLiteral("risky-sign-ins"));
    dialog->setMinimumScore(85);
    QTRY_VERIFY(!dialog->isLoading());
    const int rows = dialog->model()->rowCount();
    QVERIFY(rows > 0 && rows < 21);
    for (int row = 0; row < rows; ++row) {
        QVERIFY(dialog->model()->eventAt(row).riskScore >= 85);
        QVERIFY(dialog->model()
                    ->index(row, RiskEventTableModel::ScoreColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("(high)")));
        QCOMPARE(dialog->model()->index(row, RiskEventTableModel::ActionColumn).data().toString(),
                 QStringLiteral("blocked"));
    }
    const QJsonArray requests = m_server->requests(RiskPath, QStringLiteral("GET"));
    const QJsonObject last = requests.last().toObject().value(QStringLiteral("query_items")).toObject();
    QCOMPARE(last.value(QStringLiteral("min_score")).toString(), QStringLiteral("85"));
    QCOMPARE(last.value(QStringLiteral("page")).toString(), QStringLiteral("0"));
}

void TestSecurityViews::riskySignInsPageFromZero()
{
    auto window = makeWindow(*m_server, Admin);
    RiskEventsDialog* dialog = openRiskEvents(*window);
    QVERIFY(dialog);
    dialog->setPageSize(10);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->model()->rowCount(), 10);
    auto* pageLabel = dialog->findChild<QLabel*>(QStringLiteral("riskPageLabel"));
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 1, more may follow"));
    auto* older = dialog->findChild<QPushButton*>(QStringLiteral("riskNextPage"));
    auto* newer = dialog->findChild<QPushButton*>(QStringLiteral("riskPreviousPage"));
    QVERIFY(!newer->isEnabled());
    const QString firstId = dialog->model()->eventAt(0).id;
    m_server->clearRequests();
    QTest::mouseClick(older, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->page(), qint64(1));
    QCOMPARE(dialog->model()->rowCount(), 10);
    QVERIFY(dialog->model()->eventAt(0).id != firstId);
    QTest::mouseClick(older, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->page(), qint64(2));
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 3, no more"));
    QVERIFY(!older->isEnabled());
    QStringList pages;
    for (const QJsonValue& request : m_server->requests(RiskPath, QStringLiteral("GET")))
        pages << request.toObject()
                     .value(QStringLiteral("query_items"))
                     .toObject()
                     .value(QStringLiteral("page"))
                     .toString();
    QCOMPARE(pages, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QTest::mouseClick(newer, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->page(), qint64(1));
}

void TestSecurityViews::openingAnEventShowsTheAccount()
{
    auto window = makeWindow(*m_server, Admin);
    RiskEventsDialog* dialog = openRiskEvents(*window);
    QVERIFY(dialog);
    int row = -1;
    for (int i = 0; i < dialog->model()->rowCount() && row < 0; ++i) {
        if (dialog->model()->eventAt(i).userEmail == QStringLiteral("john@customer.com"))
            row = i;
    }
    QVERIFY(row >= 0);
    const QString id = dialog->model()->eventAt(row).userId;
    dialog->table()->setCurrentIndex(dialog->model()->index(row, 0));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QTRY_COMPARE(window->selectedUserId(), id);
    QTRY_VERIFY(window->detailPane()->loadedDetail().has_value());
    QCOMPARE(window->detailPane()->loadedDetail()->email, QStringLiteral("john@customer.com"));
    // From there the usual revoke.
    QTRY_VERIFY(window->findChild<QAction*>(QStringLiteral("actionRevokeSessions"))->isEnabled());
}

void TestSecurityViews::selectedEventsGoToBulkRevocation()
{
    auto window = makeWindow(*m_server, Admin);
    QSignalSpy spy(window->security(), &SecurityViews::revocationRequested);
    RiskEventsDialog* dialog = openRiskEvents(*window);
    QVERIFY(dialog);
    auto* revoke = dialog->findChild<QPushButton*>(QStringLiteral("riskRevokeSelected"));
    dialog->table()->selectRow(0);
    QTRY_VERIFY(revoke->isVisible() && revoke->isEnabled());
    dialog->table()->selectionModel()->select(dialog->model()->index(1, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = dialog->selectedUserIds();
    QVERIFY(!ids.isEmpty());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(spy.size(), qsizetype(1));
    QCOMPARE(spy.at(0).at(0).toString(), Acme);
    QCOMPARE(spy.at(0).at(1).toStringList(), ids);
    QCOMPARE(spy.at(0).at(2).toStringList().size(), ids.size());
}

void TestSecurityViews::riskySignInsRefusedForAMember()
{
    auto window = makeWindow(*m_server, Member);
    QAction* action = window->findChild<QAction*>(QStringLiteral("actionShowRiskEvents"));
    QTRY_VERIFY(action->toolTip().contains(QLatin1String("does not allow reading risk events")));
    QVERIFY(!action->isEnabled());
    QVERIFY(action->statusTip().contains(QLatin1String("Acme Corp")));
    ServerAuditLogPage* page = openServerLog(*window);
    QVERIFY(page);
    // Its availability is asked of the server (one item); wait for the answer, not for the clock.
    QTRY_VERIFY(!page->isAvailable());
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("serverAuditUnavailable"))
                    ->text()
                    .contains(QLatin1String("does not allow reading the audit log")));
}

void TestSecurityViews::serverLogOpenedWhileChecking()
{
    // The availability checks answer late: the log is opened while they are under way, tries itself, and says why
    // once the server has refused.
    for (const char* feature : {"risk-events", "audit-log"})
        QVERIFY(m_server->addFault({{QStringLiteral("path"),
                                     QStringLiteral("/api/organizations/%1/%2").arg(Acme, QLatin1String(feature))},
                                    {QStringLiteral("kind"), QStringLiteral("latency")},
                                    {QStringLiteral("ms"), 1500}})
                >= 0);
    auto window = makeWindow(*m_server, Member);
    QAction* action = window->findChild<QAction*>(QStringLiteral("actionShowRiskEvents"));
    QTRY_VERIFY(action->toolTip().startsWith(QLatin1String("Checking whether")));
    ServerAuditLogPage* page = openServerLog(*window);
    QVERIFY(page);
    QVERIFY(page->isAvailable());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isAvailable(), 15000);
    auto* reason = page->findChild<QLabel*>(QStringLiteral("serverAuditUnavailable"));
    QVERIFY(reason->isVisibleTo(page));
    QVERIFY2(reason->text().contains(QLatin1String("does not allow reading the audit log")),
             qPrintable(reason->text()));
    QVERIFY(!page->findChild<QTableView*>(QStringLiteral("serverAuditTable"))->isVisibleTo(page));
}

void TestSecurityViews::auditTabShowsTheServerLog()
{
    auto window = makeWindow(*m_server, Admin);
    QAction* risk = window->findChild<QAction*>(QStringLiteral("actionShowRiskEvents"));
    QTRY_VERIFY(risk->isEnabled()); // the availability checks have answered
    ServerAuditLogPage* page = openServerLog(*window);
    QVERIFY(page);
    QVERIFY(page->isAvailable());
    QTRY_VERIFY(page->hasLoaded() && !page->isLoading());
    QCOMPARE(page->model()->rowCount(), 48);
    // "48 entries" once the English plurals are filled in.
    QVERIFY2(page->statusText().startsWith(QLatin1String("48 entr")), qPrintable(page->statusText()));
    QCOMPARE(page->model()->rowAt(0).time, QDateTime(QDate(2025, 11, 30), QTime(18, 0), Qt::UTC));
    QCOMPARE(page->model()->index(0, AuditTrailModel::SourceColumn).data().toString(), QStringLiteral("server"));
    auto* tabs = window->findChild<AuditLogDialog*>()->tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Server audit log"));

    page->setActionFilter(QStringLiteral("auth.login_failed"));
    QTRY_VERIFY(!page->isLoading());
    QVERIFY(page->model()->rowCount() > 0 && page->model()->rowCount() < 48);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(page->model()->rowAt(row).action, QStringLiteral("auth.login_failed"));
        QCOMPARE(page->model()->rowAt(row).result, QStringLiteral("Failed"));
    }
    const QJsonArray requests = m_server->requests(AuditPath, QStringLiteral("GET"));
    QCOMPARE(requests.last()
                 .toObject()
                 .value(QStringLiteral("query_items"))
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("auth.login_failed"));
}

void TestSecurityViews::auditAccountFilterMergesBothSources()
{
    // An account the server's log names, and an entry of this computer's journal about it.
    const DevServer::Reply reply =
        m_server->send("GET", AuditPath + QStringLiteral("?action=member.role_changed"), m_server->tokenFor(Admin));
    const QJsonArray logs = reply.json().value(QStringLiteral("logs")).toArray();
    QVERIFY(!logs.isEmpty());
    const QString target = logs.first().toObject().value(QStringLiteral("target_id")).toString();
    QVERIFY(!target.isEmpty());

    auto window = makeWindow(*m_server, Admin);
    AuditEntry subject;
    subject.server = m_client->origin();
    subject.organization = Acme;
    subject.actor = Admin;
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = target;
    subject.targetEmail = QStringLiteral("someone@acme.test");
    const auto attempt = m_journal->appendAttempt(subject);
    QVERIFY(attempt);
    QVERIFY(m_journal->appendOutcome(*attempt, AuditOutcome::revoked(1)));

    QTRY_VERIFY(window->findChild<QAction*>(QStringLiteral("actionShowRiskEvents"))->isEnabled());
    ServerAuditLogPage* page = openServerLog(*window);
    QVERIFY(page && page->isAvailable());
    QTRY_VERIFY(page->hasLoaded() && !page->isLoading());
    page->setAccountFilter(QStringLiteral("someone@acme.test")); // an email: its id comes from the journal
    QTRY_VERIFY(!page->isLoading());
    QStringList sources;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        sources << page->model()->index(row, AuditTrailModel::SourceColumn).data().toString();
    QVERIFY2(sources.contains(QStringLiteral("server")), qPrintable(sources.join(u',')));
    QVERIFY(sources.contains(QStringLiteral("this computer")));
    auto* viewer = window->findChild<AuditLogDialog*>();
    viewer->tabs()->setCurrentWidget(page);
    saveScreenshot(viewer, QStringLiteral("audit-trail"));
    // Newest first: the journal entry was written just now.
    QCOMPARE(sources.first(), QStringLiteral("this computer"));
    for (int row = 1; row < page->model()->rowCount(); ++row)
        QVERIFY(page->model()->rowAt(row - 1).time >= page->model()->rowAt(row).time);
    const QJsonArray requests = m_server->requests(AuditPath, QStringLiteral("GET"));
    QCOMPARE(requests.last()
                 .toObject()
                 .value(QStringLiteral("query_items"))
                 .toObject()
                 .value(QStringLiteral("target_id"))
                 .toString(),
             target);
}

void TestSecurityViews::seedServerOffersNeither()
{
    auto window = makeWindow(*m_seed, Admin);
    QAction* action = window->findChild<QAction*>(QStringLiteral("actionShowRiskEvents"));
    QTRY_VERIFY(action->toolTip().contains(QLatin1String("does not offer risky sign-ins")));
    QVERIFY(!action->isEnabled());
    ServerAuditLogPage* page = openServerLog(*window);
    QVERIFY(page);
    // Its availability is asked of the server (one item); wait for the answer, not for the clock.
    QTRY_VERIFY(!page->isAvailable());
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("serverAuditUnavailable"))
                    ->text()
                    .contains(QLatin1String("does not offer an audit log")));
}

QTEST_MAIN(TestSecurityViews)
#include "tst_securityviews.moc"
