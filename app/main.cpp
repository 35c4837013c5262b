// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "core/AppInfo.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>

using namespace UserAdmin;

namespace {

// --help and --version must work without a display, so they are answered before QApplication exists.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application = wantsTextOnly(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administer end-users of a single sign-on platform."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Print the version, the Qt version and the git revision."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Use the language CODE (e.g. de, fr) instead of the system's."),
                                        QStringLiteral("CODE"));
    parser.addOptions({versionOption, langOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(AppInfo::versionText()), stdout);
        return 0;
    }
    Translations::install(&app, Translations::localeFor(parser.value(langOption)));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
