// SPDX-License-Identifier: MIT
// The audit journal reader (one JSON object per line, a hash chain and a head record), on files someone may have
// edited. First byte even: the rest is the journal file, and after a line "#HEAD#" the head record. First byte odd:
// the rest, split at 0x1F, is an attempt's fields and the server's answer, written by AuditJournal and read back.
#include "FuzzCheck.h"

#include "audit/AuditJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

QString directory()
{
    // tmpfs when there is one: the journal fsyncs every line.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/useradmin-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/useradmin-fuzz-XXXXXX"));
    return dir.path();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(content) == content.size());
}

void checkContents(const AuditJournal::Contents& contents)
{
    const AuditJournalCheck& check = contents.check;
    FUZZ_CHECK(check.entries >= 0);
    FUZZ_CHECK(contents.entries.size() <= check.entries);
    FUZZ_CHECK(check.unchainedEntries >= 0 && check.unchainedEntries <= check.entries);
    FUZZ_CHECK(check.missingEntries >= 0);
    FUZZ_CHECK(check.exitCode() >= 0 && check.exitCode() <= 3);
    FUZZ_CHECK(!check.sentence().isEmpty());
    switch (check.status) {
    case AuditJournalCheck::Status::Changed:
        FUZZ_CHECK(check.changedAt >= 1 && check.changedAt <= check.entries + 1);
        break;
    case AuditJournalCheck::Status::Truncated:
        FUZZ_CHECK(check.changedAt >= 1 && check.missingEntries >= 1);
        break;
    case AuditJournalCheck::Status::Empty:
        FUZZ_CHECK(contents.entries.isEmpty());
        break;
    default:
        break;
    }
    qint64 previous = 0;
    for (const AuditEntry& entry : contents.entries) {
        FUZZ_CHECK(entry.number > previous && entry.number <= check.entries);
        previous = entry.number;
        FUZZ_CHECK(entry.time.isValid());
        FUZZ_CHECK(isSaneTimestamp(entry.time));
        if (entry.outcome && entry.outcome->count)
            FUZZ_CHECK(*entry.outcome->count >= 0);
    }
}

void readEdited(const QByteArray& input, const QString& path)
{
    const qsizetype at = input.indexOf("\n#HEAD#\n");
    writeFile(path, at < 0 ? input : input.left(at + 1));
    QFile::remove(path + QStringLiteral(".head"));
    if (at >= 0)
        writeFile(path + QStringLiteral(".head"), input.mid(at + 8));
    checkContents(AuditJournal(path).read());
}

void writeAndRead(QByteArray input, const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".head"));
    AuditEntry subject;
    subject.server = QString::fromUtf8(takeUntil(input, '\x1f'));
    subject.organization = QString::fromUtf8(takeUntil(input, '\x1f'));
    subject.actor = QString::fromUtf8(takeUntil(input, '\x1f'));
    subject.action = AuditEntry::revokeSessionsAction();
    subject.targetId = QString::fromUtf8(takeUntil(input, '\x1f'));
    subject.targetEmail = QString::fromUtf8(takeUntil(input, '\x1f'));
    subject.reason = QString::fromUtf8(takeUntil(input, '\x1f'));
    const QString serverMessage = QString::fromUtf8(input);

    AuditJournal journal(path);
    const auto attempt = journal.appendAttempt(subject);
    FUZZ_CHECK(attempt.has_value());
    FUZZ_CHECK(journal.appendOutcome(*attempt, AuditOutcome::refused(409, QStringLiteral("CONFLICT"), serverMessage)));
    const AuditJournal::Contents contents = journal.read();
    checkContents(contents);
    FUZZ_CHECK(contents.check.status == AuditJournalCheck::Status::Intact);
    FUZZ_CHECK(contents.entries.size() == 2);
    const AuditEntry& read = contents.entries.at(0);
    FUZZ_CHECK(read.server == subject.server && read.organization == subject.organization);
    FUZZ_CHECK(read.actor == subject.actor && read.targetId == subject.targetId);
    FUZZ_CHECK(read.targetEmail == subject.targetEmail && read.reason == subject.reason);
    FUZZ_CHECK(contents.entries.at(1).outcome && contents.entries.at(1).outcome->serverMessage == serverMessage);

    // To make seeds for the reading mode: USERADMIN_FUZZ_JOURNAL_OUT=FILE keeps the journal and its head record.
    const QString keep = qEnvironmentVariable("USERADMIN_FUZZ_JOURNAL_OUT");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QFile::remove(keep + QStringLiteral(".head"));
        QFile::copy(path, keep);
        QFile::copy(path + QStringLiteral(".head"), keep + QStringLiteral(".head"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QString path = directory() + QStringLiteral("/journal.jsonl");
    if (data[0] & 1)
        writeAndRead(bytes(data + 1, size - 1), path);
    else
        readEdited(bytes(data + 1, size - 1), path);
    return 0;
}
