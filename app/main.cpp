// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "core/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace UserAdmin;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(AppInfo::applicationName());
    QApplication::setOrganizationName(AppInfo::organizationName());
    QApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administer end-users of a single sign-on platform."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Print the version, the Qt version and the git revision."));
    parser.addOption(versionOption);
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(AppInfo::versionText()), stdout);
        return 0;
    }

    MainWindow window;
    window.show();
    return QApplication::exec();
}
