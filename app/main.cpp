// SPDX-License-Identifier: MIT
#include "AppController.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "api/TokenSyntax.h"
#include "api/TransportPolicy.h"
#include "audit/VerifyJournalCommand.h"
#include "auth/EnvironmentToken.h"
#include "core/AppInfo.h"
#include "core/ProcessHardening.h"
#include "directory/DirectoryCommand.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "startup/ConfigureClient.h"
#include "startup/SelfTest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace UserAdmin;

namespace {

// The modes that print and exit need no display and no GUI libraries: they run on QCoreApplication, which
// neither loads fonts nor a platform plugin.
bool runsWithoutWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v"
            || arg == "--self-test" || arg == "--export" || arg == "--find" || arg.startsWith("--export=")
            || arg.startsWith("--find="))
            return true;
    }
    return false;
}

int runSelfTest(const StartOptions& options)
{
    ApiClient client;
    QString error;
    if (!configureClient(client, options, &error)) {
        std::fprintf(stderr, "self-test: %s\n", qPrintable(error));
        return 2;
    }
    const QString token = EnvironmentToken::read().value_or(QString());
    if (!token.isEmpty() && !TokenSyntax::isWellFormed(token)) {
        std::fputs("self-test: SSO_USER_ADMIN_TOKEN holds characters no access token has (a line break, a space, "
                   "...); it was not sent\n",
                   stderr);
        return 2;
    }
    client.setAccessToken(token);
    SelfTest test(&client, options.organization);
    int exitCode = 1;
    QObject::connect(&test, &SelfTest::finished, &test, [&exitCode](int code, const QString& report) {
        std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(report));
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &test, &SelfTest::start);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any token is in memory: no core dump of this process, no ptrace by other processes of the user.
    if (!ProcessHardening::disableCoreDumps())
        std::fputs("sso-user-admin: warning: core dumps could not be disabled\n", stderr);
    // --verify-journal [FILE] checks the audit journal headless, before any GUI exists.
    if (VerifyJournalCommand::isRequested(argc, argv))
        return VerifyJournalCommand::run(argc, argv);
    std::unique_ptr<QCoreApplication> application = runsWithoutWindow(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Administer end-users of a single sign-on platform.\n"
        "The environment variable SSO_USER_ADMIN_TOKEN, when set, is used as the access token for this session "
        "and never stored."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Print the version, the Qt version and the git revision."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Base URL of the SSO server, e.g. https://sso.example.com."),
                                          QStringLiteral("URL"));
    const QCommandLineOption orgOption(
        QStringLiteral("org"), QStringLiteral("Open this organization (slug) first."), QStringLiteral("SLUG"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-insecure-http"),
        QStringLiteral("Allow plain http to hosts other than this computer (tokens travel unencrypted)."));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QStringLiteral("Also trust the certificate authorities in this PEM file (an internal PKI)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Use the language CODE (e.g. de, fr) instead of the system's."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Without opening a window: with --server and SSO_USER_ADMIN_TOKEN, list the first page of "
                       "end-users of --org (or the first active organization); exit 0 only when rows arrived."));
    const QCommandLineOption deviceClientOption(
        QStringLiteral("device-client"),
        QStringLiteral("Sign in with the browser through this device client of an organization's service, given as "
                       "CLIENT_ID,ORGANIZATION,SERVICE (remembered for --server; the 2026 server keeps its platform "
                       "client for platform owners)."),
        QStringLiteral("CLIENT_ID,ORGANIZATION,SERVICE"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log every request (tokens are never logged). QT_LOGGING_RULES overrides this."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QStringLiteral(
            "Without opening a window: write the end-users of --org (matching --search and --service) as CSV "
            "to FILE, from the local copy (made or refreshed first)."),
        QStringLiteral("FILE"));
    const QCommandLineOption findOption(
        QStringLiteral("find"),
        QStringLiteral("Without opening a window: look up the email addresses in FILE among the end-users of --org and "
                       "print found, not found and found more than once as CSV."),
        QStringLiteral("FILE"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("With --export: only emails containing TEXT."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           QStringLiteral("With --export: only end-users of this service (slug)."),
                                           QStringLiteral("SLUG"));
    parser.addOptions({exportOption, findOption, searchOption, serviceOption});
    parser.addOptions({versionOption,
                       serverOption,
                       orgOption,
                       insecureOption,
                       caFileOption,
                       langOption,
                       selfTestOption,
                       deviceClientOption,
                       verboseOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(AppInfo::versionText()), stdout);
        return 0;
    }
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("useradmin.*.debug=false"));
    StartOptions options;
    options.organization = parser.value(orgOption);
    options.allowInsecureHttp = parser.isSet(insecureOption);
    options.caFile = parser.value(caFileOption);
    if (parser.isSet(serverOption)) {
        const ServerAddress::Result address =
            ServerAddress::fromUserInput(parser.value(serverOption), options.allowInsecureHttp);
        if (address.problem == ServerAddress::Problem::InsecureHttp) {
            std::fprintf(stderr,
                         "sso-user-admin: refusing plain http to %s: tokens would travel unencrypted (use https, or "
                         "--allow-insecure-http)\n",
                         qPrintable(address.url.host()));
            return 2;
        }
        if (!address.ok()) {
            std::fprintf(stderr, "sso-user-admin: not a server URL: %s\n", qPrintable(parser.value(serverOption)));
            return 2;
        }
        options.server = address.url;
    }
    if (parser.isSet(deviceClientOption)) {
        const QStringList parts = parser.value(deviceClientOption).split(QLatin1Char(','));
        if (!options.server.isValid() || parts.size() != 3
            || std::any_of(parts.begin(), parts.end(), [](const QString& part) { return part.trimmed().isEmpty(); })) {
            std::fputs("sso-user-admin: --device-client needs --server and CLIENT_ID,ORGANIZATION,SERVICE\n", stderr);
            return 2;
        }
        Settings::setDeviceClient(TransportPolicy::origin(options.server),
                                  DeviceClient {parts.at(0).trimmed(), parts.at(1).trimmed(), parts.at(2).trimmed()});
    }
    if (parser.isSet(selfTestOption)) {
        if (!parser.isSet(serverOption)) {
            std::fputs("sso-user-admin: --self-test needs --server\n", stderr);
            return 2;
        }
        return runSelfTest(options);
    }
    if (parser.isSet(exportOption) || parser.isSet(findOption)) {
        DirectoryCommand::Request request;
        request.options = options;
        request.exportPath = parser.value(exportOption);
        request.findPath = parser.value(findOption);
        request.search = parser.value(searchOption);
        request.serviceSlug = parser.value(serviceOption);
        return DirectoryCommand::run(request);
    }
    Translations::install(&app, Translations::localeFor(parser.value(langOption)));

    AppController controller(options);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (!controller.start())
        return 2;
    return QCoreApplication::exec();
}
