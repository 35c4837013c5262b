// SPDX-License-Identifier: MIT
// The fault matrix at the window (issue 14): the main window against sso-dev-server's faults on the end-user list.
// For each: the program stays alive, says what happened in words, never shows the old rows as current, and
// recovers once the fault is gone. What the person sees is printed (qInfo) for the record.
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "UiHarness.h"
#include "audit/AuditJournal.h"

#include <QAction>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdmin::Test;

namespace {
const QString Admin = QStringLiteral("admin@acme.test");
const QString ListPath = QStringLiteral("/api/organizations/acme-corp/users");
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        prepareUiTest("tst_faultmatrix");
        m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
        m_client = clientFor(*m_server, Admin);
        m_client->setTransferTimeout(std::chrono::milliseconds(4000));
        m_client->setRetryBackoff(std::chrono::milliseconds(10));
        m_client->setMaxRateLimitRetries(0); // a 429 is shown, not waited for
        m_window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_journal.get());
        m_window->setSignedInMember(Admin);
        m_window->show();
        m_window->start(QStringLiteral("acme-corp"));
        QVERIFY(waitForList(m_window->endUserModel()));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
    }

    void faultOnTheList_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("fails"); // 1: the load fails, 0: it succeeds, -1: either, as long as it says so
        const auto kind = [](const char* name, QJsonObject more = {}) {
            more.insert(QStringLiteral("kind"), QLatin1String(name));
            return more;
        };
        const auto status = [](int code) {
            return QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), code}};
        };
        const auto patch = [](const char* path, const QJsonValue& value) {
            return QJsonObject {{QStringLiteral("kind"), QStringLiteral("patch")},
                                {QStringLiteral("set"), QJsonObject {{QLatin1String(path), value}}}};
        };
        QTest::newRow("500") << status(500) << 1;
        QTest::newRow("502") << status(502) << 1;
        QTest::newRow("503") << status(503) << 1;
        QTest::newRow("429") << status(429) << 1;
        QTest::newRow("429 with a huge Retry-After") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")},
                                                                     {QStringLiteral("status"), 429},
                                                                     {QStringLiteral("retry_after"), 9999999999.0}}
                                                     << 1;
        QTest::newRow("503 with Retry-After") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")},
                                                              {QStringLiteral("status"), 503},
                                                              {QStringLiteral("retry_after"), 1}}
                                              << 1;
        QTest::newRow("404") << status(404) << 1;
        QTest::newRow("413") << status(413) << 1;
        QTest::newRow("malformed JSON") << kind("malformed") << 1;
        QTest::newRow("truncated JSON") << kind("truncated") << 1;
        QTest::newRow("JSON of the wrong type")
            << QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 200},
                            {QStringLiteral("body"), QJsonObject {{QStringLiteral("users"), QStringLiteral("none")}}}}
            << 1;
        QTest::newRow("limit 0") << patch("pagination.limit", 0) << 1;
        QTest::newRow("negative total") << patch("pagination.total", -1) << 1;
        QTest::newRow("total 2^63-1") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("patch")},
                                                      {QStringLiteral("set_raw"),
                                                       QJsonObject {{QStringLiteral("pagination.total"),
                                                                     QStringLiteral("9223372036854775807")}}}}
                                      << 1;
        QTest::newRow("20 MB body") << kind("huge") << 1;
        QTest::newRow("gzip to 1 GiB") << kind("gzip") << 1;
        QTest::newRow("reset mid-body") << kind("reset") << 1;
        QTest::newRow("closed before the answer") << kind("close") << 1;
        QTest::newRow("1 byte per second") << kind("drip") << 1;
        QTest::newRow("hang past the timeout") << kind("hang") << 1;
        QTest::newRow("redirect loop") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("redirect")},
                                                       {QStringLiteral("location"), m_server->url(ListPath).toString()}}
                                       << 1;
        QTest::newRow("wrong content type") << kind("content_type") << -1;
        QTest::newRow("duplicate keys") << kind("duplicate_keys") << -1;
        QTest::newRow("invalid UTF-8") << kind("invalid_utf8") << -1;
        QTest::newRow("more rows than limit") << patch("pagination.limit", 5) << 0;
    }

    void faultOnTheList()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, fails);
        EndUserTableModel* model = m_window->endUserModel();
        InlineBanner* banner = m_window->listPane()->banner();
        QAction* refresh = m_window->findChild<QAction*>(QStringLiteral("actionRefresh"));
        QVERIFY(waitForList(model));
        fault.insert(QStringLiteral("path"), ListPath);
        fault.insert(QStringLiteral("count"), -1);
        QVERIFY(m_server->addFault(fault) > 0);

        refresh->trigger();
        QVERIFY(QTest::qWaitFor([model] { return !model->isLoading(); }, 90000));
        if (fails == 1 || (fails == -1 && !model->isCurrent())) {
            QVERIFY(!model->isCurrent()); // the old rows are marked as not current
            QTRY_VERIFY(banner->isVisible());
            QVERIFY(!banner->text().trimmed().isEmpty());
            qInfo().noquote() << "FAULT" << QTest::currentDataTag() << "->" << banner->text().simplified();
            if (QTest::currentDataTag() == QLatin1String("redirect loop"))
                QVERIFY2(banner->text().contains(QLatin1String("was not followed")), qPrintable(banner->text()));
            if (QTest::currentDataTag() == QLatin1String("429 with a huge Retry-After")) // capped at a day, in hours
                QVERIFY2(banner->text().contains(QLatin1String("try again in 24 hours")), qPrintable(banner->text()));
        } else {
            QVERIFY2(model->isCurrent(), qPrintable(model->lastError().describe()));
            QVERIFY(model->rowCount() > 0);
            QVERIFY(model->rowCount() <= model->query().clampedLimit());
            qInfo().noquote() << "FAULT" << QTest::currentDataTag() << "-> shown as usual:" << model->statusText();
        }

        // The fault clears: the next refresh shows the list as current again.
        m_server->clearFaults();
        refresh->trigger();
        QVERIFY(QTest::qWaitFor([model] { return !model->isLoading() && model->isCurrent(); }, 30000));
        QVERIFY(model->rowCount() > 0);
        QTRY_VERIFY(!banner->isVisible());
    }

    void serverThatIsDown()
    {
        // Nothing listens on the port: a window opened against it says so, and offers nothing as current.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(probe.serverPort());
        probe.close();
        ApiClient client;
        client.setBaseUrl(url);
        client.setAccessToken(m_server->tokenFor(Admin));
        client.setRetryBackoff(std::chrono::milliseconds(10));
        MainWindow window(&client, nullptr, m_journal.get());
        window.setSignedInMember(Admin);
        window.show();
        window.start(QStringLiteral("acme-corp"));
        InlineBanner* banner = window.listPane()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !window.endUserModel()->isLoading(), 30000);
        QVERIFY(window.endUserModel()->rowCount() == 0 || !window.endUserModel()->isCurrent());
        QVERIFY2(banner->text().contains(QLatin1String("could not be reached")), qPrintable(banner->text()));
        qInfo().noquote() << "FAULT connection refused ->" << banner->text().simplified();
    }

private:
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
