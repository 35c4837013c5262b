// SPDX-License-Identifier: MIT
// BulkRevocation against a real sso-dev-server: one DELETE per account, at most N in flight, every outcome kind
// (revoked, refused, not found, never reached, unknown after a dropped connection or a hang), Cancel and Pause,
// 429 and 401, and the journal: an attempt and an outcome per account with the reason and the batch id, intact.
#include "DevServer.h"
#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "audit/AuditAction.h"
#include "audit/AuditJournal.h"
#include "bulk/BulkRevocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using Status = BulkRevocation::Status;
using namespace std::chrono_literals;

namespace {
const QString Acme = QStringLiteral("acme-corp");
const QString Reason = QStringLiteral("INC-4711 credential stuffing");
QString deletePath(const QString& id)
{
    return QStringLiteral("/api/organizations/acme-corp/users/%1/sessions").arg(id);
}
} // namespace

class TestBulkRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void revokesEachAccountOnce();
    void lostAnswersAreUnknown();
    void refusalsAndMissingAccounts();
    void hangIsUnknown();
    void refusedConnectionIsNotRevoked();
    void cancelSendsNothingMore();
    void pauseAndResume();
    void rateLimitHoldsTheRestBack();
    void signInEndedPausesUntilResumed();
    void unwritableJournalSendsNothing();

private:
    QList<BulkRevocation::Target> targets(int count);
    std::unique_ptr<BulkRevocation> make(const QList<BulkRevocation::Target>& targets, ApiClient* client = nullptr);
    bool run(BulkRevocation& bulk);
    int deletes() { return int(m_server->requests(deletePath(QStringLiteral("*")), QStringLiteral("DELETE")).size()); }

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    QList<BulkRevocation::Target> m_pool;
    int m_used = 0;
};

void TestBulkRevocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bulkrevocation"));
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--shape"),
                                                        QStringLiteral("2026"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("600")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestBulkRevocation::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setAccessToken(m_server->tokenFor(QStringLiteral("admin@acme.test")));
    m_client->setMinRateLimitWait(10ms);
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

QList<BulkRevocation::Target> TestBulkRevocation::targets(int count)
{
    // Each test takes accounts no other test touched, so that earlier revocations do not matter.
    while (m_pool.size() < m_used + count) {
        EndUserQuery query;
        query.limit = 100;
        query.page = m_pool.size() / 100 + 1;
        QPointer<ListEndUsersJob> job = new ListEndUsersJob(m_client.get(), Acme, query);
        bool empty = true;
        connect(job, &ApiJob::finished, this, [this, &empty, job = job.data()] {
            for (const EndUserSummary& user : job->page().users) {
                m_pool.append({user.id, user.email, std::nullopt});
                empty = false;
            }
        });
        job->start();
        if (!QTest::qWaitFor([&job] { return job.isNull(); }, 15000) || empty)
            break;
    }
    m_server->clearRequests();
    const QList<BulkRevocation::Target> result = m_pool.mid(m_used, count);
    m_used += count;
    return result;
}

std::unique_ptr<BulkRevocation> TestBulkRevocation::make(const QList<BulkRevocation::Target>& targets,
                                                         ApiClient* client)
{
    auto bulk = std::make_unique<BulkRevocation>(
        client ? client : m_client.get(), m_journal.get(), Acme, QStringLiteral("admin@acme.test"), Reason, targets);
    bulk->setRateLimitBackoff(20ms);
    return bulk;
}

bool TestBulkRevocation::run(BulkRevocation& bulk)
{
    bulk.start();
    return QTest::qWaitFor([&bulk] { return bulk.state() == BulkRevocation::State::Finished; }, 60000);
}

void TestBulkRevocation::revokesEachAccountOnce()
{
    QList<BulkRevocation::Target> list = targets(25);
    QCOMPARE(list.size(), 25);
    list.append(list.first()); // chosen twice: still one DELETE
    auto bulk = make(list);
    QCOMPARE(bulk->total(), 25);
    int maxSending = 0;
    connect(bulk.get(), &BulkRevocation::itemChanged, this, [&] {
        maxSending = std::max(maxSending, bulk->count(Status::Sending));
    });
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->count(Status::Revoked), 25);
    QCOMPARE(maxSending, 2);
    QCOMPARE(deletes(), 25);
    QSet<QString> paths;
    for (const QJsonValue& request : m_server->requests(deletePath(QStringLiteral("*")), QStringLiteral("DELETE")))
        paths.insert(request.toObject().value(QStringLiteral("path")).toString());
    QCOMPARE(paths.size(), 25);
    for (const auto& item : bulk->items())
        QVERIFY(item.outcome.result.sessionsRevoked.has_value());
    QVERIFY(bulk->retryableTargets().isEmpty());

    // The journal: an attempt and an outcome per account, each with the reason and the batch id; intact.
    const AuditJournal::Contents contents = m_journal->read();
    QCOMPARE(contents.entries.size(), 50);
    QCOMPARE(contents.check.status, AuditJournalCheck::Status::Intact);
    for (const AuditEntry& entry : contents.entries) {
        QCOMPARE(entry.reason, Reason);
        QCOMPARE(entry.batchId, bulk->batchId());
    }
    const QList<AuditAction> actions = AuditAction::fromEntries(contents.entries);
    QCOMPARE(actions.size(), 25);
    for (const AuditAction& action : actions)
        QCOMPARE(action.state(), AuditAction::State::Revoked);
}

void TestBulkRevocation::lostAnswersAreUnknown()
{
    const QList<BulkRevocation::Target> list = targets(25);
    // The server acts on these two and closes the connection without answering.
    for (int i : {3, 17})
        QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(i).userId)},
                                    {QStringLiteral("kind"), QStringLiteral("close")},
                                    {QStringLiteral("handle"), true}})
                >= 0);
    auto bulk = make(list);
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->count(Status::Revoked), 23);
    QCOMPARE(bulk->count(Status::Unknown), 2);
    QCOMPARE(bulk->items().at(3).status, Status::Unknown);
    QCOMPARE(bulk->items().at(17).status, Status::Unknown);
    QCOMPARE(deletes(), 25); // nothing was sent again, by us or by Qt
    QVERIFY(bulk->retryableTargets().isEmpty()); // never the unknown ones
    const QList<AuditAction> actions = AuditAction::fromEntries(m_journal->entries());
    QCOMPARE(std::count_if(actions.cbegin(),
                           actions.cend(),
                           [](const AuditAction& a) { return a.state() == AuditAction::State::Unknown; }),
             2);
}

void TestBulkRevocation::refusalsAndMissingAccounts()
{
    QList<BulkRevocation::Target> list = targets(6);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(1).userId)},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 403},
                                {QStringLiteral("body"),
                                 QJsonObject {{QStringLiteral("error"), QStringLiteral("Insufficient permissions")},
                                              {QStringLiteral("error_code"), QStringLiteral("FORBIDDEN")}}}})
            >= 0);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(2).userId)},
                                {QStringLiteral("kind"), QStringLiteral("reset")}})
            >= 0);
    list.append({QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("gone@x.test"), {}});
    auto bulk = make(list);
    QVERIFY(run(*bulk));
    const auto& items = bulk->items();
    QCOMPARE(items.at(1).status, Status::NotRevoked);
    QCOMPARE(items.at(1).outcome.reason, RevocationOutcome::Reason::Refused);
    QCOMPARE(items.at(1).outcome.error.serverMessage, QStringLiteral("Insufficient permissions"));
    // A reset after the head arrived: sent, and the answer was not read whole.
    QVERIFY(items.at(2).status == Status::Unknown || items.at(2).status == Status::Revoked);
    QCOMPARE(items.at(6).status, Status::NotRevoked);
    QCOMPARE(items.at(6).outcome.reason, RevocationOutcome::Reason::NotFound);
    QCOMPARE(bulk->count(Status::Revoked) - (items.at(2).status == Status::Revoked ? 1 : 0), 4);
    const QList<BulkRevocation::Target> retry = bulk->retryableTargets();
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.at(0).userId, list.at(1).userId);
    QCOMPARE(retry.at(1).userId, list.at(6).userId);
    QCOMPARE(deletes(), 7);
}

void TestBulkRevocation::hangIsUnknown()
{
    const QList<BulkRevocation::Target> list = targets(4);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(0).userId)},
                                {QStringLiteral("kind"), QStringLiteral("hang")}})
            >= 0);
    m_client->setTransferTimeout(500ms);
    auto bulk = make(list);
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->items().at(0).status, Status::Unknown);
    QCOMPARE(bulk->items().at(0).outcome.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(bulk->count(Status::Revoked), 3);
    QCOMPARE(bulk->retryableTargets().size(), 0);
}

void TestBulkRevocation::refusedConnectionIsNotRevoked()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ApiClient offline;
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    offline.setAccessToken(QStringLiteral("x"));
    auto bulk = make(targets(3), &offline);
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->count(Status::NotRevoked), 3);
    for (const auto& item : bulk->items())
        QCOMPARE(item.outcome.reason, RevocationOutcome::Reason::NeverReached);
    QCOMPARE(bulk->retryableTargets().size(), 3);
    const QList<AuditAction> actions = AuditAction::fromEntries(m_journal->entries());
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.first().outcome->outcome->kind, AuditOutcome::Kind::NotReached);
}

void TestBulkRevocation::cancelSendsNothingMore()
{
    const QList<BulkRevocation::Target> list = targets(25);
    auto bulk = make(list);
    bulk->setMaxInFlight(1);
    connect(bulk.get(), &BulkRevocation::progressChanged, this, [&] {
        if (bulk->doneCount() == 10)
            bulk->cancel();
    });
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->stopReason(), BulkRevocation::Stop::Cancelled);
    QCOMPARE(bulk->sentCount(), 10);
    QCOMPARE(bulk->count(Status::Revoked), 10);
    QCOMPARE(bulk->count(Status::NotSent), 15);
    QCOMPARE(deletes(), 10);
    QCOMPARE(m_journal->entries().size(), 20); // nothing journalled for the accounts never sent
    QCOMPARE(bulk->retryableTargets().size(), 15);
}

void TestBulkRevocation::pauseAndResume()
{
    const QList<BulkRevocation::Target> list = targets(8);
    auto bulk = make(list);
    connect(bulk.get(), &BulkRevocation::progressChanged, this, [&] {
        if (bulk->doneCount() == 2 && bulk->state() == BulkRevocation::State::Running)
            bulk->pause();
    });
    bulk->start();
    QTRY_COMPARE(bulk->state(), BulkRevocation::State::Paused);
    QTRY_COMPARE(bulk->count(Status::Sending), 0); // the answers already under way arrive
    const int sent = bulk->sentCount();
    QVERIFY(sent < 8);
    QCOMPARE(deletes(), sent);
    bulk->resume();
    QTRY_COMPARE(bulk->state(), BulkRevocation::State::Finished);
    QCOMPARE(bulk->count(Status::Revoked), 8);
    QCOMPARE(deletes(), 8);
}

void TestBulkRevocation::rateLimitHoldsTheRestBack()
{
    const QList<BulkRevocation::Target> list = targets(5);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(0).userId)},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 429},
                                {QStringLiteral("body"), QStringLiteral("Too Many Requests! Wait for 0s")}})
            >= 0);
    auto bulk = make(list);
    bulk->setMaxInFlight(1);
    int limited = 0;
    connect(bulk.get(), &BulkRevocation::rateLimited, this, [&] { ++limited; });
    QVERIFY(run(*bulk));
    QCOMPARE(limited, 1);
    QCOMPARE(bulk->items().at(0).status, Status::NotRevoked); // never sent again by itself
    QCOMPARE(bulk->items().at(0).outcome.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(bulk->count(Status::Revoked), 4);
    QCOMPARE(deletes(), 5);
}

void TestBulkRevocation::signInEndedPausesUntilResumed()
{
    const QList<BulkRevocation::Target> list = targets(4);
    QVERIFY(m_server->addFault({{QStringLiteral("path"), deletePath(list.at(0).userId)},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 401}})
            >= 0);
    auto bulk = make(list);
    bulk->setMaxInFlight(1);
    bulk->start();
    QTRY_VERIFY(bulk->isWaitingForSignIn());
    QCOMPARE(bulk->state(), BulkRevocation::State::Paused);
    QCOMPARE(deletes(), 1);
    emit m_client->resumed(); // a new sign-in
    QTRY_COMPARE(bulk->state(), BulkRevocation::State::Finished);
    QCOMPARE(bulk->items().at(0).status, Status::NotRevoked);
    QCOMPARE(bulk->count(Status::Revoked), 3);
    QCOMPARE(bulk->retryableTargets().size(), 1);
}

void TestBulkRevocation::unwritableJournalSendsNothing()
{
    // A directory where the journal file should be: nothing can be recorded, so nothing is sent.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("blocked.jsonl")));
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("blocked.jsonl")));
    auto bulk = make(targets(5));
    QVERIFY(run(*bulk));
    QCOMPARE(bulk->stopReason(), BulkRevocation::Stop::JournalFailed);
    QVERIFY(!bulk->journalError().isEmpty());
    QCOMPARE(bulk->items().at(0).status, Status::NotRevoked);
    QCOMPARE(bulk->items().at(0).outcome.reason, RevocationOutcome::Reason::NotSent);
    QCOMPARE(bulk->count(Status::NotSent), 4);
    QCOMPARE(deletes(), 0);
}

QTEST_GUILESS_MAIN(TestBulkRevocation)
#include "tst_bulkrevocation.moc"
