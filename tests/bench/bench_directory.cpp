// SPDX-License-Identifier: MIT
// The local copy of an organization's end-user list against a local sso-dev-server: how fast it fills (end-users
// per second of the server alone and of the client storing them, the client's CPU time per 1,000 end-users, peak
// RSS), its size per end-user, search latency (3+ characters through the trigram index, 1-2 by a scan), the first
// page of each sort, and a full export. Run by hand (not a CTest test):
//   bench_directory [--users N] [--shape ref|2026|seed] [--requests N]
// It prints figures and never fails on timing.
#include "DevServer.h"
#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "directory/DirectoryExport.h"
#include "directory/DirectoryIndexer.h"
#include "directory/LocalDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

/// Reads every page at limit=100 with `concurrency` requests in flight, decoding but not storing: the server's pace.
double serverRate(ApiClient& client, qint64 total, int concurrency)
{
    const qint64 pages = (total + 99) / 100;
    qint64 next = 1, done = 0, rows = 0;
    int inFlight = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> launch = [&] {
        while (inFlight < concurrency && next <= pages) {
            EndUserQuery query;
            query.page = next++;
            query.limit = 100;
            auto* job = new ListEndUsersJob(&client, QStringLiteral("acme-corp"), query);
            ++inFlight;
            QObject::connect(job, &ApiJob::finished, job, [&, job] {
                rows += job->page().users.size();
                --inFlight;
                ++done;
                launch();
            });
            job->start();
        }
    };
    launch();
    if (!QTest::qWaitFor([&] { return done >= pages; }, 3600 * 1000))
        std::fprintf(stderr, "server pass did not finish\n");
    return double(rows) / (double(timer.elapsed()) / 1000.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(
        QStringLiteral("users"), QStringLiteral("generated end-users"), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption shapeOption(
        QStringLiteral("shape"), QStringLiteral("server shape"), QStringLiteral("SHAPE"), QStringLiteral("2026"));
    const QCommandLineOption requestsOption(
        QStringLiteral("requests"), QStringLiteral("searches per kind"), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("requests in flight"), QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({usersOption, shapeOption, requestsOption, concurrencyOption});
    parser.process(app);
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int requests = std::max(1, parser.value(requestsOption).toInt());

    DevServer server({QStringLiteral("--seed-users"),
                      parser.value(usersOption),
                      QStringLiteral("--quiet"),
                      QStringLiteral("--shape"),
                      parser.value(shapeOption)});
    QElapsedTimer seeding;
    seeding.start();
    if (!server.start(3600 * 1000)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("seeded %s end-users (%s shape) in %.1f s\n",
                qPrintable(parser.value(usersOption)),
                qPrintable(parser.value(shapeOption)),
                double(seeding.elapsed()) / 1000.0);
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setAccessToken(server.tokenFor(QStringLiteral("owner@acme.test")));

    QTemporaryDir dir;
    LocalDirectory db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return 1;
    }
    const long rssBefore = peakRssKb();
    DirectoryIndexer indexer(&client, &db, QStringLiteral("acme-corp"));
    indexer.setConcurrency(concurrency);
    bool finished = false;
    QObject::connect(&indexer, &DirectoryIndexer::finished, &indexer, [&](const ApiError& error) {
        if (error.isError())
            std::fprintf(
                stderr, "indexing failed: %s %s\n", qPrintable(error.describe()), qPrintable(indexer.storageError()));
        finished = true;
    });
    QElapsedTimer fill;
    const double cpuBefore = cpuSeconds();
    fill.start();
    indexer.start();
    if (!QTest::qWaitFor([&] { return finished; }, 3600 * 1000))
        std::fprintf(stderr, "indexing did not finish\n");
    const double fillSeconds = double(fill.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 stored = indexer.stored();
    std::printf("fill: %lld end-users in %.1f s = %.0f end-users/s (client), %d requests in flight\n",
                qlonglong(stored),
                fillSeconds,
                double(stored) / fillSeconds,
                concurrency);
    std::printf("fill: client CPU %.1f ms per 1,000 end-users; peak RSS %ld MB (before filling %ld MB)\n",
                cpu * 1000.0 / (double(stored) / 1000.0),
                peakRssKb() / 1024,
                rssBefore / 1024);
    std::printf("server alone (decode, no storing): %.0f end-users/s\n", serverRate(client, stored, concurrency));
    db.close();
    db.open();
    std::printf("database: %.1f MB, %.0f bytes per end-user\n",
                double(db.fileSize()) / 1e6,
                double(db.fileSize()) / double(std::max<qint64>(1, stored)));

    auto measure = [&](const char* name, const QStringList& terms, DirectoryQuery::SortKey key) {
        std::vector<double> times;
        for (int i = 0; i < requests; ++i) {
            DirectoryQuery query;
            query.search = terms.at(i % terms.size());
            query.sortKey = key;
            QElapsedTimer timer;
            timer.start();
            const auto count = db.count(query);
            const auto rows = db.rows(query, 0, 50);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!count || !rows)
                std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        }
        std::printf("%-34s median %7.2f ms (count + first page of 50)\n", name, median(times));
    };
    const QStringList longTerms {QStringLiteral("john"),
                                 QStringLiteral("example.com"),
                                 QStringLiteral("zoë"),
                                 QStringLiteral("shop1"),
                                 QStringLiteral("müller"),
                                 QStringLiteral("nobody-at-all")};
    const QStringList shortTerms {QStringLiteral("jo"), QStringLiteral("q"), QStringLiteral("ë"), QStringLiteral("+s")};
    measure("search, 3+ characters", longTerms, DirectoryQuery::SortKey::None);
    measure("search, 1-2 characters", shortTerms, DirectoryQuery::SortKey::None);
    measure("sort by email, no search", {QString()}, DirectoryQuery::SortKey::Email);
    measure("sort by last login, no search", {QString()}, DirectoryQuery::SortKey::LastLogin);
    measure("sort by created, no search", {QString()}, DirectoryQuery::SortKey::Created);
    measure("sort by MFA, no search", {QString()}, DirectoryQuery::SortKey::Mfa);
    measure("sort by services, no search", {QString()}, DirectoryQuery::SortKey::Services);
    measure("search 3+ sorted by email", longTerms, DirectoryQuery::SortKey::Email);

    QFile out(dir.filePath(QStringLiteral("export.csv")));
    out.open(QIODevice::WriteOnly);
    QElapsedTimer exporting;
    exporting.start();
    const auto result = DirectoryExport::writeCsv(db, {}, &out);
    out.close();
    std::printf("export: %lld rows in %.2f s (%.1f MB); peak RSS now %ld MB\n",
                qlonglong(result.rows),
                double(exporting.elapsed()) / 1000.0,
                double(out.size()) / 1e6,
                peakRssKb() / 1024);
    return 0;
}
