// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "models/EndUserDetailLoader.h"
#include "models/EndUserTableModel.h"
#include "models/LinkedIdentityModel.h"
#include "models/SearchDebouncer.h"
#include "models/ServiceUsageModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

/// LinkedIdentityModel, ServiceUsageModel, EndUserDetailLoader and SearchDebouncer.
class TestDetailModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identities();
    void serviceUsageSeedAndReference();
    void loaderLoadsAndDropsOlderAnswers();
    void loaderReportsNotFound();
    void debouncerCommitsOnceAfterTyping();
    void debouncerEnterAndClear();

private:
    QString userIdFor(ApiClient& client, const QString& email);
    std::unique_ptr<DevServer> m_server;
};

void TestDetailModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<DevServer>(
        QStringList {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("50")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

QString TestDetailModels::userIdFor(ApiClient& client, const QString& email)
{
    EndUserTableModel list(&client);
    list.setSearch(email);
    list.setOrganization(QStringLiteral("acme-corp"));
    if (!QTest::qWaitFor([&list] { return !list.isLoading(); }, 10000))
        return {};
    for (int row = 0; row < list.rowCount(); ++row) {
        if (list.userAt(row).email == email)
            return list.userAt(row).id;
    }
    return {};
}

void TestDetailModels::identities()
{
    LinkedIdentityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LinkedIdentity github {QStringLiteral("github"),
                           QStringLiteral("12345"),
                           QStringLiteral("<b>x</b>@y.com"),
                           QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC)};
    LinkedIdentity google {QStringLiteral("google"), QStringLiteral("g-1"), std::nullopt, std::nullopt};
    model.setIdentities({github, google});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, LinkedIdentityModel::ProviderUserIdColumn).data().toString(), QStringLiteral("12345"));
    QCOMPARE(model.index(0, LinkedIdentityModel::EmailColumn).data().toString(), QStringLiteral("<b>x</b>@y.com"));
    // A tooltip with user data is escaped, so it can never render as markup.
    QVERIFY(model.index(0, LinkedIdentityModel::EmailColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;@y.com")));
    QCOMPARE(model.index(0, LinkedIdentityModel::LinkedAtColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2025-01-15 10:30:00 UTC"));
    QCOMPARE(model.index(1, LinkedIdentityModel::EmailColumn).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.index(1, LinkedIdentityModel::LinkedAtColumn).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Provider user id"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDetailModels::serviceUsageSeedAndReference()
{
    ServiceUsageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServiceUsage usage;
    usage.id = QStringLiteral("s1");
    usage.slug = QStringLiteral("main-app");
    usage.name = QStringLiteral("Main Application");
    model.setServices({usage}, ResponseShape::Seed);
    QCOMPARE(model.index(0, ServiceUsageModel::NameColumn).data().toString(), QStringLiteral("Main Application"));
    QCOMPARE(model.index(0, ServiceUsageModel::SlugColumn).data().toString(), QStringLiteral("main-app"));
    QCOMPARE(model.index(0, ServiceUsageModel::FirstLoginColumn).data().toString(), QStringLiteral("Never"));
    model.setServices({usage}, ResponseShape::Reference);
    QCOMPARE(model.index(0, ServiceUsageModel::LastLoginColumn).data().toString(), QStringLiteral("Unknown"));
}

void TestDetailModels::loaderLoadsAndDropsOlderAnswers()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    const QString john = userIdFor(client, QStringLiteral("john@customer.com"));
    const QString forty = userIdFor(client, QStringLiteral("forty.sessions@example.com"));
    QVERIFY(!john.isEmpty() && !forty.isEmpty());

    EndUserDetailLoader loader(&client);
    QSignalSpy loaded(&loader, &EndUserDetailLoader::loaded);
    m_server->addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users/") + john},
                        {QStringLiteral("kind"), QStringLiteral("latency")},
                        {QStringLiteral("ms"), 1000}});
    QSignalSpy failed(&loader, &EndUserDetailLoader::loadFailed);
    loader.load(QStringLiteral("acme-corp"), john);
    loader.load(QStringLiteral("acme-corp"), forty);
    QVERIFY(loaded.wait(10000));
    // Once the server has handled the first request too, still only the second answer was taken, and the first
    // one's cancellation (an older generation) did not count as a failure.
    const QString johnPath = QStringLiteral("/api/organizations/acme-corp/users/") + john;
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests(johnPath).isEmpty(), 10000);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(loader.isCurrent());
    QCOMPARE(loader.detail()->email, QStringLiteral("forty.sessions@example.com"));
    QCOMPARE(loader.detail()->sessions.activeCount, 40);
}

void TestDetailModels::loaderReportsNotFound()
{
    ApiClient client;
    client.setBaseUrl(m_server->baseUrl());
    client.setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    EndUserDetailLoader loader(&client);
    QSignalSpy failed(&loader, &EndUserDetailLoader::loadFailed);
    QSignalSpy loading(&loader, &EndUserDetailLoader::loadingChanged);
    loader.load(QStringLiteral("acme-corp"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    QVERIFY(!loader.isLoading());
    QCOMPARE(loading.size(), 2);
}

void TestDetailModels::debouncerCommitsOnceAfterTyping()
{
    SearchDebouncer debouncer;
    QSignalSpy committed(&debouncer, &SearchDebouncer::searchCommitted);
    // Keystrokes never wait longer than the pause here, however slow the machine: the pause is an hour.
    debouncer.setDelay(std::chrono::hours(1));
    const QString typed = QStringLiteral("john@cust.co");
    for (int i = 1; i <= typed.size(); ++i)
        debouncer.setText(typed.left(i));
    QCOMPARE(committed.size(), 0);
    QVERIFY(debouncer.isPending());
    // The pause ends (a shorter one starts over from the last keystroke): one commit, of the whole text.
    debouncer.setDelay(std::chrono::milliseconds(1));
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.first().first().toString(), typed);
    // The same text again (e.g. trailing space, or an invisible joiner from a dialog) commits nothing.
    debouncer.setText(typed + QLatin1Char(' ') + QChar(0x2060));
    QVERIFY(!debouncer.isPending());
    QCOMPARE(committed.size(), 1);
}

void TestDetailModels::debouncerEnterAndClear()
{
    SearchDebouncer debouncer;
    QSignalSpy committed(&debouncer, &SearchDebouncer::searchCommitted);
    debouncer.setText(QStringLiteral("jane"));
    debouncer.commitNow();
    QCOMPARE(committed.size(), 1);
    QVERIFY(!debouncer.isPending()); // Enter stopped the pause: nothing commits later
    debouncer.clear();
    QCOMPARE(committed.size(), 2);
    QCOMPARE(committed.last().first().toString(), QString());
}

QTEST_GUILESS_MAIN(TestDetailModels)
#include "tst_detailmodels.moc"
