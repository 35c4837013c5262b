// SPDX-License-Identifier: MIT
#include "JournalTampering.h"
#include "audit/AuditJournal.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

// The real program, with no display of any kind: the check must not need one.
Run runProgram(const QStringList& arguments, const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(USERADMIN_PROGRAM), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return run;
}

} // namespace

class TestVerifyJournalCommand : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("intact") << QString() << 0 << QStringLiteral("Journal intact: 6 entries since ");
        QTest::newRow("edited") << QStringLiteral(
            "edit:2") << 1 << QStringLiteral("Journal changed at entry 2: entries from there on cannot be trusted.");
        QTest::newRow("line deleted") << QStringLiteral("delete:4") << 1
                                      << QStringLiteral("Journal changed at entry 4: ");
        QTest::newRow("lines swapped") << QStringLiteral("swap:3") << 1
                                       << QStringLiteral("Journal changed at entry 3: ");
        QTest::newRow("last line removed")
            << QStringLiteral("truncate:1") << 1
            << QStringLiteral("Journal changed at entry 6: 1 entry was removed from its end.");
        QTest::newRow("last two removed")
            << QStringLiteral("truncate:2") << 1
            << QStringLiteral("Journal changed at entry 5: 2 entries were removed from its end.");
        QTest::newRow("head record deleted")
            << QStringLiteral("drop-head") << 1 << QStringLiteral("Journal cannot be fully checked: ");
    }
    void exitCodes()
    {
        QFETCH(QString, how);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::writeSample(journal, 3));
        if (!how.isEmpty())
            QVERIFY(JournalTampering::tamper(journal.filePath(), how));
        const Run run = runProgram({QStringLiteral("--verify-journal"), journal.filePath()}, dir.path());
        QVERIFY2(run.output.startsWith(output), qPrintable(run.output));
        QCOMPARE(run.exitCode, exitCode);
    }

    void inTheChosenLanguage()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::writeSample(journal, 1));
        QVERIFY(JournalTampering::tamper(journal.filePath(), QStringLiteral("truncate:1")));
        const Run run = runProgram(
            {QStringLiteral("--verify-journal"), QStringLiteral("--lang"), QStringLiteral("de"), journal.filePath()},
            dir.path());
        QCOMPARE(run.output, QStringLiteral("Protokoll ab Eintrag 2 verändert: 1 Eintrag wurde am Ende entfernt."));
        QCOMPARE(run.exitCode, 1);
    }

    void unreadableUnchainedAndDefault()
    {
        QTemporaryDir dir;
        Run run =
            runProgram({QStringLiteral("--verify-journal"), dir.filePath(QStringLiteral("missing.jsonl"))}, dir.path());
        QCOMPARE(run.output, QStringLiteral("Journal cannot be read: No such file or directory"));
        QCOMPARE(run.exitCode, 2);

        const QString old = dir.filePath(QStringLiteral("old.jsonl"));
        QVERIFY(JournalTampering::write(
            old,
            R"({"action":"revoke_sessions","actor":"a@x.test","organization":"o","outcome":"attempted","server":"s",)"
            R"("target_email":"b@x.test","target_id":"u","time":"2026-11-03T10:00:00.000Z"})"
            "\n"));
        run = runProgram({QStringLiteral("--verify-journal"), old}, dir.path());
        QVERIFY2(run.output.startsWith(QStringLiteral("Journal not protected: its 1 entry since")),
                 qPrintable(run.output));
        QCOMPARE(run.exitCode, 3);

        // Without FILE: the journal of this account, which may not exist yet.
        run = runProgram({QStringLiteral("--verify-journal")}, dir.path());
        QCOMPARE(run.output, QStringLiteral("Journal empty: nothing has been recorded on this computer yet."));
        QCOMPARE(run.exitCode, 0);

        run = runProgram({QStringLiteral("--verify-journal"), QStringLiteral("a"), QStringLiteral("b")}, dir.path());
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVerifyJournalCommand)
#include "tst_verifyjournalcommand.moc"
