// SPDX-License-Identifier: MIT
#include "Actions.h"
#include "DetailPane.h"
#include "DevServer.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PagerBar.h"
#include "api/ApiClient.h"
#include "i18n/Translations.h"
#include "models/EndUserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void accessibleNamesAndOrganizations();
    void typingSearchSendsFewRequests();
    void staleAnswerArrivingLateIsNotShown();
    void paging();
    void keyboardAndCopy();
    void markupEmailIsShownLiterally();
    void revokeFlow();
    void revokeDisabledForMember();
    void revokeConnectionClosedOutcomeUnknown();
    void detailNotFoundRefreshesList();
    void inactiveOrganizationExplained();
    void unauthorizedLeadsToSignInAndResumes();
    void legacyShapeShowsUnknown();
    void retryIsAnnouncedWithACountdown();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& member, DevServer* server = nullptr);
    bool waitForList(MainWindow& window, int timeoutMs = 15000);
    bool selectEmail(MainWindow& window, const QString& email);
    void search(MainWindow& window, const QString& text);
    QAction* action(MainWindow& window, const char* name);
    QString pagerText(MainWindow& window);
    int listRequests(DevServer& server);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    MessageBox::setTestMode(true);
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestMainWindow::init()
{
    MessageBox::setTestMode(true);
    m_server->clearFaults();
    m_server->clearRequests();
}

void TestMainWindow::cleanup()
{
    m_client.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString& member, DevServer* server)
{
    DevServer* target = server ? server : m_server.get();
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(target->baseUrl());
    m_client->setAccessToken(target->tokenFor(member));
    auto window = std::make_unique<MainWindow>(m_client.get());
    window->setSignedInMember(member);
    window->show();
    window->start(Acme);
    return window;
}

bool TestMainWindow::waitForList(MainWindow& window, int timeoutMs)
{
    EndUserTableModel* model = window.endUserModel();
    return QTest::qWaitFor([model] { return model->hasLoaded() && !model->isLoading(); }, timeoutMs);
}

void TestMainWindow::search(MainWindow& window, const QString& text)
{
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    field->setText(text);
    QTest::keyClick(field, Qt::Key_Return);
}

bool TestMainWindow::selectEmail(MainWindow& window, const QString& email)
{
    EndUserTableModel* model = window.endUserModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->userAt(row).email == email) {
            window.findChild<QTableView*>(QStringLiteral("endUserTable"))->selectRow(row);
            const QString id = model->userAt(row).id;
            return QTest::qWaitFor(
                [&window, id] {
                    return window.selectedUserId() == id
                        && window.detailPane()->fieldText(QStringLiteral("detailActiveSessions")) != u"…"
                        && !window.detailPane()->findChild<QLabel*>(QStringLiteral("detailLoading"))->isVisible();
                },
                10000);
        }
    }
    return false;
}

QAction* TestMainWindow::action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

QString TestMainWindow::pagerText(MainWindow& window)
{
    return window.findChild<QLabel*>(QStringLiteral("pagerStatus"))->text();
}

int TestMainWindow::listRequests(DevServer& server)
{
    return int(server.requests(ListPath, QStringLiteral("GET")).size());
}

void TestMainWindow::accessibleNamesAndOrganizations()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
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
    auto* services = window->findChild<QComboBox*>(QStringLiteral("serviceFilterBox"));
    QVERIFY(QTest::qWaitFor([services] { return services->count() == 6; }, 10000));
    QCOMPARE(services->itemText(0), QStringLiteral("All services"));
    QCOMPARE(services->itemText(1), QStringLiteral("Billing Portal"));

    // Filtering by a service goes back to page 1 and sends the service's id.
    action(*window, "actionNextPage")->trigger();
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    m_server->clearRequests();
    services->setCurrentIndex(3); // Main Application
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->pageInfo().page, 1);
    const QJsonObject query =
        m_server->requests(ListPath).last().toObject().value(QStringLiteral("query_items")).toObject();
    QVERIFY(!query.value(QStringLiteral("service_id")).toString().isEmpty());
    QCOMPARE(query.value(QStringLiteral("page")).toString(), QStringLiteral("1"));
}

void TestMainWindow::typingSearchSendsFewRequests()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    m_server->clearRequests();
    auto* field = window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    field->setFocus();
    // A 12-character email at a normal typing pace.
    QTest::keyClicks(field, QStringLiteral("john@custome"), Qt::NoModifier, 90);
    QVERIFY(QTest::qWaitFor([&window] { return window->endUserModel()->query().search == u"john@custome"; }, 3000));
    QVERIFY(waitForList(*window));
    QVERIFY2(listRequests(*m_server) <= 2, qPrintable(QString::number(listRequests(*m_server))));
    QCOMPARE(window->endUserModel()->rowCount(), 1);
    QCOMPARE(window->endUserModel()->userAt(0).email, QStringLiteral("john@customer.com"));

    // Esc clears the search at once.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->rowCount(), 50);

    // An empty result says what was searched.
    search(*window, QStringLiteral("no-such-person-xyz"));
    QVERIFY(waitForList(*window));
    auto* empty = window->findChild<QLabel*>(QStringLiteral("emptyText"));
    QCOMPARE(empty->text(), QStringLiteral("No end-users match “no-such-person-xyz”"));
    QVERIFY(empty->isVisible());
}

void TestMainWindow::staleAnswerArrivingLateIsNotShown()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("latency")},
                        {QStringLiteral("ms"), 1500}});
    search(*window, QStringLiteral("john"));
    QTest::qWait(150);
    search(*window, QStringLiteral("forty.sessions"));
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->rowCount(), 1);
    QCOMPARE(window->endUserModel()->userAt(0).email, QStringLiteral("forty.sessions@example.com"));
    QTest::qWait(1800);
    QCOMPARE(window->endUserModel()->rowCount(), 1);
    QCOMPARE(window->endUserModel()->userAt(0).email, QStringLiteral("forty.sessions@example.com"));
    QCOMPARE(pagerText(*window), QStringLiteral("Showing 1–1 of 1"));
}

void TestMainWindow::paging()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    const qint64 total = *window->endUserModel()->pageInfo().total;
    const QString totalText = QLocale().toString(total);
    QCOMPARE(pagerText(*window), QStringLiteral("Showing 1–50 of %1").arg(totalText));
    QVERIFY(!action(*window, "actionPreviousPage")->isEnabled());
    action(*window, "actionNextPage")->trigger();
    QVERIFY(waitForList(*window));
    QCOMPARE(pagerText(*window), QStringLiteral("Showing 51–100 of %1").arg(totalText));
    action(*window, "actionLastPage")->trigger();
    QVERIFY(waitForList(*window));
    const qint64 lastFirst = ((total - 1) / 50) * 50 + 1;
    QCOMPARE(pagerText(*window), QStringLiteral("Showing %1–%2 of %2").arg(QLocale().toString(lastFirst), totalText));
    QVERIFY(!action(*window, "actionNextPage")->isEnabled());
    action(*window, "actionPreviousPage")->trigger();
    QVERIFY(waitForList(*window));
    QCOMPARE(pagerText(*window),
             QStringLiteral("Showing %1–%2 of %3")
                 .arg(QLocale().toString(lastFirst - 50), QLocale().toString(lastFirst - 1), totalText));
    action(*window, "actionFirstPage")->trigger();
    QVERIFY(waitForList(*window));
    QCOMPARE(pagerText(*window), QStringLiteral("Showing 1–50 of %1").arg(totalText));

    // Page size 25.
    auto* pageSize = window->findChild<QComboBox*>(QStringLiteral("pageSizeBox"));
    pageSize->setCurrentIndex(pageSize->findData(25));
    QVERIFY(waitForList(*window));
    QCOMPARE(pagerText(*window), QStringLiteral("Showing 1–25 of %1").arg(totalText));
    pageSize->setCurrentIndex(pageSize->findData(50));
    QVERIFY(waitForList(*window));
}

void TestMainWindow::keyboardAndCopy()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(waitForList(*window));
    auto* table = window->findChild<QTableView*>(QStringLiteral("endUserTable"));
    auto* field = window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());

    // Alt+Right / Alt+Left page.
    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->pageInfo().page, 1);

    // Select with the keyboard; Ctrl+C copies the email, the action copies the id.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(QTest::qWaitFor([&window] { return !window->selectedUserId().isEmpty(); }, 5000));
    const QString email = window->detailPane()->email();
    QVERIFY(!email.isEmpty());
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), email);
    action(*window, "actionCopyId")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), window->selectedUserId());

    // F5 reloads the list and keeps the selection.
    m_server->clearRequests();
    const QString selected = window->selectedUserId();
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([this] { return listRequests(*m_server) == 1; }, 5000));
    QVERIFY(waitForList(*window));
    QCOMPARE(window->selectedUserId(), selected);
}

void TestMainWindow::markupEmailIsShownLiterally()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    const QString markup = QStringLiteral("<b>bold</b>@markup.example");
    search(*window, markup);
    QVERIFY(waitForList(*window));
    QVERIFY(selectEmail(*window, markup));
    auto* emailLabel = window->detailPane()->findChild<QLabel*>(QStringLiteral("detailEmail"));
    QCOMPARE(emailLabel->text(), markup);
    QCOMPARE(emailLabel->textFormat(), Qt::PlainText);
    const QModelIndex cell = window->endUserModel()->index(0, EndUserTableModel::EmailColumn);
    QCOMPARE(cell.data().toString(), markup);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    // Every label that shows the email shows it as plain text.
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->text().contains(markup))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    // The confirmation names it as plain text too.
    MessageBox::answerNextWith(MessageBox::Answer::Cancel);
    action(*window, "actionRevokeSessions")->trigger();
    QVERIFY(QTest::qWaitFor([] { return !MessageBox::shownRequests().isEmpty(); }, 3000));
    QVERIFY(MessageBox::shownRequests().last().text.contains(markup));
    QVERIFY(QTest::qWaitFor([&window] { return window->actions()->revokeSessions->isEnabled(); }, 3000));
    QCOMPARE(
        m_server->requests(QStringLiteral("/api/organizations/acme-corp/users/*/sessions"), QStringLiteral("DELETE"))
            .size(),
        0);
}

void TestMainWindow::revokeFlow()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    const QString email = QStringLiteral("forty.sessions@example.com");
    search(*window, email);
    QVERIFY(waitForList(*window));
    QVERIFY(selectEmail(*window, email));
    QCOMPARE(window->detailPane()->fieldText(QStringLiteral("detailActiveSessions")), QStringLiteral("40"));
    QAction* revoke = action(*window, "actionRevokeSessions");
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 10000));
    const qsizetype journalBefore = window->auditJournal().entries().size();

    m_server->clearRequests();
    MessageBox::clearShownRequests();
    MessageBox::answerNextWith(MessageBox::Answer::Accept);
    revoke->trigger();
    QVERIFY(!revoke->isEnabled()); // no double submission while it runs
    revoke->trigger();
    InlineBanner* banner = window->detailPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->text().contains(u"revoked"); }, 10000));
    QCOMPARE(banner->text(), QStringLiteral("40 sessions revoked"));
    const QString deletePath = QStringLiteral("/api/organizations/acme-corp/users/*/sessions");
    QCOMPARE(m_server->requests(deletePath, QStringLiteral("DELETE")).size(), 1);

    // The confirmation named the user and the count, the scope and the offline-token caveat, Cancel by default.
    QCOMPARE(MessageBox::shownRequests().size(), 1);
    const MessageBox::Request confirmation = MessageBox::shownRequests().first();
    QVERIFY(confirmation.text.contains(email));
    QVERIFY(confirmation.text.contains(QStringLiteral("40 active sessions")));
    QVERIFY(confirmation.informativeText.contains(QStringLiteral("whole platform")));
    QVERIFY(confirmation.informativeText.contains(QStringLiteral("offline")));
    QCOMPARE(confirmation.acceptText, QStringLiteral("Revoke sessions"));
    QVERIFY(!confirmation.acceptIsDefault);

    // The detail reloads and shows no sessions; the journal has the attempt and the outcome.
    QVERIFY(QTest::qWaitFor(
        [&window] { return window->detailPane()->fieldText(QStringLiteral("detailActiveSessions")) == u"0"; }, 10000));
    const QList<AuditEntry> entries = window->auditJournal().entries();
    QCOMPARE(entries.size(), journalBefore + 2);
    QCOMPARE(entries.at(entries.size() - 2).kind, AuditEntry::Kind::Attempt);
    QCOMPARE(entries.last().kind, AuditEntry::Kind::Outcome);
    QCOMPARE(entries.last().attemptId, entries.at(entries.size() - 2).attemptId);
    QCOMPARE(entries.last().outcome, std::optional(AuditOutcome::revoked(40)));
    QCOMPARE(entries.last().targetEmail, email);
    QCOMPARE(entries.last().actor, QStringLiteral("admin@acme.test"));
    QVERIFY(revoke->isEnabled());

    // Cancel sends nothing.
    MessageBox::answerNextWith(MessageBox::Answer::Cancel);
    revoke->trigger();
    QTest::qWait(300);
    QCOMPARE(m_server->requests(deletePath, QStringLiteral("DELETE")).size(), 1);
    QVERIFY(revoke->isEnabled());
}

void TestMainWindow::revokeDisabledForMember()
{
    auto window = makeWindow(QStringLiteral("member@acme.test"));
    QVERIFY(waitForList(*window));
    QAction* revoke = action(*window, "actionRevokeSessions");
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), QStringLiteral("Select an end-user first."));
    QVERIFY(selectEmail(*window, window->endUserModel()->userAt(0).email));
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->toolTip().contains(u"Only owners and admins"); }, 10000));
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(),
             QStringLiteral("Only owners and admins can revoke sessions; your role in “Acme Corp” is Member."));
    auto* button = window->detailPane()->findChild<QWidget*>(QStringLiteral("revokeButton"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), revoke->toolTip());
}

void TestMainWindow::revokeConnectionClosedOutcomeUnknown()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    const QString email = QStringLiteral("john@customer.com");
    search(*window, email);
    QVERIFY(waitForList(*window));
    QVERIFY(selectEmail(*window, email));
    QAction* revoke = action(*window, "actionRevokeSessions");
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 10000));
    const QString deletePath = QStringLiteral("/api/organizations/acme-corp/users/*/sessions");
    m_server->addFault({{QStringLiteral("path"), deletePath},
                        {QStringLiteral("method"), QStringLiteral("DELETE")},
                        {QStringLiteral("kind"), QStringLiteral("close")}});
    m_server->clearRequests();
    MessageBox::clearShownRequests();
    MessageBox::answerNextWith(MessageBox::Answer::Accept); // confirm
    MessageBox::answerNextWith(MessageBox::Answer::Accept); // "Reload details"
    revoke->trigger();
    InlineBanner* banner = window->detailPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->text().contains(u"not known"); }, 15000));
    QVERIFY(!banner->text().contains(u"sessions revoked"));
    QCOMPARE(m_server->requests(deletePath, QStringLiteral("DELETE")).size(), 1);
    QCOMPARE(MessageBox::shownRequests().size(), 2);
    QCOMPARE(MessageBox::shownRequests().last().title, QStringLiteral("Outcome unknown"));
    QCOMPARE(window->auditJournal().entries().last().outcome, std::optional(AuditOutcome::unknown()));
    // "Reload details" fetched the detail again; nothing was sent again.
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_server->requests(QStringLiteral("/api/organizations/acme-corp/users/*")).isEmpty(); },
        5000));
    QTest::qWait(300);
    QCOMPARE(m_server->requests(deletePath, QStringLiteral("DELETE")).size(), 1);
}

void TestMainWindow::detailNotFoundRefreshesList()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    const EndUserSummary user = window->endUserModel()->userAt(3);
    m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/") + user.id},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 404},
                        {QStringLiteral("count"), 1}});
    m_server->clearRequests();
    window->findChild<QTableView*>(QStringLiteral("endUserTable"))->selectRow(3);
    InlineBanner* banner = window->detailPane()->banner();
    QVERIFY(QTest::qWaitFor([banner] { return banner->text().startsWith(u"This user no longer exists"); }, 10000));
    QVERIFY(QTest::qWaitFor([this] { return listRequests(*m_server) == 1; }, 5000));
    QVERIFY(waitForList(*window));
    QVERIFY(banner->text().startsWith(u"This user no longer exists"));
}

void TestMainWindow::inactiveOrganizationExplained()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    auto* organizations = window->findChild<QComboBox*>(QStringLiteral("organizationBox"));
    int initech = -1;
    for (int row = 0; row < organizations->count(); ++row) {
        if (organizations->itemText(row).startsWith(u"Initech"))
            initech = row;
    }
    QVERIFY(initech >= 0);
    organizations->setCurrentIndex(initech);
    QCOMPARE(window->currentOrganization(), QStringLiteral("initech"));
    auto* banner = window->findChild<InlineBanner*>(QStringLiteral("listBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"suspended"), qPrintable(banner->text()));
    QCOMPARE(window->endUserModel()->rowCount(), 0);
    QVERIFY(!action(*window, "actionRevokeSessions")->isEnabled());
}

void TestMainWindow::unauthorizedLeadsToSignInAndResumes()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    search(*window, QStringLiteral("example.com"));
    QVERIFY(waitForList(*window));
    action(*window, "actionNextPage")->trigger();
    QVERIFY(waitForList(*window));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    const QString email = window->endUserModel()->userAt(4).email;
    QVERIFY(selectEmail(*window, email));
    const QString selected = window->selectedUserId();
    const QString pager = pagerText(*window);

    QSignalSpy signIn(window.get(), &MainWindow::signInRequested);
    m_client->setAccessToken(QStringLiteral("not-a-valid-token"));
    action(*window, "actionRefresh")->trigger();
    QVERIFY(signIn.wait(10000));
    QTest::qWait(300);
    QCOMPARE(signIn.size(), 1); // once, although list and detail both failed
    QVERIFY(!window->endUserModel()->isCurrent());
    QCOMPARE(window->endUserModel()->rowCount(), 50); // the rows stay, marked not current

    m_client->setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    window->resumeAfterSignIn();
    QVERIFY(QTest::qWaitFor([&window] { return window->endUserModel()->isCurrent(); }, 10000));
    QCOMPARE(window->currentOrganization(), Acme);
    QCOMPARE(window->endUserModel()->query().search, QStringLiteral("example.com"));
    QCOMPARE(window->endUserModel()->pageInfo().page, 2);
    QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("searchField"))->text(), QStringLiteral("example.com"));
    QCOMPARE(pagerText(*window), pager);
    QCOMPARE(window->selectedUserId(), selected);
    QVERIFY(QTest::qWaitFor([&window] { return !window->detailPane()->isStale(); }, 10000));
    QCOMPARE(window->detailPane()->email(), email);
}

void TestMainWindow::legacyShapeShowsUnknown()
{
    DevServer legacy({QStringLiteral("--quiet"),
                      QStringLiteral("--legacy-shape"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("120")});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    auto window = makeWindow(QStringLiteral("admin@acme.test"), &legacy);
    QVERIFY(waitForList(*window));
    EndUserTableModel* model = window->endUserModel();
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->index(0, EndUserTableModel::MfaColumn).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model->index(0, EndUserTableModel::LastLoginColumn).data().toString(), QStringLiteral("Unknown"));
    // The server cannot search: the page is filtered here, and the window says so.
    search(*window, QStringLiteral("john"));
    QVERIFY(waitForList(*window));
    QVERIFY(model->isFilteredLocally());
    QVERIFY(pagerText(*window).contains(u"filtered locally") || model->rowCount() == 0);
    // Pick any user with a subscription (the detail of a [REF] server needs one).
    search(*window, QString());
    QVERIFY(waitForList(*window));
    bool shown = false;
    for (int row = 0; row < model->rowCount() && !shown; ++row) {
        if (model->userAt(row).subscriptions.isEmpty())
            continue;
        QVERIFY(selectEmail(*window, model->userAt(row).email));
        shown = true;
    }
    QVERIFY(shown);
    DetailPane* pane = window->detailPane();
    QCOMPARE(pane->fieldText(QStringLiteral("detailEmailVerified")), QStringLiteral("Unknown"));
    QCOMPARE(pane->fieldText(QStringLiteral("detailMfa")), QStringLiteral("Unknown"));
    QCOMPARE(pane->fieldText(QStringLiteral("detailUpdated")), QStringLiteral("Unknown"));
    QCOMPARE(pane->fieldText(QStringLiteral("detailLastLogin")), QStringLiteral("Unknown"));
    QCOMPARE(pane->fieldText(QStringLiteral("detailLastSession")), QStringLiteral("Unknown"));
    QVERIFY(pane->fieldText(QStringLiteral("detailActiveSessions")) != QStringLiteral("Unknown"));
    QVERIFY(QTest::qWaitFor([&window] { return window->actions()->revokeSessions->isEnabled(); }, 10000));
}

void TestMainWindow::retryIsAnnouncedWithACountdown()
{
    auto window = makeWindow(QStringLiteral("admin@acme.test"));
    QVERIFY(waitForList(*window));
    m_client->setRetryBackoff(std::chrono::milliseconds(2500));
    const int before = listRequests(*m_server);
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 1}});
    action(*window, "actionRefresh")->trigger();
    auto* banner = window->findChild<InlineBanner*>(QStringLiteral("listBanner"));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("The server did not answer; trying again in 3 seconds.")),
             qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("in 1 second.")), 5000);
    QVERIFY(waitForList(*window));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(window->endUserModel()->isCurrent());
    QCOMPARE(listRequests(*m_server), before + 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
