// SPDX-License-Identifier: MIT
// Seeds sso-dev-server with many end-users and measures list, search and service-filter latency.
// Run by hand (not a CTest test):
//   bench_devserver [--users N] [--requests N]
// It prints the seeding time and the median and 95th percentile of each request kind; it never fails on timing.
#include "DevServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

using UserAdmin::Test::DevServer;

namespace {

struct Scenario
{
    const char* name;
    QString pathAndQuery;
};

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::max(0.0, std::ceil(fraction * double(values.size())) - 1));
    return values.at(std::min(index, values.size() - 1));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(
        QStringLiteral("users"), QStringLiteral("generated end-users"), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption requestsOption(
        QStringLiteral("requests"), QStringLiteral("requests per kind"), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({usersOption, requestsOption});
    parser.process(app);
    const QString users = parser.value(usersOption);
    const int requests = std::max(1, parser.value(requestsOption).toInt());

    DevServer server({QStringLiteral("--seed-users"),
                      users,
                      QStringLiteral("--quiet"),
                      QStringLiteral("--print-token"),
                      QStringLiteral("admin@acme.test")});
    QElapsedTimer seeding;
    seeding.start();
    if (!server.start(15 * 60 * 1000)) {
        std::fprintf(stderr, "cannot start sso-dev-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const qint64 startMs = seeding.elapsed();
    const QRegularExpressionMatch seeded =
        QRegularExpression(QStringLiteral("seeded \\d+ generated end-users in (\\d+) ms"))
            .match(QString::fromUtf8(server.log()));
    std::printf("sso-dev-server with %s generated end-users\n", qPrintable(users));
    std::printf("seeding (server's own measure): %s ms; start to listening: %lld ms\n",
                seeded.hasMatch() ? qPrintable(seeded.captured(1)) : "?",
                static_cast<long long>(startMs));

    const QString token = server.printedToken();
    QNetworkAccessManager manager;
    const auto get = [&](const QString& pathAndQuery, int* status, qint64* total) {
        QNetworkRequest request(server.url(pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *total = QJsonDocument::fromJson(reply->readAll())
                     .object()[QStringLiteral("pagination")][QStringLiteral("total")]
                     .toInteger();
        reply->deleteLater();
        return ms;
    };

    const QString base = QStringLiteral("/api/organizations/acme-corp/users");
    int status = 0;
    qint64 total = 0;
    get(base, &status, &total);
    const qint64 deepPage = std::max<qint64>(1, total / 50 - 10);
    const QList<Scenario> scenarios = {
        {"list page 1", base},
        {"list deep page", base + QStringLiteral("?page=%1&limit=50").arg(deepPage)},
        {"search 'smith' (5 chars)", base + QStringLiteral("?search=smith")},
        {"search 'müller' (non-ASCII)", base + QStringLiteral("?search=M%C3%9CLLER")},
        {"search 'example' (most rows)", base + QStringLiteral("?search=example")},
        {"search 'zo' (2 chars)", base + QStringLiteral("?search=zo")},
        {"search 'q' (1 char, rare)", base + QStringLiteral("?search=q")},
        {"search, no hits", base + QStringLiteral("?search=zzzqqqxxx")},
        {"service filter (slug)", base + QStringLiteral("?service_id=mobile-app")},
        {"service filter, deep page", base + QStringLiteral("?service_id=mobile-app&page=%1").arg(deepPage / 3)},
        {"service filter + search", base + QStringLiteral("?service_id=main-app&search=smith")},
    };
    std::printf("%d requests each, one connection kept alive; milliseconds, client side\n", requests);
    std::printf("%-30s %10s %8s %8s %8s\n", "request", "total", "median", "p95", "max");
    for (const Scenario& scenario : scenarios) {
        std::vector<double> samples;
        for (int i = 0; i < requests; ++i) {
            samples.push_back(get(scenario.pathAndQuery, &status, &total));
            if (status != 200) {
                std::fprintf(stderr, "%s: HTTP %d\n", scenario.name, status);
                return 1;
            }
        }
        std::printf("%-30s %10lld %8.1f %8.1f %8.1f\n",
                    scenario.name,
                    static_cast<long long>(total),
                    percentile(samples, 0.5),
                    percentile(samples, 0.95),
                    *std::max_element(samples.begin(), samples.end()));
    }
    server.stop();
    return 0;
}
