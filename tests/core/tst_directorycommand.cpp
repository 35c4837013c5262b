// SPDX-License-Identifier: MIT
// `sso-user-admin --export` and `--find` headless, with only SSO_USER_ADMIN_TOKEN set, against sso-dev-server
// --shape 2026 (which ignores `search`): the file has exactly the matching rows; find prints found / not found.
#include "DevServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin::Test;

class TestDirectoryCommand : public QObject
{
    Q_OBJECT
private:
    DevServer m_server {{QStringLiteral("--quiet"),
                         QStringLiteral("--seed-users"),
                         QStringLiteral("600"),
                         QStringLiteral("--shape"),
                         QStringLiteral("2026")}};
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList& arguments, const QString& token)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSO_USER_ADMIN_TOKEN"), token);
        // Its own cache and settings: nothing of the person running the tests is touched.
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(USERADMIN_PROGRAM),
                      QStringList {QStringLiteral("--server"),
                                   m_server.baseUrl().toString(),
                                   QStringLiteral("--org"),
                                   QStringLiteral("acme-corp")}
                          + arguments);
        Run result;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void exportWithSearch()
    {
        const QString token = m_server.tokenFor(QStringLiteral("owner@acme.test"));
        QSet<QString> expected;
        for (int page = 1; page < 100; ++page) {
            const auto reply = m_server.send(
                "GET", QStringLiteral("/api/organizations/acme-corp/users?limit=100&page=%1").arg(page), token);
            const QJsonArray rows = reply.json().value(QStringLiteral("users")).toArray();
            if (rows.isEmpty())
                break;
            for (const QJsonValue& row : rows) {
                const QJsonObject user = row.toObject().value(QStringLiteral("user")).toObject();
                if (user.value(QStringLiteral("email"))
                        .toString()
                        .contains(QStringLiteral("customer.com"), Qt::CaseInsensitive))
                    expected.insert(user.value(QStringLiteral("id")).toString());
            }
        }
        QVERIFY(expected.size() >= 2); // john, john+test and generated ones
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        const Run result =
            run({QStringLiteral("--export"), path, QStringLiteral("--search"), QStringLiteral("CUSTOMER.com")}, token);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.contains("indexing acme-corp:"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + expected.size() + 1);
        QSet<QString> ids;
        for (qsizetype i = 1; i <= expected.size(); ++i)
            ids.insert(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(','))));
        QCOMPARE(ids, expected);
        const QByteArray cache = [&] {
            QByteArray all;
            QDirIterator files(m_dir.filePath(QStringLiteral("cache")), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile f(files.next());
                if (f.open(QIODevice::ReadOnly))
                    all += f.readAll();
            }
            return all;
        }();
        QVERIFY(cache.size() > 1000);
        QVERIFY(!cache.contains(token.toUtf8()));
    }

    void find()
    {
        const QString list = m_dir.filePath(QStringLiteral("incident.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("affected: JOHN@customer.com, nobody@nowhere.example\nzoë.müller@example.de\n");
        file.close();
        const Run result = run({QStringLiteral("--find"), list}, m_server.tokenFor(QStringLiteral("owner@acme.test")));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1);
        QVERIFY(lines.at(0).startsWith("address,status,id,email"));
        QVERIFY(lines.at(1).startsWith("JOHN@customer.com,found,"));
        QVERIFY(lines.at(1).contains(",john@customer.com,"));
        QVERIFY(lines.at(2).startsWith("nobody@nowhere.example,not found,"));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("zoë.müller@example.de,found,").toUtf8()));
    }

    void failsWithReason()
    {
        // Another organization: no copy of it yet, so the server must answer (and refuses the token).
        const Run result = run({QStringLiteral("--org"),
                                QStringLiteral("globex"),
                                QStringLiteral("--export"),
                                m_dir.filePath(QStringLiteral("x.csv"))},
                               QStringLiteral("bad"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("the local copy could not be made"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryCommand)
#include "tst_directorycommand.moc"
