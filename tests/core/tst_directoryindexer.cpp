// SPDX-License-Identifier: MIT
// DirectoryIndexer over real HTTP against sso-dev-server in the shapes that ignore `search` (--shape ref and
// --shape 2026): the copy holds every end-user once, a search finds one on page 40, cancel and resume, rate limits
// and dropped connections are waited out, and neither a token nor a password hash reaches the file.
#include "DevServer.h"
#include "api/ApiClient.h"
#include "directory/DirectoryIndexer.h"
#include "directory/DirectoryStore.h"
#include "directory/LocalDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;

class TestDirectoryIndexer : public QObject
{
    Q_OBJECT
private:
    DevServer m_ref {{QStringLiteral("--seed-users"),
                      QStringLiteral("2600"),
                      QStringLiteral("--quiet"),
                      QStringLiteral("--shape"),
                      QStringLiteral("ref")}};
    DevServer m_2026 {{QStringLiteral("--seed-users"),
                       QStringLiteral("2600"),
                       QStringLiteral("--quiet"),
                       QStringLiteral("--shape"),
                       QStringLiteral("2026")}};
    QTemporaryDir m_dir;

    DevServer& server(const QString& shape) { return shape == QStringLiteral("ref") ? m_ref : m_2026; }

    std::unique_ptr<ApiClient> clientFor(DevServer& dev)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(dev.baseUrl());
        client->setAccessToken(dev.tokenFor(QStringLiteral("owner@acme.test")));
        client->setMinRateLimitWait(10ms);
        client->setRetryBackoff(10ms);
        return client;
    }

    /// Runs an indexer to its end; the error it finished with.
    ApiError build(ApiClient* client, LocalDirectory* db, int cancelAfterRows = -1)
    {
        DirectoryIndexer indexer(client, db, QStringLiteral("acme-corp"));
        QSignalSpy finished(&indexer, &DirectoryIndexer::finished);
        if (cancelAfterRows >= 0) {
            connect(&indexer, &DirectoryIndexer::progressChanged, &indexer, [&indexer, cancelAfterRows](qint64 done) {
                if (done >= cancelAfterRows)
                    indexer.cancel();
            });
        }
        indexer.start();
        if (!finished.wait(120000) && finished.isEmpty())
            return ApiError::invalidRequest(QStringLiteral("no end"));
        return finished.first().first().value<ApiError>();
    }

    qint64 serverTotal(DevServer& dev)
    {
        const auto reply = dev.send("GET",
                                    QStringLiteral("/api/organizations/acme-corp/users?limit=1"),
                                    dev.tokenFor(QStringLiteral("owner@acme.test")));
        return qint64(reply.json().value(QStringLiteral("total")).toDouble());
    }

    /// The email of the first end-user on page 40 of 50, as the server lists them.
    QString emailOnPage40(DevServer& dev)
    {
        const auto reply = dev.send("GET",
                                    QStringLiteral("/api/organizations/acme-corp/users?page=40&limit=50"),
                                    dev.tokenFor(QStringLiteral("owner@acme.test")));
        const QJsonArray users = reply.json().value(QStringLiteral("users")).toArray();
        return users.isEmpty()
            ? QString()
            : users.at(7).toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_ref.start(), qPrintable(m_ref.errorString()));
        QVERIFY2(m_2026.start(), qPrintable(m_2026.errorString()));
    }

    void fullBuild_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("ref") << QStringLiteral("ref");
        QTest::newRow("2026") << QStringLiteral("2026");
    }

    void fullBuild()
    {
        QFETCH(QString, shape);
        DevServer& dev = server(shape);
        auto client = clientFor(dev);
        LocalDirectory db(m_dir.filePath(shape + QStringLiteral("-full.sqlite")));
        QVERIFY(db.open());
        dev.clearRequests();
        const ApiError error = build(client.get(), &db);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        const QJsonArray requests = dev.requests(QStringLiteral("/api/organizations/acme-corp/users"));
        const qint64 total = serverTotal(dev);
        QVERIFY(total > 2000);
        QCOMPARE(db.count({}), std::optional<qint64>(total));
        QVERIFY(db.builtAt());
        // limit=100, every page once.
        QCOMPARE(requests.size(), (total + 99) / 100);
        for (const QJsonValue& request : requests)
            QCOMPARE(request.toObject()
                         .value(QStringLiteral("query_items"))
                         .toObject()
                         .value(QStringLiteral("limit"))
                         .toString(),
                     QStringLiteral("100"));

        // The server ignores search; the copy finds the end-user on page 40.
        const QString target = emailOnPage40(dev);
        QVERIFY(!target.isEmpty());
        DirectoryQuery query;
        query.search = target.toUpper();
        const auto rows = db.rows(query, 0, 50);
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->begin(), rows->end(), [&](const EndUserSummary& u) { return u.email == target; }));
        query.search = QStringLiteral("john+test@");
        QCOMPARE(db.count(query), std::optional<qint64>(1));
        query.search = QStringLiteral("åsa.ö");
        QCOMPARE(db.count(query), std::optional<qint64>(1));

        // Neither the member's token nor any password hash is in the files.
        db.close();
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_dir.filePath(shape + QStringLiteral("-full.sqlite")) + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains(client->accessToken().toUtf8()));
        QVERIFY(!bytes.contains("c2VlZGVkLWJ5LXNzby1kZXYtc2VydmVy"));
        QVERIFY(!bytes.contains("argon2"));
        QVERIFY(!bytes.contains("eyJ")); // no JWT of any kind
    }

    void cancelAndResume()
    {
        DevServer& dev = m_2026;
        auto client = clientFor(dev);
        LocalDirectory db(m_dir.filePath(QStringLiteral("resume.sqlite")));
        QVERIFY(db.open());
        const ApiError cancelled = build(client.get(), &db, 800);
        QCOMPARE(cancelled.kind, ApiError::Kind::Cancelled);
        QVERIFY(!db.builtAt());
        const auto state = db.resumeOrBeginBuild();
        QVERIFY(state && state->pagesDone.size() >= 8);
        const qsizetype pagesBefore = state->pagesDone.size();
        dev.clearRequests();
        const ApiError error = build(client.get(), &db);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        const qsizetype requests = dev.requests(QStringLiteral("/api/organizations/acme-corp/users")).size();
        const qint64 total = serverTotal(dev);
        QCOMPARE(db.count({}), std::optional<qint64>(total));
        // Page 1 again (for the total), then only the pages not read before.
        QCOMPARE(requests, (total + 99) / 100 - pagesBefore + 1);
    }

    void waitsOutFailures()
    {
        DevServer& dev = m_ref;
        auto client = clientFor(dev);
        client->setMaxRateLimitRetries(0);
        LocalDirectory db(m_dir.filePath(QStringLiteral("faults.sqlite")));
        QVERIFY(db.open());
        QVERIFY(dev.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                              {QStringLiteral("kind"), QStringLiteral("status")},
                              {QStringLiteral("status"), 429},
                              {QStringLiteral("body"), QStringLiteral("Too Many Requests! Wait for 0s")},
                              {QStringLiteral("count"), 3}})
                >= 0);
        QVERIFY(dev.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/acme-corp/users")},
                              {QStringLiteral("kind"), QStringLiteral("close")},
                              {QStringLiteral("count"), 2}})
                >= 0);
        const ApiError error = build(client.get(), &db);
        dev.clearFaults();
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QCOMPARE(db.count({}), std::optional<qint64>(serverTotal(dev)));
    }

    void permanentFailureStops()
    {
        DevServer& dev = m_ref;
        auto client = clientFor(dev);
        client->setAccessToken(QStringLiteral("not-a-token"));
        LocalDirectory db(m_dir.filePath(QStringLiteral("refused.sqlite")));
        QVERIFY(db.open());
        const ApiError error = build(client.get(), &db);
        QVERIFY(error.needsAuthentication());
        QVERIFY(!db.builtAt());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryIndexer)
#include "tst_directoryindexer.moc"
