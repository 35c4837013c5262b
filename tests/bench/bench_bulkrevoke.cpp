// SPDX-License-Identifier: MIT
// Revokes the sessions of N accounts (default 1,000) against a local sso-dev-server through BulkRevocation, with
// the audit journal written and synced for every attempt and outcome, and prints the accounts per second. It then
// asks the server which DELETEs it received and confirms one per account. Prints figures; never fails on timing.
// Example: build/dev/bin/bench_bulkrevoke --accounts 1000 --in-flight 2
#include "DevServer.h"
#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "audit/AuditJournal.h"
#include "bulk/BulkRevocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace UserAdmin;
using namespace UserAdmin::Test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"),
                      QStringLiteral("accounts to revoke"),
                      QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("in-flight"),
                      QStringLiteral("requests in flight (1..4)"),
                      QStringLiteral("K"),
                      QStringLiteral("2")});
    parser.process(app);
    const int accounts = std::clamp(parser.value(QStringLiteral("accounts")).toInt(), 1, 100000);
    const int inFlight = parser.value(QStringLiteral("in-flight")).toInt();

    // 80 % of the generated end-users belong to acme-corp.
    DevServer server({QStringLiteral("--quiet"),
                      QStringLiteral("--shape"),
                      QStringLiteral("2026"),
                      QStringLiteral("--seed-users"),
                      QString::number(accounts * 5 / 4 + 100)});
    if (!server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setAccessToken(server.tokenFor(QStringLiteral("admin@acme.test")));

    QList<BulkRevocation::Target> targets;
    for (qint64 page = 1; targets.size() < accounts; ++page) {
        EndUserQuery query;
        query.page = page;
        query.limit = 100;
        QPointer<ListEndUsersJob> job = new ListEndUsersJob(&client, QStringLiteral("acme-corp"), query);
        bool empty = true;
        QObject::connect(job, &ApiJob::finished, job, [&, j = job.data()] {
            for (const EndUserSummary& user : j->page().users) {
                if (targets.size() < accounts)
                    targets.append({user.id, user.email, std::nullopt});
                empty = false;
            }
        });
        job->start();
        if (!QTest::qWaitFor([&job] { return job.isNull(); }, 30000) || empty)
            break;
    }
    server.clearRequests();

    QTemporaryDir dir;
    AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
    BulkRevocation bulk(&client,
                        &journal,
                        QStringLiteral("acme-corp"),
                        QStringLiteral("admin@acme.test"),
                        QStringLiteral("BENCH-1"),
                        targets);
    bulk.setMaxInFlight(inFlight);
    QElapsedTimer timer;
    timer.start();
    bulk.start();
    if (!QTest::qWaitFor([&bulk] { return bulk.state() == BulkRevocation::State::Finished; }, 30 * 60 * 1000))
        std::fprintf(stderr, "the revocation did not finish in 30 minutes\n");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const QJsonArray requests =
        server.requests(QStringLiteral("/api/organizations/acme-corp/users/*/sessions"), QStringLiteral("DELETE"));
    QSet<QString> paths;
    for (const QJsonValue& request : requests)
        paths.insert(request.toObject().value(QStringLiteral("path")).toString());
    const AuditJournalCheck check = journal.verify();

    std::printf("accounts %d, in flight %d\n", int(targets.size()), bulk.maxInFlight());
    std::printf("revoked %d, not revoked %d, unknown %d, sessions revoked %lld\n",
                bulk.count(BulkRevocation::Status::Revoked),
                bulk.count(BulkRevocation::Status::NotRevoked),
                bulk.count(BulkRevocation::Status::Unknown),
                static_cast<long long>(bulk.sessionsRevoked()));
    std::printf("elapsed %.2f s, %.1f accounts/s\n", seconds, double(targets.size()) / seconds);
    std::printf("DELETEs received %d, distinct accounts %d: %s\n",
                int(requests.size()),
                int(paths.size()),
                requests.size() == targets.size() && paths.size() == targets.size() ? "one DELETE each"
                                                                                    : "NOT one DELETE each");
    std::printf("journal entries %lld, %s\n", static_cast<long long>(check.entries), qPrintable(check.sentence()));
    return requests.size() == targets.size() && paths.size() == targets.size() ? 0 : 1;
}
