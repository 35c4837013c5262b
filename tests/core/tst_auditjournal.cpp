// SPDX-License-Identifier: MIT
#include "JournalTampering.h"
#include "audit/AuditJournal.h"
#include "i18n/Translations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace UserAdmin;
using Status = AuditJournalCheck::Status;

namespace {

AuditEntry subject(const QString& email)
{
    AuditEntry e;
    e.server = QStringLiteral("https://sso.example.com");
    e.organization = QStringLiteral("acme-corp");
    e.actor = QStringLiteral("admin@acme.test");
    e.action = AuditEntry::revokeSessionsAction();
    e.targetId = QStringLiteral("u-1");
    e.targetEmail = email;
    return e;
}

// The format written before the chain, exactly as the previous version wrote it.
const QByteArray legacyJournal =
    R"({"action":"revoke_sessions","actor":"admin@acme.test","organization":"acme-corp","outcome":"attempted",)"
    R"("server":"https://sso.example.com","target_email":"old@x.test","target_id":"u-7","time":"2026-11-03T10:00:00.000Z"})"
    "\n"
    R"({"action":"revoke_sessions","actor":"admin@acme.test","count":3,"detail":"All sessions revoked",)"
    R"("organization":"acme-corp","outcome":"succeeded","server":"https://sso.example.com","target_email":"old@x.test",)"
    R"("target_id":"u-7","time":"2026-11-03T10:00:01.000Z"})"
    "\n"
    R"({"action":"revoke_sessions","actor":"admin@acme.test","detail":"network: Connection closed",)"
    R"("organization":"acme-corp","outcome":"failed","server":"https://sso.example.com","target_email":"old@x.test",)"
    R"("target_id":"u-7","time":"2026-11-04T08:00:00.000Z"})"
    "\n";

} // namespace

class TestAuditJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    void roundTripKeepsEveryFact()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("nested/audit.jsonl")));
        AuditEntry s = subject(QStringLiteral("<b>x</b>@y.com\n\"quoted\""));
        s.batchId = QUuid::createUuid();
        s.reason = QStringLiteral("INC-4711, “leaked export”");
        const std::optional<AuditEntry> attempt = journal.appendAttempt(s);
        QVERIFY2(attempt, qPrintable(journal.errorString()));
        QVERIFY(!attempt->attemptId.isNull());
        QCOMPARE(attempt->kind, AuditEntry::Kind::Attempt);
        const AuditOutcome refused =
            AuditOutcome::refused(403, QStringLiteral("FORBIDDEN"), QStringLiteral("Nur \"Admins\",\nbitte"));
        QVERIFY(journal.appendOutcome(*attempt, refused));
        QVERIFY(journal.appendFollowUp(*attempt, AuditFollowUp::reloaded(0)));
        const std::optional<AuditEntry> second = journal.appendAttempt(subject(QStringLiteral("b@y.com")));
        QVERIFY(second);
        QVERIFY(journal.appendOutcome(*second, AuditOutcome::notReached(AuditOutcome::Reach::ConnectionRefused)));

        const QList<AuditEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 5);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries[i].number, i + 1);
            QVERIFY(entries[i].chained);
            QCOMPARE(entries[i].attemptId, attempt->attemptId);
            QCOMPARE(entries[i].batchId, s.batchId);
            QCOMPARE(entries[i].reason, s.reason);
            QCOMPARE(entries[i].targetEmail, s.targetEmail);
            QCOMPARE(entries[i].time.timeSpec(), Qt::UTC);
        }
        QCOMPARE(entries[0].kind, AuditEntry::Kind::Attempt);
        QCOMPARE(entries[0].time, attempt->time);
        QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
        QCOMPARE(entries[1].outcome, std::optional(refused));
        QCOMPARE(entries[2].kind, AuditEntry::Kind::FollowUp);
        QCOMPARE(entries[2].followUp, std::optional(AuditFollowUp::reloaded(0)));
        QVERIFY(entries[3].batchId.isNull());
        QCOMPARE(entries[4].outcome->kind, AuditOutcome::Kind::NotReached);
        QCOMPARE(entries[4].outcome->reach, AuditOutcome::Reach::ConnectionRefused);
        QCOMPARE(journal.entriesFor(s.server, s.organization, s.targetId).size(), 5);
        QCOMPARE(journal.entriesFor(s.server, QStringLiteral("other-org"), s.targetId).size(), 0);

        const AuditJournalCheck check = journal.verify();
        QCOMPARE(check.status, Status::Intact);
        QCOMPARE(check.entries, 5);
        QCOMPARE(check.unchainedEntries, 0);
        QCOMPARE(check.firstTime, attempt->time);

        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 5); // one line per entry, even with newlines in the data
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(journal.headFilePath()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QFileInfo directory(QFileInfo(journal.filePath()).absolutePath());
        QCOMPARE(directory.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void eachLineLinksToThePreviousLine()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::writeSample(journal, 2));
        const QByteArrayList lines = JournalTampering::lines(journal.filePath());
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(object.value(QStringLiteral("seq")).toInt(), i + 1);
            const QByteArray previous = i == 0 ? QByteArray() : lines[i - 1];
            QCOMPARE(object.value(QStringLiteral("prev")).toString().toLatin1(),
                     QCryptographicHash::hash(previous, QCryptographicHash::Sha256).toHex());
        }
        QFile head(journal.headFilePath());
        QVERIFY(head.open(QIODevice::ReadOnly));
        const QJsonObject headObject = QJsonDocument::fromJson(head.readAll()).object();
        QCOMPARE(headObject.value(QStringLiteral("entries")).toInt(), 4);
        QCOMPARE(headObject.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(lines.last(), QCryptographicHash::Sha256).toHex());
    }

    void tamperingIsFoundAtTheRightEntry_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<Status>("status");
        QTest::addColumn<qint64>("changedAt");
        QTest::addColumn<qint64>("missing");
        // The sample has 8 entries.
        QTest::newRow("edit a byte of entry 1") << "edit:1" << Status::Changed << qint64(1) << qint64(0);
        QTest::newRow("edit a byte of entry 3") << "edit:3" << Status::Changed << qint64(3) << qint64(0);
        QTest::newRow("edit a byte of the last entry") << "edit:8" << Status::Changed << qint64(8) << qint64(0);
        QTest::newRow("delete entry 1") << "delete:1" << Status::Changed << qint64(1) << qint64(0);
        QTest::newRow("delete entry 5") << "delete:5" << Status::Changed << qint64(5) << qint64(0);
        QTest::newRow("swap entries 2 and 3") << "swap:2" << Status::Changed << qint64(2) << qint64(0);
        QTest::newRow("swap the last two") << "swap:7" << Status::Changed << qint64(7) << qint64(0);
        QTest::newRow("insert a line before 4") << "insert:4" << Status::Changed << qint64(4) << qint64(0);
        QTest::newRow("truncate the last line") << "truncate:1" << Status::Truncated << qint64(8) << qint64(1);
        QTest::newRow("truncate the last two lines") << "truncate:2" << Status::Truncated << qint64(7) << qint64(2);
        QTest::newRow("truncate everything") << "truncate:8" << Status::Truncated << qint64(1) << qint64(8);
        QTest::newRow("cut into the last line") << "cut:20" << Status::Changed << qint64(8) << qint64(0);
        QTest::newRow("strip the chain") << "unchain" << Status::Changed << qint64(1) << qint64(0);
        QTest::newRow("delete the head record") << "drop-head" << Status::HeadMissing << qint64(0) << qint64(0);
    }
    void tamperingIsFoundAtTheRightEntry()
    {
        QFETCH(QString, how);
        QFETCH(Status, status);
        QFETCH(qint64, changedAt);
        QFETCH(qint64, missing);
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::writeSample(journal, 4));
        QCOMPARE(journal.verify().status, Status::Intact);
        QVERIFY(JournalTampering::tamper(journal.filePath(), how));
        const AuditJournalCheck check = journal.verify();
        QCOMPARE(check.status, status);
        QCOMPARE(check.changedAt, changedAt);
        QCOMPARE(check.missingEntries, missing);
        QVERIFY(!check.isTrustworthy());
        QCOMPARE(check.exitCode(), 1);
    }

    void sentencesTellTheCheck()
    {
        AuditJournalCheck check;
        check.status = Status::Intact;
        check.entries = 1204;
        check.firstTime = QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
        QCOMPARE(check.sentence(), QStringLiteral("Journal intact: 1,204 entries since 03/11/2026."));
        check.status = Status::Changed;
        check.changedAt = 57;
        QCOMPARE(check.sentence(),
                 QStringLiteral("Journal changed at entry 57: entries from there on cannot be trusted."));
        check.status = Status::Truncated;
        check.missingEntries = 2;
        QCOMPARE(check.sentence(), QStringLiteral("Journal changed at entry 57: 2 entries were removed from its end."));
    }

    void oldJournalIsReadAndMarkedUnchained()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::write(journal.filePath(), legacyJournal));
        QList<AuditEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].kind, AuditEntry::Kind::Attempt);
        QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
        QCOMPARE(entries[1].outcome, std::optional(AuditOutcome::revoked(3)));
        QCOMPARE(entries[1].legacyDetail, QStringLiteral("All sessions revoked"));
        QCOMPARE(entries[2].outcome->kind, AuditOutcome::Kind::NotRevoked);
        QCOMPARE(entries[2].targetEmail, QStringLiteral("old@x.test"));
        for (const AuditEntry& e : entries)
            QVERIFY(!e.chained);
        AuditJournalCheck check = journal.verify();
        QCOMPARE(check.status, Status::Unchained);
        QCOMPARE(check.entries, 3);
        QCOMPARE(check.exitCode(), 3);

        // New entries chain on, pinning the old ones as they are.
        QVERIFY(JournalTampering::writeSample(journal, 1));
        QVERIFY(JournalTampering::lines(journal.filePath()).mid(0, 3).join() == legacyJournal);
        check = journal.verify();
        QCOMPARE(check.status, Status::Intact);
        QCOMPARE(check.entries, 5);
        QCOMPARE(check.unchainedEntries, 3);
        QCOMPARE(check.firstTime, QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
        entries = journal.entries();
        QVERIFY(!entries[2].chained);
        QVERIFY(entries[3].chained);

        // A change to an old line is now evident too.
        QByteArray changed = legacyJournal;
        changed.replace("\"count\":3", "\"count\":4");
        QByteArrayList lines = JournalTampering::lines(journal.filePath());
        QVERIFY(JournalTampering::write(journal.filePath(), changed + lines.mid(3).join()));
        check = journal.verify();
        QCOMPARE(check.status, Status::Changed);
        QCOMPARE(check.changedAt, 1);
    }

    void twoWritersKeepTheChain()
    {
        QTemporaryDir dir;
        AuditJournal first(dir.filePath(QStringLiteral("audit.jsonl")));
        AuditJournal second(first.filePath());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(first.appendAttempt(subject(QStringLiteral("a@x.test"))));
            QVERIFY(second.appendAttempt(subject(QStringLiteral("b@x.test"))));
        }
        const AuditJournalCheck check = first.verify();
        QCOMPARE(check.status, Status::Intact);
        QCOMPARE(check.entries, 10);
    }

    void aTornLastLineIsNotGluedToTheNextEntry()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(JournalTampering::writeSample(journal, 2));
        QVERIFY(JournalTampering::tamper(journal.filePath(), QStringLiteral("cut:10")));
        QVERIFY(journal.appendAttempt(subject(QStringLiteral("c@x.test"))));
        QCOMPARE(JournalTampering::lines(journal.filePath()).size(), 5);
        QCOMPARE(journal.entries().last().targetEmail, QStringLiteral("c@x.test"));
        const AuditJournalCheck check = journal.verify();
        QCOMPARE(check.status, Status::Changed);
        QCOMPARE(check.changedAt, 4);
    }

    void emptyOrMissingJournal()
    {
        QTemporaryDir dir;
        AuditJournal journal(dir.filePath(QStringLiteral("audit.jsonl")));
        QCOMPARE(journal.verify().status, Status::Empty);
        QCOMPARE(journal.verify().exitCode(), 0);
        QVERIFY(journal.entries().isEmpty());
        // Deleting the whole journal leaves the head record behind.
        QVERIFY(JournalTampering::writeSample(journal, 1));
        QVERIFY(QFile::remove(journal.filePath()));
        const AuditJournalCheck check = journal.verify();
        QCOMPARE(check.status, Status::Truncated);
        QCOMPARE(check.changedAt, 1);
        QCOMPARE(check.missingEntries, 2);
    }

    void reportsWhatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("directory cannot be created") << QStringLiteral("/proc/version/audit.jsonl");
        QTest::newRow("path is a directory") << QStringLiteral("%1");
        QTest::newRow("not a regular file") << QStringLiteral("/dev/null");
    }
    void reportsWhatCannotBeWritten()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        AuditJournal journal(path.contains(u"%1") ? path.arg(dir.path()) : path);
        QVERIFY(!journal.appendAttempt(subject(QStringLiteral("a@x.test"))));
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(!journal.appendOutcome(AuditEntry {}, AuditOutcome::unknown()));
        QVERIFY(!journal.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
