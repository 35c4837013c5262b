// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "models/EndUserTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

class TestEndUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageAndStatusText();
    void searchGoesToPageOne();
    void paging();
    void emptySearchSaysWhatWasSearched();
    void staleAnswerIsNeverShown();
    void failureKeepsRowsAndIsNotStuckLoading();
    void legacyShapeFiltersLocally();

private:
    bool waitForLoad(EndUserTableModel& model, int timeoutMs = 15000);
    QStringList emails(const EndUserTableModel& model) const;

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestEndUserTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestEndUserTableModel::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
}

void TestEndUserTableModel::cleanup()
{
    m_client.reset();
}

bool TestEndUserTableModel::waitForLoad(EndUserTableModel& model, int timeoutMs)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, timeoutMs);
}

QStringList TestEndUserTableModel::emails(const EndUserTableModel& model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.userAt(row).email;
    return result;
}

void TestEndUserTableModel::firstPageAndStatusText()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &EndUserTableModel::pageLoaded);
    QSignalSpy loading(&model, &EndUserTableModel::loadingChanged);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(model.isLoading());
    QCOMPARE(model.statusText(), QStringLiteral("Loading end-users…"));
    QVERIFY(waitForLoad(model));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), 5);
    QVERIFY(model.isCurrent());
    QVERIFY(model.pageInfo().total.has_value());
    const qint64 total = *model.pageInfo().total;
    QVERIFY(total > 1000);
    QCOMPARE(model.statusText(), QStringLiteral("Showing 1–50 of %1").arg(QLocale().toString(total)));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Services"));
    QVERIFY(!model.hasPreviousPage());
    QVERIFY(model.hasNextPage());
    // Typed accessors match what the cells show.
    QCOMPARE(model.data(model.index(0, EndUserTableModel::EmailColumn)).toString(), model.userAt(0).email);
    QCOMPARE(model.data(model.index(0, 0), EndUserTableModel::UserIdRole).toString(), model.userAt(0).id);
}

void TestEndUserTableModel::searchGoesToPageOne()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    model.nextPage();
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.pageInfo().page, 2);
    model.setSearch(QStringLiteral("  john@customer.com "));
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.pageInfo().page, 1);
    QCOMPARE(emails(model), QStringList {QStringLiteral("john@customer.com")});
    const QModelIndex mfa = model.index(0, EndUserTableModel::MfaColumn);
    QCOMPARE(model.data(mfa).toString(), QStringLiteral("Yes"));
    // Service slugs map to names once known.
    model.setServiceNames({{QStringLiteral("main-app"), QStringLiteral("Main Application")}});
    QVERIFY(model.data(model.index(0, EndUserTableModel::ServicesColumn))
                .toString()
                .contains(QStringLiteral("Main Application")));
    // The search went to the server, trimmed.
    const QJsonArray requests = m_server->requests(QStringLiteral("/api/organizations/acme-corp/users"));
    QCOMPARE(requests.last().toObject().value(QStringLiteral("query_items")).toObject().value(QStringLiteral("search")),
             QStringLiteral("john@customer.com"));
}

void TestEndUserTableModel::paging()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    const qint64 total = *model.pageInfo().total;
    const QString totalText = QLocale().toString(total);
    model.nextPage();
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.statusText(), QStringLiteral("Showing 101–200 of %1").arg(totalText));
    model.lastPage();
    QVERIFY(waitForLoad(model));
    const qint64 lastPage = (total + 99) / 100;
    QCOMPARE(model.pageInfo().page, lastPage);
    QCOMPARE(
        model.statusText(),
        QStringLiteral("Showing %1–%2 of %3").arg(QLocale().toString((lastPage - 1) * 100 + 1), totalText, totalText));
    QVERIFY(!model.hasNextPage());
    QVERIFY(!model.canGoToLastPage());
    model.previousPage();
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.pageInfo().page, lastPage - 1);
    model.firstPage();
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.statusText(), QStringLiteral("Showing 1–100 of %1").arg(totalText));
    // A smaller page size keeps the first row in view.
    model.setPage(3);
    QVERIFY(waitForLoad(model));
    model.setPageSize(25);
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.pageInfo().page, 9);
    QCOMPARE(model.statusText(), QStringLiteral("Showing 201–225 of %1").arg(totalText));
}

void TestEndUserTableModel::emptySearchSaysWhatWasSearched()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("<b>nobody-at-all</b>"));
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.emptyText(), QStringLiteral("No end-users match “<b>nobody-at-all</b>”"));
    QCOMPARE(model.statusText(), model.emptyText());
    QVERIFY(!model.hasNextPage());
}

void TestEndUserTableModel::staleAnswerIsNeverShown()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    // The answer to the first search is held back; the second search overtakes it.
    QVERIFY(m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                                {QStringLiteral("kind"), QStringLiteral("latency")},
                                {QStringLiteral("ms"), 1500}})
            >= 0);
    QSignalSpy loaded(&model, &EndUserTableModel::pageLoaded);
    QSignalSpy failed(&model, &EndUserTableModel::loadFailed);
    model.setSearch(QStringLiteral("john"));
    model.setSearch(QStringLiteral("forty.sessions"));
    QVERIFY(waitForLoad(model));
    QCOMPARE(emails(model), QStringList {QStringLiteral("forty.sessions@example.com")});
    // The first request's cancellation reached the model with an older generation and was dropped.
    QCOMPARE(failed.size(), 0);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(emails(model), QStringList {QStringLiteral("forty.sessions@example.com")});
    QCOMPARE(model.query().search, QStringLiteral("forty.sessions"));
}

void TestEndUserTableModel::failureKeepsRowsAndIsNotStuckLoading()
{
    EndUserTableModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    const QStringList before = emails(model);
    const QString statusBefore = model.statusText();
    QVERIFY(m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 500},
                                {QStringLiteral("count"), 4}})
            >= 0);
    QSignalSpy failed(&model, &EndUserTableModel::loadFailed);
    model.nextPage();
    QVERIFY(failed.wait(15000));
    QVERIFY(!model.isLoading());
    QVERIFY(!model.isCurrent());
    QCOMPARE(emails(model), before);
    QCOMPARE(model.statusText(), statusBefore);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);
    m_server->clearFaults();
    model.reload();
    QVERIFY(waitForLoad(model));
    QVERIFY(model.isCurrent());
    QCOMPARE(model.pageInfo().page, 2);
}

void TestEndUserTableModel::legacyShapeFiltersLocally()
{
    DevServer legacy({QStringLiteral("--quiet"),
                      QStringLiteral("--legacy-shape"),
                      QStringLiteral("--seed-users"),
                      QStringLiteral("120")});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    ApiClient client;
    client.setBaseUrl(legacy.baseUrl());
    client.setAccessToken(legacy.tokenFor(QStringLiteral("admin@acme.test")));
    EndUserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setOrganization(QStringLiteral("acme-corp"));
    QVERIFY(waitForLoad(model));
    QVERIFY(model.rowCount() > 0);
    const int row = model.rowForId(model.userAt(0).id);
    QCOMPARE(row, 0);
    // An older server does not report last login or MFA: they read "Unknown", never "No" or "Never".
    QCOMPARE(model.data(model.index(0, EndUserTableModel::LastLoginColumn)).toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.data(model.index(0, EndUserTableModel::MfaColumn)).toString(), QStringLiteral("Unknown"));
    model.setSearch(QStringLiteral("zzz-no-such-user"));
    QVERIFY(waitForLoad(model));
    QVERIFY(model.isFilteredLocally());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.emptyText().contains(QStringLiteral("filtered locally")));
}

QTEST_GUILESS_MAIN(TestEndUserTableModel)
#include "tst_endusertablemodel.moc"
