// SPDX-License-Identifier: MIT
// How quickly the window gets to its rows, against a real sso-dev-server, without a clock: the first page of a
// known organization leaves with the organizations request (the server holds that answer until the page was
// asked for), what happens when that organization turns out unknown or inactive, a 2026 management token that
// waits for its organization's session, and a page turn that shows the loading look only when the answer is late.
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "PagerBar.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;

namespace {

const QString Acme = QStringLiteral("acme-corp");
const QString Admin = QStringLiteral("admin@acme.test");
const QString OrganizationsPath = QStringLiteral("/api/organizations");
const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");

int indexOf(const QJsonArray& requests, const QString& method, const QString& path)
{
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        if (request.value(u"method").toString() == method && request.value(u"path").toString() == path)
            return i;
    }
    return -1;
}

} // namespace

class TestFirstRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listDoesNotWaitForTheOrganizations();
    void unknownOrganizationIsReplacedAsBefore();
    void inactiveOrganizationIsExplainedAsBefore();
    void managementTokenWaitsForItsOrganizationSession();
    void quickPageTurnShowsNoLoadingLook();
    void slowPageTurnShowsTheLoadingLook();

private:
    /// A window signed in through a session, as the program opens it, starting with `organization`.
    std::unique_ptr<MainWindow> openWindow(DevServer& server, const QString& organization);

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestFirstRows::initTestCase()
{
    prepareUiTest("tst_firstrows");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestFirstRows::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestFirstRows::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_client.reset();
}

std::unique_ptr<MainWindow> TestFirstRows::openWindow(DevServer& server, const QString& organization)
{
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(server.baseUrl());
    m_store = std::make_unique<MemoryTokenStore>();
    m_session = std::make_unique<AuthSession>(m_client.get(), m_store.get());
    const QJsonObject tokens = server.tokensFor(Admin);
    if (!m_session->signIn({tokens.value(u"access_token").toString(), {}, std::nullopt},
                           AuthSession::Persistence::SessionOnly))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_client.get(), m_session.get(), m_journal.get());
    window->setSignedInMember(Admin);
    window->show();
    window->start(organization);
    return window;
}

void TestFirstRows::listDoesNotWaitForTheOrganizations()
{
    // The organizations are never answered: rows can only arrive if the page was asked for without them.
    m_server->addFault({{"path", OrganizationsPath}, {"method", "GET"}, {"kind", "hang"}});
    auto window = openWindow(*m_server, Acme);
    QVERIFY(window);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(window->endUserModel()->rowCount() > 0);
    QCOMPARE(window->endUserModel()->organization(), Acme);
    // The services went in the same wave; the organizations are still unanswered.
    QTRY_VERIFY(!m_server->requests(QStringLiteral("/api/organizations/acme-corp/services")).isEmpty());
    QVERIFY(m_server->requests(OrganizationsPath, QStringLiteral("GET")).isEmpty());
    QVERIFY(!window->listPane()->banner()->isVisible());
    QCOMPARE(window->currentOrganization(), Acme); // a row chosen now opens its details in this organization
}

void TestFirstRows::unknownOrganizationIsReplacedAsBefore()
{
    // The organizations answer late, so the unknown organization's refusal usually comes first; either way it is
    // dropped and the first active organization is shown, as without the early request.
    m_server->addFault({{"path", OrganizationsPath}, {"method", "GET"}, {"kind", "latency"}, {"ms", 500}});
    auto window = openWindow(*m_server, QStringLiteral("no-such-organization"));
    QVERIFY(window);
    QTRY_VERIFY(!m_server->requests(QStringLiteral("/api/organizations/no-such-organization/users")).isEmpty());
    QTRY_COMPARE(window->endUserModel()->organization(), Acme);
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(window->endUserModel()->rowCount() > 0);
    QVERIFY(!window->listPane()->banner()->isVisible());
    // No explanation of the refusal was looked for: it belonged to an organization that is not shown.
    QVERIFY(m_server->requests(QStringLiteral("/api/organizations/no-such-organization")).isEmpty());
    QCOMPARE(window->currentOrganization(), Acme);
}

void TestFirstRows::inactiveOrganizationIsExplainedAsBefore()
{
    m_server->addFault({{"path", OrganizationsPath}, {"method", "GET"}, {"kind", "latency"}, {"ms", 500}});
    auto window = openWindow(*m_server, QStringLiteral("initech"));
    QVERIFY(window);
    QTRY_VERIFY(!m_server->requests(QStringLiteral("/api/organizations/initech/users")).isEmpty());
    InlineBanner* banner = window->listPane()->banner();
    QTRY_COMPARE(banner->text(),
                 QStringLiteral("“Initech” is suspended: its end-users can be managed only while the organization is "
                                "active."));
    QVERIFY(banner->isVisible());
    QCOMPARE(window->endUserModel()->rowCount(), 0);
    QVERIFY(window->endUserModel()->organization().isEmpty());
    QCOMPARE(window->currentOrganization(), QStringLiteral("initech"));
    // The early request was refused by the server; that refusal is dropped: the banner says what the status means.
    QVERIFY(!m_server->requests(QStringLiteral("/api/organizations/initech/users")).isEmpty());
}

void TestFirstRows::managementTokenWaitsForItsOrganizationSession()
{
    DevServer server2026({QStringLiteral("--quiet"), QStringLiteral("--shape"), QStringLiteral("2026")});
    QVERIFY2(server2026.start(), qPrintable(server2026.errorString()));
    auto window = openWindow(server2026, Acme);
    QVERIFY(window);
    QVERIFY(m_session->claims() && m_session->claims()->isManagementToken());
    QVERIFY(!m_session->opensWithoutSelection());
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(window->endUserModel()->rowCount() > 0);
    const QJsonArray requests = server2026.requests();
    const int select = indexOf(requests, QStringLiteral("POST"), QStringLiteral("/api/organizations/acme-corp/select"));
    const int list = indexOf(requests, QStringLiteral("GET"), ListPath);
    QVERIFY(select >= 0);
    QVERIFY2(list > select, "the list went with the management token, before the organization's session");
    QCOMPARE(server2026.requests(ListPath, QStringLiteral("GET")).size(), 1);
    QCOMPARE(requests.at(list).toObject().value(u"status").toInt(), 200);
    window.reset();
}

void TestFirstRows::quickPageTurnShowsNoLoadingLook()
{
    auto window = openWindow(*m_server, Acme);
    QVERIFY(window);
    EndUserListPane* pane = window->listPane();
    QVERIFY(waitForList(window->endUserModel()));
    // The look waits for its timer, and only for it: with a delay no answer can miss, none shows.
    pane->setLoadingLookDelay(1h);
    QSignalSpy look(pane, &EndUserListPane::loadingLookChanged);
    QStringList statuses;
    auto* status = pane->pager()->findChild<QLabel*>(QStringLiteral("pagerStatus"));
    QVERIFY(status);
    connect(window->endUserModel(), &EndUserTableModel::stateChanged, this, [&] { statuses << status->text(); });
    const QString firstId = window->endUserModel()->userAt(0).id;
    window->findChild<QAction*>(QStringLiteral("actionNextPage"))->trigger();
    QVERIFY(window->endUserModel()->isLoading());
    QVERIFY(waitForList(window->endUserModel()));
    QVERIFY(window->endUserModel()->userAt(0).id != firstId);
    QCOMPARE(look.count(), 0);
    QVERIFY(!statuses.isEmpty());
    for (const QString& text : std::as_const(statuses))
        QVERIFY2(!text.contains(u"loading"), qPrintable(text));
    QVERIFY(pane->table()->accessibleDescription().isEmpty());
}

void TestFirstRows::slowPageTurnShowsTheLoadingLook()
{
    auto window = openWindow(*m_server, Acme);
    QVERIFY(window);
    EndUserListPane* pane = window->listPane();
    QVERIFY(waitForList(window->endUserModel()));
    // The next page is never answered: the look must come by its timer.
    m_server->addFault({{"path", ListPath}, {"method", "GET"}, {"kind", "hang"}});
    QSignalSpy look(pane, &EndUserListPane::loadingLookChanged);
    window->findChild<QAction*>(QStringLiteral("actionNextPage"))->trigger();
    QVERIFY(look.wait(10000));
    QCOMPARE(look.constFirst().constFirst().toBool(), true);
    QCOMPARE(pane->table()->accessibleDescription(), QStringLiteral("Not current"));
    auto* status = pane->pager()->findChild<QLabel*>(QStringLiteral("pagerStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().endsWith(QStringLiteral(" — loading…")), qPrintable(status->text()));
    // Once an answer arrives the look goes.
    m_server->clearFaults();
    pane->reload();
    QTRY_COMPARE(look.count(), 2);
    QCOMPARE(look.constLast().constFirst().toBool(), false);
}

QTEST_MAIN(TestFirstRows)
#include "tst_firstrows.moc"
