// SPDX-License-Identifier: MIT
#include "audit/VerifyJournalCommand.h"

#include "audit/AuditJournal.h"
#include "core/AppInfo.h"
#include "i18n/Translations.h"

#include <QByteArrayView>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

namespace UserAdmin {

bool VerifyJournalCommand::isRequested(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArrayView(argv[i]) == "--verify-journal")
            return true;
    }
    return false;
}

int VerifyJournalCommand::run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The default journal's location depends on these names, as in the windowed program.
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    const QCommandLineOption verify(
        QStringLiteral("verify-journal"),
        QStringLiteral("Check the audit journal (FILE, or the one of this account) and print the result. Exit 0 when "
                       "intact or empty, 1 when changed, 2 when unreadable, 3 when it predates the protection."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Use the language CODE (e.g. de, fr) instead of the system's."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({verify, lang, help});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("The journal to check."), QStringLiteral("[FILE]"));
    if (!parser.parse(QCoreApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString problem =
            parser.errorText().isEmpty() ? QStringLiteral("more than one FILE") : parser.errorText();
        std::fprintf(stderr, "sso-user-admin: %s\n", qPrintable(problem));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("useradmin.*.debug=false"));
    Translations::install(&app, Translations::localeFor(parser.value(lang)));

    const QStringList files = parser.positionalArguments();
    const AuditJournal journal(files.isEmpty() ? AuditJournal::defaultFilePath() : files.first());
    AuditJournalCheck check = journal.verify();
    // A journal named on the command line must exist; the default one may not have been written yet.
    if (QFile file(journal.filePath());
        !files.isEmpty() && check.status == AuditJournalCheck::Status::Empty && !file.open(QIODevice::ReadOnly)) {
        check.status = AuditJournalCheck::Status::Unreadable;
        check.error = file.errorString();
    }
    std::fprintf(stdout, "%s\n", qPrintable(check.sentence()));
    return check.exitCode();
}

} // namespace UserAdmin
