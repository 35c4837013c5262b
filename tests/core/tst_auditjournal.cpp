// SPDX-License-Identifier: MIT
#include "audit/AuditJournal.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;

class TestAuditJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAndReadsBack()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("nested/audit.jsonl")));
        AuditEntry attempt;
        attempt.time = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
        attempt.server = QStringLiteral("https://sso.example.com");
        attempt.organization = QStringLiteral("acme-corp");
        attempt.actor = QStringLiteral("admin@acme.test");
        attempt.action = QStringLiteral("revoke_sessions");
        attempt.targetId = QStringLiteral("u-1");
        attempt.targetEmail = QStringLiteral("<b>x</b>@y.com\n\"quoted\"");
        QVERIFY2(journal.append(attempt), qPrintable(journal.errorString()));
        AuditEntry done = attempt;
        done.outcome = AuditEntry::Outcome::Succeeded;
        done.count = 3;
        QVERIFY(journal.append(done));

        const QList<AuditEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].outcome, AuditEntry::Outcome::Attempted);
        QCOMPARE(entries[0].time, attempt.time);
        QCOMPARE(entries[0].targetEmail, attempt.targetEmail);
        QVERIFY(!entries[0].count);
        QCOMPARE(entries[1].outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries[1].count, std::optional<qint64>(3));

        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2); // one line per entry, even with a newline in the data
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void reportsAnUnwritablePath()
    {
        AuditJournal journal(QStringLiteral("/proc/version/audit.jsonl"));
        QVERIFY(!journal.append(AuditEntry {}));
        QVERIFY(!journal.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
