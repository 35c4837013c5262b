// SPDX-License-Identifier: MIT
// The window against the 2026 server (sso-dev-server --shape 2026) over real HTTP: the organization is selected
// for scoped tokens, capabilities decide what may be read and revoked, and the detail shows every session and
// the recent sign-ins.
#include "Actions.h"
#include "DetailPane.h"
#include "DetailTable.h"
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "OrganizationBar.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString Member = QStringLiteral("member@acme.test");
const QString Support = QStringLiteral("support@acme.test");
const QString John = QStringLiteral("john@customer.com");
const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");
const QString SelectPath = QStringLiteral("/api/organizations/acme-corp/select");
const QString DeletePath = QStringLiteral("/api/organizations/acme-corp/users/*/sessions");

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestWindow2026 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void adminSelectsTheOrganizationAndSeesSessionsAndSignIns();
    void adminRevokesEverySessionOfTheOrganization();
    void memberIsToldWhyOnce();
    void customRoleReadsButMayNotRevoke();
    void signingInAgainSelectsTheShownOrganization();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& member);
    bool selectEmail(MainWindow& window, const QString& email);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestWindow2026::initTestCase()
{
    prepareUiTest("tst_window2026");
    // Only the fixed accounts: john@customer.com is on the first page without a search this server cannot do.
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--shape"),
                                                        QStringLiteral("2026"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("0")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestWindow2026::init()
{
    MessageBox::setTestMode(true);
    m_server->clearFaults();
    m_server->clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestWindow2026::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_client.reset();
}

std::unique_ptr<MainWindow> TestWindow2026::makeWindow(const QString& member)
{
    // A management token as the password sign-in gives it; the window selects the organization itself.
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_store = std::make_unique<MemoryTokenStore>();
    m_session = std::make_unique<AuthSession>(m_client.get(), m_store.get());
    const QJsonObject tokens = m_server->tokensFor(member);
    TokenResponse response;
    response.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    response.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    if (!m_session->signIn(response, AuthSession::Persistence::SessionOnly))
        return {};
    auto window = std::make_unique<MainWindow>(m_client.get(), m_session.get(), m_journal.get());
    window->setSignedInMember(member);
    window->show();
    window->start(Acme);
    return window;
}

bool TestWindow2026::selectEmail(MainWindow& window, const QString& email)
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

void TestWindow2026::adminSelectsTheOrganizationAndSeesSessionsAndSignIns()
{
    auto window = makeWindow(Admin);
    QVERIFY(window);
    QVERIFY(waitForList(window->endUserModel()));
    QCOMPARE(m_server->requests(SelectPath, QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_session->currentOrganization(), Acme);
    QVERIFY(selectEmail(*window, John));
    DetailPane* pane = window->detailPane();
    QCOMPARE(pane->fieldText(QStringLiteral("detailActiveSessions")), QStringLiteral("2"));

    // Every session, newest first, the expired one said as such (values from tests/server/README.md).
    auto* sessions = pane->findChild<DetailTable*>(QStringLiteral("sessionsTable"));
    QVERIFY(sessions->isVisibleTo(pane));
    QCOMPARE(sessions->model()->rowCount(), 3);
    QStringList rows;
    for (int row = 0; row < 3; ++row) {
        QStringList cells;
        for (int column = 0; column < sessions->model()->columnCount(); ++column)
            cells << cell(sessions, row, column);
        rows << cells.join(QLatin1Char('|'));
    }
    QVERIFY2(rows.at(0).contains(u"203.0.113.10") && rows.at(0).contains(u"Firefox on Linux")
                 && rows.at(0).contains(u"Active"),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).contains(u"198.51.100.7") && rows.at(1).contains(u"Safari on iOS"), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).contains(u"192.0.2.33") && rows.at(2).contains(u"Expired"), qPrintable(rows.at(2)));

    // The recent sign-ins with their risk, newest first.
    auto* signIns = pane->findChild<DetailTable*>(QStringLiteral("signInsTable"));
    QVERIFY(signIns->isVisibleTo(pane));
    QCOMPARE(signIns->model()->rowCount(), 6);
    QStringList newest;
    for (int column = 0; column < signIns->model()->columnCount(); ++column)
        newest << cell(signIns, 0, column);
    const QString joined = newest.join(QLatin1Char('|'));
    QVERIFY2(joined.contains(u"Berlin") && joined.contains(u"Main Application"), qPrintable(joined));
    QVERIFY2(joined.contains(u"3") && joined.contains(u"low"), qPrintable(joined));
}

void TestWindow2026::adminRevokesEverySessionOfTheOrganization()
{
    auto window = makeWindow(Admin);
    QVERIFY(window);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(selectEmail(*window, John));
    QAction* revoke = window->findChild<QAction*>(QStringLiteral("actionRevokeSessions"));
    QVERIFY(QTest::qWaitFor([revoke] { return revoke->isEnabled(); }, 10000));
    MessageBox::answerNextWith(MessageBox::Answer::Accept);
    revoke->trigger();
    InlineBanner* banner = window->detailPane()->banner();
    // The 2026 server deletes and counts the expired row too.
    QVERIFY(QTest::qWaitFor([banner] { return banner->text().startsWith(u"3 sessions revoked"); }, 10000));
    QCOMPARE(m_server->requests(DeletePath, QStringLiteral("DELETE")).size(), 1);
    QVERIFY(QTest::qWaitFor(
        [&window] { return window->detailPane()->fieldText(QStringLiteral("detailActiveSessions")) == u"0"; }, 10000));
}

void TestWindow2026::memberIsToldWhyOnce()
{
    auto window = makeWindow(Member);
    QVERIFY(window);
    InlineBanner* banner = window->listPane()->banner();
    OrganizationBar* bar = window->organizationBar();
    QVERIFY(QTest::qWaitFor([banner, bar] { return banner->isVisible() && bar->capabilitiesKnown(); }, 10000));
    QVERIFY2(banner->text().startsWith(QStringLiteral("Your role in “Acme Corp” (Member) does not allow viewing "
                                                      "end-users.")),
             qPrintable(banner->text()));
    QCOMPARE(window->endUserModel()->rowCount(), 0);
    // Explained, not retried: the list was asked for once, and the role sentence did not ask again.
    QCOMPARE(m_server->requests(ListPath, QStringLiteral("GET")).size(), 1);
    QVERIFY(!window->endUserModel()->isCurrent());
}

void TestWindow2026::customRoleReadsButMayNotRevoke()
{
    auto window = makeWindow(Support);
    QVERIFY(window);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(window->endUserModel()->rowCount() > 0);
    QVERIFY(selectEmail(*window, John));
    OrganizationBar* bar = window->organizationBar();
    QVERIFY(QTest::qWaitFor([bar] { return bar->capabilitiesKnown(); }, 10000));
    QCOMPARE(bar->mayRevokeSessions(), std::optional(false));
    QAction* revoke = window->findChild<QAction*>(QStringLiteral("actionRevokeSessions"));
    const QString expected = QStringLiteral("Your role in “Acme Corp” (Support) does not allow revoking sessions.");
    QVERIFY2(QTest::qWaitFor([revoke, &expected] { return revoke->toolTip() == expected; }, 10000),
             qPrintable(revoke->toolTip()));
    QVERIFY(!revoke->isEnabled());
    auto* reason = window->detailPane()->findChild<QLabel*>(QStringLiteral("revokeReason"));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), expected);
    QVERIFY(m_server->requests(DeletePath, QStringLiteral("DELETE")).isEmpty());
}

void TestWindow2026::signingInAgainSelectsTheShownOrganization()
{
    auto window = makeWindow(Admin);
    QVERIFY(window);
    QVERIFY(waitForList(window->endUserModel()));
    // The scoped session ends: the list is refused and so is the refresh, so only a new sign-in helps.
    const QJsonObject refused {{QStringLiteral("kind"), QStringLiteral("status")},
                               {QStringLiteral("status"), 401},
                               {QStringLiteral("body"),
                                QJsonObject {{QStringLiteral("error"), QStringLiteral("Invalid token")},
                                             {QStringLiteral("error_code"), QStringLiteral("JWT_ERROR")}}}};
    QJsonObject onList = refused;
    onList.insert(QStringLiteral("path"), ListPath);
    QJsonObject onRefresh = refused;
    onRefresh.insert(QStringLiteral("path"), QStringLiteral("/api/auth/refresh"));
    m_server->addFault(onList);
    m_server->addFault(onRefresh);
    QSignalSpy signInNeeded(m_session.get(), &AuthSession::signInNeeded);
    window->findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
    QVERIFY(signInNeeded.wait(10000));

    // Signed in again (a management token, as the password sign-in gives): the organization the window shows is
    // selected again before the list asks, so nothing is refused as if the role had changed.
    m_server->clearRequests();
    const QJsonObject tokens = m_server->tokensFor(Admin);
    TokenResponse response;
    response.accessToken = tokens.value(QStringLiteral("access_token")).toString();
    response.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(m_session->signIn(response, AuthSession::Persistence::SessionOnly));
    QVERIFY(QTest::qWaitFor([&window] { return window->endUserModel()->isCurrent(); }, 10000));
    QCOMPARE(m_session->currentOrganization(), Acme);
    QCOMPARE(m_server->requests(SelectPath, QStringLiteral("POST")).size(), 1);
    QVERIFY(!window->listPane()->banner()->isVisible());
    QVERIFY(window->endUserModel()->rowCount() > 0);
}

QTEST_MAIN(TestWindow2026)
#include "tst_window2026.moc"
