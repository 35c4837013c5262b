// SPDX-License-Identifier: MIT
// Measures the client itself against a local sso-dev-server. Run by hand (not a CTest test), from a Release build
// (the release preset builds no tests):
//   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build/bench --target bench_client
//   sso-dev-server sso-user-admin build/bench/bin/bench_client [--users N] [--runs N] [--pages N] [--memory-pages N]
// It starts itself again per run, offscreen, as the real program starts (QApplication, translations, AppController
// with SSO_USER_ADMIN_TOKEN and --org), and prints median, 95th percentile and spread of
//  - start → first rows in the model and painted, from main() and from the moment the process was spawned;
//  - the same for a minimal Qt program that fetches one page and shows it in a QTableView (the reference);
//  - page turn ("Next page") → new rows painted, and the user-space instructions of the process per page turn
//    (perf_event_open, when the kernel permits it; 0 otherwise);
//  - RSS (VmRSS of /proc/self/status) after start and after --memory-pages page turns (200 and 1000 by default).
// It asserts nothing about time.
#include "AppController.h"
#include "DevServer.h"
#include "EndUserListPane.h"
#include "MainWindow.h"
#include "audit/AuditJournal.h"
#include "auth/MemoryTokenStore.h"
#include "i18n/Translations.h"
#include "models/EndUserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Org = QStringLiteral("acme-corp");

double monotonicMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// User-space instructions of this process and the threads it starts afterwards; -1 when not permitted.
class InstructionCounter
{
public:
    InstructionCounter()
    {
        perf_event_attr attr {};
        attr.type = PERF_TYPE_HARDWARE;
        attr.size = sizeof(attr);
        attr.config = PERF_COUNT_HW_INSTRUCTIONS;
        attr.exclude_kernel = 1;
        attr.exclude_hv = 1;
        attr.inherit = 1;
        m_fd = int(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
    }
    ~InstructionCounter()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    long long read() const
    {
        long long value = -1;
        if (m_fd < 0 || ::read(m_fd, &value, sizeof(value)) != ssize_t(sizeof(value)))
            return -1;
        return value;
    }

private:
    int m_fd = -1;
};

/// Calls `painted` once the viewport has painted while `ready` holds (after the paint, not before it).
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget* viewport, std::function<bool()> ready, std::function<void()> painted)
        : m_viewport(viewport)
        , m_ready(std::move(ready))
        , m_painted(std::move(painted))
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_viewport || event->type() != QEvent::Paint || !m_ready())
            return false;
        m_viewport->removeEventFilter(this);
        QCoreApplication::sendEvent(m_viewport, event); // paint now, then note the time
        m_viewport->installEventFilter(this);
        m_painted();
        return true;
    }

private:
    QWidget* m_viewport;
    std::function<bool()> m_ready;
    std::function<void()> m_painted;
};

void put(const char* key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

/// The program as main() starts it, then `pages` page turns.
int runApp(const QUrl& server,
           int pages,
           const QList<int>& memoryPages,
           const QElapsedTimer& sinceMain,
           int argc,
           char* argv[])
{
    QApplication app(argc, argv);
    InstructionCounter counter;
    QCoreApplication::setApplicationName(QStringLiteral("bench_client"));
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(&app, QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
    MemoryTokenStore store;
    StartOptions options;
    options.server = server;
    options.organization = Org;
    options.allowInsecureHttp = true;
    AppController controller(options, &store, &journal);
    if (!controller.start() || !controller.window())
        return 2;
    MainWindow* window = controller.window();
    EndUserTableModel* model = window->endUserModel();
    QTableView* table = window->listPane()->table();
    QAction* next = window->findChild<QAction*>(QStringLiteral("actionNextPage"));
    QAction* first = window->findChild<QAction*>(QStringLiteral("actionFirstPage"));

    QObject::connect(model, &EndUserTableModel::pageLoaded, &app, [&] {
        static bool once = false;
        if (!std::exchange(once, true))
            put("model_ms", double(sinceMain.nsecsElapsed()) / 1e6);
    });
    put("rss_start_kb", double(rssKb()));
    int turned = 0;
    double turnStart = 0;
    long long turnInstructions = 0;
    bool waiting = true; // for the first rows
    QString firstIdOnScreen;
    std::function<void()> turn = [&] {
        firstIdOnScreen = model->userAt(0).id;
        waiting = true;
        turnStart = monotonicMs();
        turnInstructions = counter.read();
        (model->hasNextPage() ? next : first)->trigger();
    };
    PaintProbe probe(
        table->viewport(),
        [&] {
            return waiting && model->isCurrent() && model->rowCount() > 0 && model->userAt(0).id != firstIdOnScreen;
        },
        [&] {
            waiting = false;
            if (turned == 0 && turnStart == 0) {
                put("painted_ms", double(sinceMain.nsecsElapsed()) / 1e6);
                put("painted_monotonic", monotonicMs());
            } else {
                put("page_ms", monotonicMs() - turnStart);
                const long long now = counter.read();
                if (now >= 0 && turnInstructions >= 0)
                    put("page_instructions", double(now - turnInstructions));
                ++turned;
                if (memoryPages.contains(turned))
                    std::printf("rss_after_%d_kb %ld\n", turned, rssKb());
            }
            if (turned >= pages) {
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
                return;
            }
            QTimer::singleShot(0, &app, turn); // the next turn once this paint is done
        });
    QTimer::singleShot(std::max(120000, pages * 2000), &app, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec();
}

/// The reference: a minimal Qt program that fetches the first page and shows it in a table.
int runReference(const QUrl& server, const QElapsedTimer& sinceMain, int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(0, 5);
    QTableView table;
    table.setModel(&model);
    table.resize(1000, 700);
    table.show();
    QNetworkAccessManager manager;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/organizations/%1/users").arg(Org));
    url.setQuery(QStringLiteral("page=1&limit=50"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + qgetenv("SSO_USER_ADMIN_TOKEN"));
    QNetworkReply* reply = manager.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, [&] {
        const QJsonArray users = QJsonDocument::fromJson(reply->readAll()).object().value(u"users").toArray();
        for (const QJsonValue& value : users) {
            const QJsonObject user = value.toObject();
            QList<QStandardItem*> row;
            for (const char* key : {"email", "last_login_at", "created_at", "mfa_enabled", "services"})
                row << new QStandardItem(user.value(QLatin1String(key)).toVariant().toString());
            model.appendRow(row);
        }
        put("model_ms", double(sinceMain.nsecsElapsed()) / 1e6);
    });
    PaintProbe probe(
        table.viewport(),
        [&] { return model.rowCount() > 0; },
        [&] {
            put("painted_ms", double(sinceMain.nsecsElapsed()) / 1e6);
            put("painted_monotonic", monotonicMs());
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::max(0.0, std::ceil(fraction * double(values.size())) - 1));
    return values.at(std::min(index, values.size() - 1));
}

void report(const char* what, const std::vector<double>& values, const char* unit, double scale = 1)
{
    if (values.empty()) {
        std::printf("%-40s n/a\n", what);
        return;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    std::printf("%-40s median %10.2f  p95 %10.2f  min %10.2f  max %10.2f %s (n=%zu)\n",
                what,
                percentile(values, 0.5) / scale,
                percentile(values, 0.95) / scale,
                *low / scale,
                *high / scale,
                unit,
                values.size());
}

using Figures = std::map<QByteArray, std::vector<double>>;

/// Runs this program again in `mode`; collects its "key value" lines, and start → painted from the spawn.
bool runChild(const QString& mode, const QStringList& extra, const QProcessEnvironment& env, Figures& figures)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double spawned = monotonicMs();
    child.start(QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--child"), mode} + extra);
    if (!child.waitForFinished(10 * 60 * 1000) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s run failed (exit %d)\n", qPrintable(mode), child.exitCode());
        return false;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts[0] == "painted_monotonic")
            figures["spawn_painted_ms"].push_back(parts[1].toDouble() - spawned);
        else
            figures[parts[0]].push_back(parts[1].toDouble());
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc >= 3 && QByteArrayView(argv[1]) == "--child") {
        const QByteArrayView mode(argv[2]);
        const QUrl server(qEnvironmentVariable("BENCH_SERVER"));
        if (mode == "reference")
            return runReference(server, sinceMain, argc, argv);
        QList<int> memoryPages;
        for (const QString& n : qEnvironmentVariable("BENCH_MEMORY_PAGES").split(u',', Qt::SkipEmptyParts))
            memoryPages << n.toInt();
        return runApp(server, qEnvironmentVariableIntValue("BENCH_PAGES"), memoryPages, sinceMain, argc, argv);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(
        QStringLiteral("users"), QStringLiteral("generated end-users"), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("start-up runs of each kind"),
                                        QStringLiteral("N"),
                                        QStringLiteral("10"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"), QStringLiteral("page turns per run"), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption memoryOption(QStringLiteral("memory-pages"),
                                          QStringLiteral("page turns of the memory run (0: none), RSS at 200 and N"),
                                          QStringLiteral("N"),
                                          QStringLiteral("1000"));
    const QCommandLineOption latencyOption(QStringLiteral("memory-latency"),
                                           QStringLiteral("delay every list answer of the memory run by MS (so that "
                                                          "each page turn shows the loading look)"),
                                           QStringLiteral("MS"),
                                           QStringLiteral("0"));
    parser.addOptions({usersOption, runsOption, pagesOption, memoryOption, latencyOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int memoryPages = std::max(0, parser.value(memoryOption).toInt());

    DevServer server({QStringLiteral("--seed-users"),
                      parser.value(usersOption),
                      QStringLiteral("--quiet"),
                      QStringLiteral("--print-token"),
                      QStringLiteral("admin@acme.test")});
    if (!server.start(15 * 60 * 1000)) {
        std::fprintf(stderr, "cannot start sso-dev-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("SSO_USER_ADMIN_TOKEN"), server.printedToken());
    env.insert(QStringLiteral("BENCH_SERVER"), server.baseUrl().toString());
    env.insert(QStringLiteral("BENCH_PAGES"), parser.value(pagesOption));
    env.remove(QStringLiteral("BENCH_MEMORY_PAGES"));

    std::printf("bench_client: %s generated end-users, %d runs, %s page turns per run\n",
                qPrintable(parser.value(usersOption)),
                runs,
                qPrintable(parser.value(pagesOption)));
    Figures appFigures;
    Figures referenceFigures;
    for (int run = 0; run < runs; ++run) {
        // Alternate, so that both see the same machine load.
        if (!runChild(QStringLiteral("reference"), {}, env, referenceFigures)
            || !runChild(QStringLiteral("app"), {}, env, appFigures))
            return 1;
    }
    // Which requests one start sends before its first rows are painted, in the order the server received them.
    server.clearRequests();
    env.insert(QStringLiteral("BENCH_PAGES"), QStringLiteral("0"));
    Figures once;
    if (!runChild(QStringLiteral("app"), {}, env, once))
        return 1;
    const QJsonArray requests = server.requests();
    std::printf("requests of one start up to the first rows painted: %lld\n", static_cast<long long>(requests.size()));
    for (const QJsonValue& request : requests) {
        const QJsonObject r = request.toObject();
        std::printf("  %s %s\n", qPrintable(r.value(u"method").toString()), qPrintable(r.value(u"path").toString()));
    }
    report("reference: main -> rows in model", referenceFigures["model_ms"], "ms");
    report("reference: main -> rows painted", referenceFigures["painted_ms"], "ms");
    report("reference: spawn -> rows painted", referenceFigures["spawn_painted_ms"], "ms");
    report("app: main -> rows in model", appFigures["model_ms"], "ms");
    report("app: main -> rows painted", appFigures["painted_ms"], "ms");
    report("app: spawn -> rows painted", appFigures["spawn_painted_ms"], "ms");
    const double ratio = percentile(appFigures["spawn_painted_ms"], 0.5)
        / std::max(1e-9, percentile(referenceFigures["spawn_painted_ms"], 0.5));
    std::printf("%-40s %.2f x the reference (medians, spawn -> painted)\n", "app: start", ratio);
    report("app: next page -> rows painted", appFigures["page_ms"], "ms");
    report("app: instructions per page turn", appFigures["page_instructions"], "M", 1e6);
    report("app: RSS after start", appFigures["rss_start_kb"], "MB", 1024);

    if (memoryPages > 0) {
        env.insert(QStringLiteral("BENCH_PAGES"), QString::number(memoryPages));
        env.insert(QStringLiteral("BENCH_MEMORY_PAGES"), QStringLiteral("200,%1").arg(memoryPages));
        const int latency = parser.value(latencyOption).toInt();
        if (latency > 0) {
            server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/%1/users").arg(Org)},
                             {QStringLiteral("kind"), QStringLiteral("latency")},
                             {QStringLiteral("ms"), latency},
                             {QStringLiteral("count"), -1}});
            std::printf("memory run: every list answer delayed by %d ms\n", latency);
        }
        Figures memory;
        if (!runChild(QStringLiteral("app"), {}, env, memory))
            return 1;
        report("memory run: RSS after start", memory["rss_start_kb"], "MB", 1024);
        for (const auto& [key, values] : memory) {
            if (key.startsWith("rss_after_"))
                report(("memory run: " + key).constData(), values, "MB", 1024);
        }
        report("memory run: next page -> rows painted", memory["page_ms"], "ms");
        report("memory run: instructions per page turn", memory["page_instructions"], "M", 1e6);
    }
    return 0;
}
