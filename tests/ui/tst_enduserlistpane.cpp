// SPDX-License-Identifier: MIT
// The end-user list pane against a real sso-dev-server: search without a clock, the generation guard, paging,
// empty texts, keyboard, column widths, the retry countdown, and a server that cannot search.
#include "Actions.h"
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "PagerBar.h"
#include "UiHarness.h"
#include "models/SearchDebouncer.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {

const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");

Organization acme()
{
    Organization organization;
    organization.slug = QStringLiteral("acme-corp");
    organization.name = QStringLiteral("Acme Corp");
    organization.status = Organization::Status::Active;
    organization.statusText = QStringLiteral("active");
    return organization;
}

/// A pane in a window of its own, with the actions it uses.
struct Fixture
{
    explicit Fixture(ApiClient* client)
        : actions(&window)
        , pane(client, &actions, &window)
    {
        window.resize(1280, 800);
        pane.resize(900, 700);
        pane.searchBar()->setParent(&window);
        window.show();
        pane.show();
    }
    QWidget window;
    Actions actions;
    EndUserListPane pane;
};

} // namespace

class TestEndUserListPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void searchCommitsOnEnterNotPerKeystroke();
    void supersededAnswerIsDropped();
    void paging();
    void emptyResultSaysWhatWasSearched();
    void downArrowMovesIntoResultsAndASingleHitIsChosen();
    void columnsFitTheirContent();
    void retryIsAnnouncedWithACountdown();
    void serverThatCannotSearchIsFilteredLocally();
    void refusedListAsksForAnExplanation();

private:
    int listRequests() const { return int(m_server->requests(ListPath, QStringLiteral("GET")).size()); }

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestEndUserListPane::initTestCase()
{
    prepareUiTest("tst_enduserlistpane");
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestEndUserListPane::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_client = clientFor(*m_server, QStringLiteral("admin@acme.test"));
}

void TestEndUserListPane::searchCommitsOnEnterNotPerKeystroke()
{
    Fixture f(m_client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    // The pause that commits a search never comes here: the debouncer waits longer than the test runs.
    auto* debouncer = f.pane.findChild<SearchDebouncer*>();
    debouncer->setDelay(std::chrono::hours(1));
    m_server->clearRequests();
    QLineEdit* field = f.pane.searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("john@custome"));
    QVERIFY(debouncer->isPending());
    QCOMPARE(f.pane.model()->query().search, QString()); // nothing committed yet, nothing sent
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(listRequests(), 1);
    QCOMPARE(m_server->requests(ListPath)
                 .first()
                 .toObject()[QStringLiteral("query_items")]
                 .toObject()[QStringLiteral("search")]
                 .toString(),
             QStringLiteral("john@custome"));
    QCOMPARE(f.pane.model()->rowCount(), 1);
    QCOMPARE(f.pane.model()->userAt(0).email, QStringLiteral("john@customer.com"));

    // Esc clears the search at once.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(f.pane.model()->rowCount(), 50);

    // With a real pause, one commit follows the last keystroke.
    debouncer->setDelay(std::chrono::milliseconds(1));
    QSignalSpy committed(debouncer, &SearchDebouncer::searchCommitted);
    QTest::keyClicks(field, QStringLiteral("forty"));
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.last().first().toString(), QStringLiteral("forty"));
}

void TestEndUserListPane::supersededAnswerIsDropped()
{
    Fixture f(m_client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    QSignalSpy failed(f.pane.model(), &EndUserTableModel::loadFailed);
    QSignalSpy loaded(f.pane.model(), &EndUserTableModel::pageLoaded);
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("latency")},
                        {QStringLiteral("ms"), 800}});
    f.pane.searchField()->setText(QStringLiteral("john"));
    QTest::keyClick(f.pane.searchField(), Qt::Key_Return);
    QVERIFY(f.pane.model()->isLoading());
    // The second search cancels the first: its answer (the cancellation) belongs to an older generation.
    f.pane.searchField()->setText(QStringLiteral("forty.sessions"));
    QTest::keyClick(f.pane.searchField(), Qt::Key_Return);
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(failed.size(), 0); // the cancelled request did not show as a failure
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(f.pane.model()->rowCount(), 1);
    QCOMPARE(f.pane.model()->userAt(0).email, QStringLiteral("forty.sessions@example.com"));
    // Once the server has handled the first request too, nothing about it reaches the table.
    QVERIFY(QTest::qWaitFor(
        [this] {
            const QJsonArray requests = m_server->requests(ListPath);
            return std::any_of(requests.begin(), requests.end(), [](const QJsonValue& request) {
                return request[QStringLiteral("query_items")][QStringLiteral("search")].toString() == u"john";
            });
        },
        10000));
    QApplication::processEvents();
    QCOMPARE(f.pane.model()->userAt(0).email, QStringLiteral("forty.sessions@example.com"));
    QCOMPARE(f.pane.pager()->statusText(), QStringLiteral("Showing 1–1 of 1"));
    QCOMPARE(failed.size(), 0);
}

void TestEndUserListPane::paging()
{
    Fixture f(m_client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    const qint64 total = *f.pane.model()->pageInfo().total;
    const QString totalText = QLocale().toString(total);
    QCOMPARE(f.pane.pager()->statusText(), QStringLiteral("Showing 1–50 of %1").arg(totalText));
    QVERIFY(!f.actions.previousPage->isEnabled());
    f.actions.nextPage->trigger();
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(f.pane.pager()->statusText(), QStringLiteral("Showing 51–100 of %1").arg(totalText));
    f.actions.lastPage->trigger();
    QVERIFY(waitForList(f.pane.model()));
    const qint64 lastFirst = ((total - 1) / 50) * 50 + 1;
    QCOMPARE(f.pane.pager()->statusText(),
             QStringLiteral("Showing %1–%2 of %2").arg(QLocale().toString(lastFirst), totalText));
    QVERIFY(!f.actions.nextPage->isEnabled());
    f.actions.firstPage->trigger();
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(f.pane.pager()->statusText(), QStringLiteral("Showing 1–50 of %1").arg(totalText));
    QComboBox* pageSize = f.pane.pager()->pageSizeBox();
    pageSize->setCurrentIndex(pageSize->findData(25));
    QVERIFY(waitForList(f.pane.model()));
    QCOMPARE(f.pane.pager()->statusText(), QStringLiteral("Showing 1–25 of %1").arg(totalText));
    pageSize->setCurrentIndex(pageSize->findData(50));
    QVERIFY(waitForList(f.pane.model()));
}

void TestEndUserListPane::emptyResultSaysWhatWasSearched()
{
    Fixture f(m_client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    f.pane.searchField()->setText(QStringLiteral("no-such-person-xyz"));
    QTest::keyClick(f.pane.searchField(), Qt::Key_Return);
    QVERIFY(waitForList(f.pane.model()));
    auto* empty = f.pane.findChild<QLabel*>(QStringLiteral("emptyText"));
    QCOMPARE(empty->text(), QStringLiteral("No end-users match “no-such-person-xyz”"));
    QVERIFY(empty->isVisible());
}

void TestEndUserListPane::downArrowMovesIntoResultsAndASingleHitIsChosen()
{
    Fixture f(m_client.get());
    QApplication::setActiveWindow(&f.window);
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    QSignalSpy selected(&f.pane, &EndUserListPane::userSelected);
    QLineEdit* field = f.pane.searchField();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down);
    QVERIFY(f.pane.table()->hasFocus());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().first().value<EndUserSummary>().id, f.pane.model()->userAt(0).id);

    // A search with exactly one hit chooses it.
    field->setFocus();
    field->setText(QStringLiteral("forty.sessions@example.com"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&selected] { return selected.size() == 2; }, 10000));
    QCOMPARE(selected.last().first().value<EndUserSummary>().email, QStringLiteral("forty.sessions@example.com"));
    QCOMPARE(f.pane.selectedUserId(), f.pane.model()->userAt(0).id);
    QVERIFY(field->hasFocus()); // typing may go on
}

void TestEndUserListPane::columnsFitTheirContent()
{
    // German headers are the longest; none may be cut, and the email column takes the width the others leave.
    Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    {
        Fixture f(m_client.get());
        f.window.resize(1280, 800);
        f.pane.resize(760, 700);
        f.pane.setOrganization(acme());
        QVERIFY(waitForList(f.pane.model()));
        QHeaderView* header = f.pane.table()->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int column = 0; column < f.pane.model()->columnCount(); ++column) {
            const QString title = f.pane.model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= metrics.horizontalAdvance(title),
                     qPrintable(QStringLiteral("%1: %2").arg(title).arg(header->sectionSize(column))));
        }
        // The others fit their content unless the email would be squeezed: then they elide first, down to their
        // headers. The email gets room for a usual address (34 average characters) or its content, if less.
        auto* view = static_cast<QAbstractItemView*>(f.pane.table());
        const int emailColumn = EndUserTableModel::EmailColumn;
        const int emailRoom =
            std::min(view->sizeHintForColumn(emailColumn), f.pane.table()->fontMetrics().averageCharWidth() * 34);
        bool othersFit = true;
        bool othersAtHeaders = true;
        for (int column = 0; column < f.pane.model()->columnCount(); ++column) {
            if (column == emailColumn)
                continue;
            othersFit = othersFit && header->sectionSize(column) >= view->sizeHintForColumn(column);
            othersAtHeaders = othersAtHeaders && header->sectionSize(column) <= header->sectionSizeHint(column);
        }
        QVERIFY2(header->sectionSize(emailColumn) >= emailRoom ? true : othersAtHeaders,
                 qPrintable(QStringLiteral("the email has %1 of %2 while other columns are wider than their headers")
                                .arg(header->sectionSize(emailColumn))
                                .arg(emailRoom)));
        QVERIFY(othersFit || header->sectionSize(emailColumn) >= emailRoom);
        // Wider, the columns that gave up width get their content back (until the person resizes one).
        f.window.resize(1900, 800);
        f.pane.resize(1600, 700);
        for (int column = 0; column < f.pane.model()->columnCount(); ++column) {
            if (column != emailColumn)
                QTRY_VERIFY(header->sectionSize(column) >= std::min(view->sizeHintForColumn(column), 360));
        }
        QCOMPARE(header->sectionResizeMode(EndUserTableModel::EmailColumn), QHeaderView::Stretch);
        QCOMPARE(header->defaultAlignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
        // An elided email shows whole in its tooltip.
        const QModelIndex email = f.pane.model()->index(0, EndUserTableModel::EmailColumn);
        QVERIFY(email.data(Qt::ToolTipRole).toString().contains(email.data().toString().toHtmlEscaped()));
    }
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEndUserListPane::retryIsAnnouncedWithACountdown()
{
    Fixture f(m_client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    m_client->setRetryBackoff(std::chrono::milliseconds(2500));
    const int before = listRequests();
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 1}});
    QSignalSpy retry(f.pane.model(), &EndUserTableModel::retryScheduled);
    f.pane.reload();
    QVERIFY(retry.wait(10000));
    InlineBanner* banner = f.pane.banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), InlineBanner::Kind::Warning);
    const QRegularExpression countdown(
        QStringLiteral("^The server did not answer; trying again in [1-3] seconds?\\.\\nThe server said: .*\\(HTTP "
                       "status 503\\)$"));
    QVERIFY2(countdown.match(banner->text()).hasMatch(), qPrintable(banner->text()));
    QVERIFY(waitForList(f.pane.model()));
    QVERIFY(!banner->isVisible()); // the page arrived: the notice goes
    QVERIFY(f.pane.model()->isCurrent());
    QCOMPARE(listRequests(), before + 2);
}

void TestEndUserListPane::serverThatCannotSearchIsFilteredLocally()
{
    DevServer legacy({QStringLiteral("--quiet"),
                      QStringLiteral("--legacy-shape"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("120")});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    auto client = clientFor(legacy, QStringLiteral("admin@acme.test"));
    Fixture f(client.get());
    f.pane.setOrganization(acme());
    QVERIFY(waitForList(f.pane.model()));
    EndUserTableModel* model = f.pane.model();
    QCOMPARE(model->index(0, EndUserTableModel::MfaColumn).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model->index(0, EndUserTableModel::LastLoginColumn).data().toString(), QStringLiteral("Unknown"));
    const QString term = model->userAt(0).email.left(4);
    f.pane.searchField()->setText(term);
    QTest::keyClick(f.pane.searchField(), Qt::Key_Return);
    QVERIFY(waitForList(model));
    QVERIFY(model->isFilteredLocally());
    QVERIFY(model->rowCount() >= 1);
    QVERIFY2(f.pane.pager()->statusText().contains(u"filtered locally"), qPrintable(f.pane.pager()->statusText()));
}

void TestEndUserListPane::refusedListAsksForAnExplanation()
{
    Fixture f(m_client.get());
    QSignalSpy refused(&f.pane, &EndUserListPane::accessRefused);
    m_server->addFault({{QStringLiteral("path"), ListPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 403}});
    f.pane.setOrganization(acme());
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
    QVERIFY(!f.pane.banner()->isVisible()); // the organization bar words it once it knows why
}

QTEST_MAIN(TestEndUserListPane)
#include "tst_enduserlistpane.moc"
