// SPDX-License-Identifier: MIT
// The modes that print and exit run the real program with no display of any kind (no QT_QPA_PLATFORM, DISPLAY or
// WAYLAND_DISPLAY): a GUI application would abort there, so each one working shows that none was started.
#include "DevServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run runProgram(const QStringList& arguments, const QString& home, const QString& token = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "SSO_USER_ADMIN_TOKEN"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("SSO_USER_ADMIN_TOKEN"), token);
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

class TestHeadless : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void versionAndHelp()
    {
        const Run version = runProgram({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.output.contains(QStringLiteral("Qt ")), qPrintable(version.output));
        const Run help = runProgram({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains(QStringLiteral("--self-test")), qPrintable(help.output));
    }

    void selfTestListsThePageWithoutADisplay()
    {
        const Run run = runProgram({QStringLiteral("--self-test"),
                                    QStringLiteral("--server"),
                                    m_server.baseUrl().toString(),
                                    QStringLiteral("--org"),
                                    QStringLiteral("acme-corp")},
                                   m_home.path(),
                                   m_server.tokenFor(QStringLiteral("admin@acme.test")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.startsWith(QStringLiteral("self-test: ok: ")), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("qt.qpa")), qPrintable(run.output));
    }

    void selfTestFailureIsReportedWithoutADisplay()
    {
        const Run noServer = runProgram({QStringLiteral("--self-test")}, m_home.path());
        QCOMPARE(noServer.exitCode, 2);
        QVERIFY2(noServer.output.contains(QStringLiteral("--self-test needs --server")), qPrintable(noServer.output));
        const Run noToken = runProgram(
            {QStringLiteral("--self-test"), QStringLiteral("--server"), m_server.baseUrl().toString()}, m_home.path());
        QVERIFY2(noToken.exitCode != 0 && noToken.exitCode != -1, qPrintable(noToken.output));
        QVERIFY2(noToken.output.startsWith(QStringLiteral("self-test: ")), qPrintable(noToken.output));
    }

    void verifyJournalWithoutADisplay()
    {
        const Run run = runProgram({QStringLiteral("--verify-journal"), m_home.filePath(QStringLiteral("none.jsonl"))},
                                   m_home.path());
        QVERIFY2(run.exitCode >= 0 && !run.output.isEmpty(), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("qt.qpa")), qPrintable(run.output));
    }

private:
    QTemporaryDir m_home;
    DevServer m_server {QStringList {QStringLiteral("--quiet")}};
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
