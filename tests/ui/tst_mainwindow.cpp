// SPDX-License-Identifier: MIT
// The window as a whole against a real sso-dev-server: the panes wired together, actions and shortcuts, the
// member label, revocation from the window, and resuming after a new sign-in.
#include "Actions.h"
#include "DetailPane.h"
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "OrganizationBar.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");
const QString DeletePath = QStringLiteral("/api/organizations/acme-corp/users/*/sessions");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void accessibleNamesOrganizationsAndServices();
    void shortcutsAndMnemonics();
    void copyTakesTheSelectionFirst();
    void revokeFromTheWindow();
    void revokeDisabledForMemberSaysWhyInline();
    void revokeStaysInViewWithABanner();
    void inactiveOrganizationExplained();
    void refusedListOfActiveOrganizationExplained();
    void detailNotFoundReloadsList();
    void signedOutIsShownAndWorkResumesAfterSignIn();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& member, AuthSession* session = nullptr);
    bool selectEmail(MainWindow& window, const QString& email);
    void search(MainWindow& window, const QString& text);
    QAction* action(MainWindow& window, const char* name);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestMainWindow::initTestCase()
{
    prepareUiTest("tst_mainwindow");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestMainWindow::init()
{
    MessageBox::setTestMode(true);
    m_server->clearFaults();
    m_server->clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestMainWindow::cleanup()
{
    m_client.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString& member, AuthSession* session)
{
    if (!session)
        m_client = clientFor(*m_server, member);
    auto window = std::make_unique<MainWindow>(m_client.get(), session, m_journal.get());
    window->setSignedInMember(member);
    window->show();
    window->start(Acme);
    return window;
}

void TestMainWindow::search(MainWindow& window, const QString& text)
{
    QLineEdit* field = window.listPane()->searchField();
    field->setText(text);
    QTest::keyClick(field, Qt::Key_Return);
}

bool TestMainWindow::selectEmail(MainWindow& window, const QString& email)
{
    EndUserTableModel* model = window.endUserModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->userAt(row).email != email)
            continue;
        window.listPane()->table()->selectRow(row);
        const QString id = model->userAt(row).id;
        return QTest::qWaitFor(
            [&window, id] { return window.selectedUserId() == id && window.detailPane()->loadedDetail(); }, 10000);
    }
    return false;
}

QAction* TestMainWindow::action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

void TestMainWindow::accessibleNamesOrganizationsAndServices()
{
    auto window = makeWindow(Admin);
    QVERIFY(waitForList(window->endUserModel()));
    QStringList names;
    for (const QWidget* widget : window->findChildren<QWidget*>())
        names << widget->accessibleName();
    for (const char* expected : {"Search end-users",
                                 "Service filter",
                                 "Organization",
                                 "End-users",
                                 "Previous page",
                                 "Next page",
                                 "Refresh",
                                 "Revoke all sessions",
                                 "User details"}) {
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    }
    auto* organizations = window->findChild<QComboBox*>(QStringLiteral("organizationBox"));
    QVERIFY(QTest::qWaitFor([organizations] { return organizations->currentText() == u"Acme Corp — Admin"; }, 10000));
    QCOMPARE(organizations->count(), 4);
    QCOMPARE(window->windowTitle(), QStringLiteral("Acme Corp — SSO User Admin"));
    auto* services = window->findChild<QComboBox*>(QStringLiteral("serviceFilterBox"));
    QVERIFY(QTest::qWaitFor([services] { return services->count() == 6; }, 10000));
    QCOMPARE(services->itemText(0), QStringLiteral("All services"));
    QCOMPARE(services->itemText(1), QStringLiteral("Billing Portal"));

    // Filtering by a service goes back to page 1 and sends the service's id.
    action(*window, "actionNextPage")->trigger();
    QVERIFY(waitForList(window->endUserModel()));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    m_server->clearRequests();
    services->setCurrentIndex(3); // Main Application
    QVERIFY(waitForList(window->endUserModel()));
    QCOMPARE(window->endUserModel()->pageInfo().page, 1);
    const QJsonObject query =
        m_server->requests(ListPath).last().toObject().value(QStringLiteral("query_items")).toObject();
    QVERIFY(!query.value(QStringLiteral("service_id")).toString().isEmpty());
    QCOMPARE(query.value(QStringLiteral("page")).toString(), QStringLiteral("1"));
}

void TestMainWindow::shortcutsAndMnemonics()
{
    auto window = makeWindow(Admin);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(waitForList(window->endUserModel()));
    const QList<std::pair<const char*, QKeySequence>> expected {
        {"actionRevokeSessions", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {"actionCopyId", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        {"actionShowAuditJournal", QKeySequence(Qt::CTRL | Qt::Key_J)},
        {"actionFirstPage", QKeySequence(Qt::ALT | Qt::Key_Home)},
        {"actionLastPage", QKeySequence(Qt::ALT | Qt::Key_End)},
        {"actionCopy", QKeySequence(QKeySequence::Copy)},
    };
    for (const auto& [name, sequence] : expected)
        QVERIFY2(action(*window, name)->shortcuts().contains(sequence), name);

    // Alt+End and Alt+Home page from the keyboard.
    QTableView* table = window->listPane()->table();
    table->setFocus();
    const qint64 pages = *window->endUserModel()->pageCount();
    QTest::keyClick(table, Qt::Key_End, Qt::AltModifier);
    QVERIFY(waitForList(window->endUserModel()));
    QCOMPARE(window->endUserModel()->pageInfo().page, pages);
    QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
    QVERIFY(waitForList(window->endUserModel()));
    QCOMPARE(window->endUserModel()->pageInfo().page, 1);

    // Every item of the table's context menu, and of every menu, has a mnemonic, in English and in German.
    auto mnemonicsOf = [&window] {
        QStringList missing;
        const QList<QAction*> items {window->actions()->copyEmail,
                                     window->actions()->copyId,
                                     window->actions()->revokeSessions,
                                     window->actions()->refresh};
        for (const QAction* item : items) {
            if (!item->text().contains(QRegularExpression(QStringLiteral("&[^&]"))))
                missing << item->text();
        }
        for (const QAction* menu : window->menuBar()->actions()) {
            if (!menu->text().contains(QLatin1Char('&')))
                missing << menu->text();
        }
        return missing;
    };
    QCOMPARE(mnemonicsOf(), QStringList());
    Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    auto germanWindow = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
    QStringList missing;
    for (const QAction* item : {germanWindow->actions()->copyEmail,
                                germanWindow->actions()->copyId,
                                germanWindow->actions()->revokeSessions,
                                germanWindow->actions()->refresh}) {
        QVERIFY2(item->text() != QStringLiteral("Copy &email"), "German catalogue not loaded");
        if (!item->text().contains(QLatin1Char('&')))
            missing << item->text();
    }
    QCOMPARE(missing, QStringList());
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::copyTakesTheSelectionFirst()
{
    auto window = makeWindow(Admin);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(waitForList(window->endUserModel()));
    const QString email = QStringLiteral("john@customer.com");
    search(*window, email);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(QTest::qWaitFor([&window] { return window->detailPane()->loadedDetail().has_value(); }, 10000));

    // Nothing selected in the pane: Ctrl+C copies the chosen end-user's email.
    QTableView* table = window->listPane()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), email);

    // Part of a value selected from the keyboard: Ctrl+C copies that part.
    auto* id = window->detailPane()->findChild<QLabel*>(QStringLiteral("detailId"));
    id->setFocus(Qt::TabFocusReason);
    QVERIFY(id->hasFocus());
    QTest::keyClick(id, Qt::Key_Home);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(id, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(id->selectedText(), id->text().left(8));
    QTest::keyClick(id, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), id->text().left(8));

    // The value's own context menu has Copy.
    auto* created = window->detailPane()->findChild<QLabel*>(QStringLiteral("detailCreated"));
    emit created->customContextMenuRequested(QPoint(2, 2));
    QMenu* menu = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&menu, created] {
            menu = created->findChild<QMenu*>();
            return menu != nullptr;
        },
        3000));
    QAction* copy = menu->findChild<QAction*>(QStringLiteral("copyValue"));
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), created->text());
    menu->close();

    // A row of a sub-table copies as tab-separated text.
    auto* services = window->detailPane()->findChild<QTableView*>(QStringLiteral("servicesTable"));
    QVERIFY(services->model()->rowCount() >= 1);
    services->setFocus();
    services->selectRow(0);
    QTest::keyClick(services, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.split(QLatin1Char('\t')).size(), services->model()->columnCount());
    QCOMPARE(copied.split(QLatin1Char('\t')).first(), services->model()->index(0, 0).data().toString());
}

void TestMainWindow::revokeFromTheWindow()
{
    auto window = makeWindow(Admin);
    QVERIFY(waitForList(window->endUserModel()));
    const QString email = QStringLiteral("forty.sessions@example.com");
    search(*window, email);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(selectEmail(*window, email));
    QCOMPARE(window->detailPane()->fieldText(QStringLiteral("detailActiveSessions")), QStringLiteral("40"));
    QAction* revoke = action(*window, "actionRevokeSessions");
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 10000));

    MessageBox::clearShownRequests();
    MessageBox::answerNextWith(MessageBox::Answer::Accept);
    revoke->trigger();
    QVERIFY(!revoke->isEnabled()); // no double submission while it runs
    revoke->trigger();
    InlineBanner* banner = window->detailPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->text() == u"40 sessions revoked"; }, 10000));
    QCOMPARE(m_server->requests(DeletePath, QStringLiteral("DELETE")).size(), 1);
    QCOMPARE(MessageBox::shownRequests().size(), 1);

    // The detail reloads and shows no sessions; the journal has the attempt and the outcome.
    QVERIFY(QTest::qWaitFor(
        [&window] { return window->detailPane()->fieldText(QStringLiteral("detailActiveSessions")) == u"0"; }, 10000));
    const QList<AuditEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().kind, AuditEntry::Kind::Attempt);
    QCOMPARE(entries.last().kind, AuditEntry::Kind::Outcome);
    QCOMPARE(entries.last().attemptId, entries.first().attemptId);
    QCOMPARE(entries.last().outcome, std::optional(AuditOutcome::revoked(40)));
    QCOMPARE(entries.last().targetEmail, email);
    QCOMPARE(entries.last().actor, Admin);
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 5000));

    // Cancel sends nothing, and the action comes back.
    MessageBox::answerNextWith(MessageBox::Answer::Cancel);
    revoke->trigger();
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 5000));
    QCOMPARE(MessageBox::shownRequests().size(), 2);
    QCOMPARE(m_server->requests(DeletePath, QStringLiteral("DELETE")).size(), 1);
}

void TestMainWindow::revokeDisabledForMemberSaysWhyInline()
{
    auto window = makeWindow(QStringLiteral("member@acme.test"));
    QVERIFY(waitForList(window->endUserModel()));
    QAction* revoke = action(*window, "actionRevokeSessions");
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), QStringLiteral("Select an end-user first."));
    QVERIFY(selectEmail(*window, window->endUserModel()->userAt(0).email));
    const QString expected =
        QStringLiteral("Only owners and admins can revoke sessions; your role in “Acme Corp” is Member.");
    QVERIFY(QTest::qWaitFor([revoke, &expected] { return revoke->toolTip() == expected; }, 10000));
    QVERIFY(!revoke->isEnabled());
    auto* button = window->detailPane()->findChild<QWidget*>(QStringLiteral("revokeButton"));
    QVERIFY(!button->isEnabled());
    // Said next to the button, where a keyboard user sees it, not only in a tooltip.
    auto* reason = window->detailPane()->findChild<QLabel*>(QStringLiteral("revokeReason"));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), expected);
}

void TestMainWindow::revokeStaysInViewWithABanner()
{
    auto window = makeWindow(Admin);
    window->resize(1360, 800);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(selectEmail(*window, window->endUserModel()->userAt(0).email));
    DetailPane* pane = window->detailPane();
    pane->banner()->showMessage(InlineBanner::Kind::Error,
                                QStringLiteral("A long failure message. ").repeated(12),
                                QStringLiteral("The server said: “something” (HTTP status 500)"),
                                QStringLiteral("Retry"),
                                [] {});
    auto* button = pane->findChild<QWidget*>(QStringLiteral("revokeButton"));
    QVERIFY(QTest::qWaitFor([button] { return button->isVisible(); }, 3000));
    QApplication::processEvents();
    // Wholly inside the pane's visible area: not scrolled away below the facts.
    const QRect inPane(button->mapTo(pane, QPoint(0, 0)), button->size());
    QVERIFY2(pane->rect().contains(inPane),
             qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                            .arg(inPane.x())
                            .arg(inPane.y())
                            .arg(inPane.width())
                            .arg(inPane.height())
                            .arg(pane->width())
                            .arg(pane->height())));
    QVERIFY(!button->visibleRegion().isEmpty());
}

void TestMainWindow::inactiveOrganizationExplained()
{
    auto window = makeWindow(Admin);
    QVERIFY(waitForList(window->endUserModel()));
    auto* organizations = window->findChild<QComboBox*>(QStringLiteral("organizationBox"));
    int initech = -1;
    for (int row = 0; row < organizations->count(); ++row) {
        if (organizations->itemText(row).startsWith(u"Initech"))
            initech = row;
    }
    QVERIFY(initech >= 0);
    m_server->clearRequests();
    organizations->setCurrentIndex(initech);
    QCOMPARE(window->currentOrganization(), QStringLiteral("initech"));
    InlineBanner* banner = window->listPane()->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("“Initech” is suspended: its end-users can be managed only while the organization is "
                            "active."));
    QCOMPARE(window->endUserModel()->rowCount(), 0);
    QVERIFY(m_server->requests(QStringLiteral("/api/organizations/initech/users")).isEmpty());
    QCOMPARE(action(*window, "actionRevokeSessions")->toolTip(), QStringLiteral("Select an end-user first."));
    // "Check again" asks for the organizations again.
    m_server->clearRequests();
    banner->actionButton()->click();
    QVERIFY(
        QTest::qWaitFor([this] { return !m_server->requests(QStringLiteral("/api/organizations")).isEmpty(); }, 5000));
}

void TestMainWindow::refusedListOfActiveOrganizationExplained()
{
    auto window = makeWindow(Admin);
    QVERIFY(waitForList(window->endUserModel()));
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 403},
                        {QStringLiteral("body"),
                         QJsonObject {{QStringLiteral("error"), QStringLiteral("Insufficient role")},
                                      {QStringLiteral("error_code"), QStringLiteral("FORBIDDEN")}}}});
    m_server->clearRequests();
    action(*window, "actionRefresh")->trigger();
    InlineBanner* banner = window->listPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->isVisible() && banner->text().startsWith(u"Access"); }, 10000));
    QCOMPARE(banner->text(),
             QStringLiteral("Access to the end-users of “Acme Corp” was refused.\nThe server said: “Insufficient "
                            "role” (HTTP status 403)"));
    // The organization was asked (not status-gated) to tell the three kinds of 403 apart, and the role again.
    QVERIFY(!m_server->requests(QStringLiteral("/api/organizations/acme-corp")).isEmpty());
    QVERIFY(!window->endUserModel()->isCurrent());
    // Retry loads the list again; the fault is spent, so it works.
    banner->actionButton()->click();
    QVERIFY(QTest::qWaitFor([&window] { return window->endUserModel()->isCurrent(); }, 10000));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::detailNotFoundReloadsList()
{
    auto window = makeWindow(Admin);
    QVERIFY(waitForList(window->endUserModel()));
    const EndUserSummary user = window->endUserModel()->userAt(3);
    m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/") + user.id},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 404},
                        {QStringLiteral("count"), 1}});
    m_server->clearRequests();
    window->listPane()->table()->selectRow(3);
    InlineBanner* banner = window->detailPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->text().startsWith(u"This user no longer exists"); }, 10000));
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests(ListPath, QStringLiteral("GET")).size() == 1; }, 5000));
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(banner->text().startsWith(u"This user no longer exists"));
}

void TestMainWindow::signedOutIsShownAndWorkResumesAfterSignIn()
{
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    MemoryTokenStore store;
    AuthSession session(m_client.get(), &store);
    const QString first = m_server->tokensFor(Admin, 3600, false).value(QStringLiteral("access_token")).toString();
    QVERIFY(session.signIn({first, QString(), std::nullopt}, AuthSession::Persistence::SessionOnly));
    auto window = makeWindow(Admin, &session);
    auto* member = window->findChild<QLabel*>(QStringLiteral("memberLabel"));
    QCOMPARE(member->text(), QStringLiteral("Signed in as admin@acme.test"));
    QVERIFY(waitForList(window->endUserModel()));
    search(*window, QStringLiteral("example.com"));
    QVERIFY(waitForList(window->endUserModel()));
    action(*window, "actionNextPage")->trigger();
    QVERIFY(waitForList(window->endUserModel()));
    const QString email = window->endUserModel()->userAt(4).email;
    QVERIFY(selectEmail(*window, email));
    const QString selected = window->selectedUserId();

    // The server session ends: the list and the detail are refused, the session asks once for a sign-in.
    QCOMPARE(m_server->send("POST", QStringLiteral("/api/auth/logout"), first).status, 204);
    QSignalSpy needed(&session, &AuthSession::signInNeeded);
    action(*window, "actionRefresh")->trigger();
    QVERIFY(needed.wait(10000));
    QVERIFY(QTest::qWaitFor([&window] { return !window->endUserModel()->isLoading(); }, 10000));
    QCOMPARE(needed.size(), 1);
    QCOMPARE(member->text(), QStringLiteral("Signed out: sign in to continue"));
    QVERIFY(!window->endUserModel()->isCurrent());
    QCOMPARE(window->endUserModel()->rowCount(), 50); // the rows stay, marked not current

    // Signing in again resumes where it was: organization, search, page and selection.
    const QString second = m_server->tokensFor(Admin, 3600, false).value(QStringLiteral("access_token")).toString();
    QVERIFY(session.signIn({second, QString(), std::nullopt}, AuthSession::Persistence::SessionOnly));
    QVERIFY(QTest::qWaitFor([&window] { return window->endUserModel()->isCurrent(); }, 10000));
    QCOMPARE(member->text(), QStringLiteral("Signed in as admin@acme.test"));
    QCOMPARE(window->currentOrganization(), Acme);
    QCOMPARE(window->endUserModel()->query().search, QStringLiteral("example.com"));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    QCOMPARE(window->listPane()->searchField()->text(), QStringLiteral("example.com"));
    QCOMPARE(window->selectedUserId(), selected);
    QVERIFY(QTest::qWaitFor([&window] { return !window->detailPane()->isStale(); }, 10000));
    QCOMPARE(window->detailPane()->email(), email);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
