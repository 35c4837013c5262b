// SPDX-License-Identifier: MIT
#include "audit/AuditJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace UserAdmin {

namespace {

constexpr qint64 MaxLine = 256 * 1024; // longer lines are not entries (and break the chain)
constexpr qint64 MaxSeq = qint64(1) << 53;

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString systemError(const QString& what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error)));
}

/// Closes the descriptor (and so releases its flock) in every path.
struct FileDescriptor
{
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool readAt(int fd, qint64 offset, qint64 length, QByteArray* out)
{
    out->resize(length);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out->data() + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool syncDirectory(const QString& path)
{
    FileDescriptor dir {::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    return dir.fd >= 0 && ::fsync(dir.fd) == 0;
}

std::optional<qint64> chainSeq(const QJsonObject& object)
{
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    if (!seq.isDouble())
        return std::nullopt;
    const double value = seq.toDouble();
    if (value < 1 || value > double(MaxSeq) || value != double(qint64(value)))
        return std::nullopt;
    return qint64(value);
}

QJsonObject parseLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

/// Where the next line goes in the chain.
struct Link
{
    qint64 seq = 1;
    QByteArray prev;
    bool needsNewline = false; ///< the file ends in a torn line, which gets its newline first
};

// The usual case reads only the last line; a journal whose last line is not chained (an older journal, or damage)
// is read whole once, to count its lines and to hash everything before the first chained line.
std::optional<Link> nextLink(int fd, QString* error)
{
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        *error = systemError(QStringLiteral("stat"), errno);
        return std::nullopt;
    }
    const qint64 size = info.st_size;
    Link link;
    if (size == 0) {
        link.prev = sha256Hex({});
        return link;
    }
    QByteArray bytes;
    const qint64 window = std::min(size, MaxLine + 1);
    if (!readAt(fd, size - window, window, &bytes)) {
        *error = systemError(QStringLiteral("read"), errno);
        return std::nullopt;
    }
    link.needsNewline = !bytes.endsWith('\n');
    const qsizetype searchFrom = bytes.size() - (link.needsNewline ? 1 : 2);
    const qsizetype newline = searchFrom >= 0 ? bytes.lastIndexOf('\n', searchFrom) : -1;
    if (newline >= 0 || window == size) {
        QByteArray last = bytes.mid(newline + 1);
        if (link.needsNewline)
            last += '\n';
        const QJsonObject object = parseLine(last);
        if (const std::optional<qint64> seq = chainSeq(object)) {
            link.seq = *seq + 1;
            link.prev = sha256Hex(last);
            return link;
        }
    }
    if (!readAt(fd, 0, size, &bytes)) {
        *error = systemError(QStringLiteral("read"), errno);
        return std::nullopt;
    }
    if (link.needsNewline)
        bytes += '\n';
    qint64 lines = 0;
    bool anyChained = false;
    qsizetype start = 0;
    qsizetype lastStart = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        ++lines;
        lastStart = start;
        if (!anyChained && end - start <= MaxLine)
            anyChained = chainSeq(parseLine(QByteArrayView(bytes).sliced(start, end - start))).has_value();
        start = end + 1;
    }
    link.seq = lines + 1;
    link.prev = anyChained ? sha256Hex(QByteArrayView(bytes).sliced(lastStart)) : sha256Hex(bytes);
    return link;
}

struct Head
{
    qint64 entries = 0;
    QByteArray sha256;
};

std::optional<Head> readHead(const QString& path, bool* exists)
{
    QFile file(path);
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = parseLine(file.read(4096));
    Head head;
    const double entries = object.value(QStringLiteral("entries")).toDouble(-1);
    head.entries = qint64(entries);
    head.sha256 = object.value(QStringLiteral("sha256")).toString().toLatin1();
    if (entries < 1 || entries > double(MaxSeq) || double(head.entries) != entries || head.sha256.size() != 64)
        return std::nullopt;
    return head;
}

} // namespace

AuditJournal::AuditJournal()
    : AuditJournal(defaultFilePath())
{ }

AuditJournal::AuditJournal(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QString AuditJournal::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

std::optional<AuditEntry> AuditJournal::appendAttempt(const AuditEntry& subject)
{
    AuditEntry attempt = subject;
    attempt.kind = AuditEntry::Kind::Attempt;
    attempt.time = QDateTime::currentDateTimeUtc();
    attempt.attemptId = QUuid::createUuid();
    attempt.outcome.reset();
    attempt.followUp.reset();
    attempt.legacyDetail.clear();
    if (!append(attempt))
        return std::nullopt;
    return attempt;
}

bool AuditJournal::appendOutcome(const AuditEntry& attempt, const AuditOutcome& outcome)
{
    AuditEntry entry = attempt;
    entry.kind = AuditEntry::Kind::Outcome;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.outcome = outcome;
    entry.followUp.reset();
    entry.legacyDetail.clear();
    return append(entry);
}

bool AuditJournal::appendFollowUp(const AuditEntry& attempt, const AuditFollowUp& followUp)
{
    AuditEntry entry = attempt;
    entry.kind = AuditEntry::Kind::FollowUp;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.outcome.reset();
    entry.followUp = followUp;
    entry.legacyDetail.clear();
    return append(entry);
}

bool AuditJournal::append(AuditEntry entry)
{
    m_error.clear();
    const QString directory = QFileInfo(m_filePath).absolutePath();
    const bool newDirectory = !QFileInfo::exists(directory);
    if (newDirectory) {
        if (!QDir().mkpath(directory)) {
            m_error = QStringLiteral("cannot create %1").arg(directory);
            return false;
        }
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const bool newFile = !QFileInfo::exists(m_filePath);
    FileDescriptor file {
        ::open(QFile::encodeName(m_filePath).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR)};
    if (file.fd < 0) {
        m_error = systemError(m_filePath, errno);
        return false;
    }
    struct stat kind
    {
    };
    if (::fstat(file.fd, &kind) != 0 || !S_ISREG(kind.st_mode)) {
        m_error = QStringLiteral("%1: not a regular file").arg(m_filePath);
        return false;
    }
    // Another instance of the app may append at the same time: the link to the last line must stay exact.
    if (::flock(file.fd, LOCK_EX) != 0 || ::fchmod(file.fd, S_IRUSR | S_IWUSR) != 0) {
        m_error = systemError(m_filePath, errno);
        return false;
    }
    const std::optional<Link> link = nextLink(file.fd, &m_error);
    if (!link)
        return false;

    QJsonObject object = entry.toJson();
    object.insert(QStringLiteral("seq"), link->seq);
    object.insert(QStringLiteral("prev"), QString::fromLatin1(link->prev));
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray bytes = link->needsNewline ? '\n' + line : line;

    struct stat before
    {
    };
    ::fstat(file.fd, &before);
    if (!writeAll(file.fd, bytes) || ::fsync(file.fd) != 0) {
        m_error = systemError(m_filePath, errno);
        // A torn line would break the chain for every later entry; take it back if we can.
        if (::ftruncate(file.fd, before.st_size) == 0)
            ::fsync(file.fd);
        return false;
    }
    if ((newFile || newDirectory) && !syncDirectory(directory)) {
        m_error = systemError(directory, errno);
        return false;
    }

    // The head record, replaced atomically while the journal is still locked. Its rename need not reach the disk
    // before we return: a head that lags behind the journal is accepted (see the class comment), a torn one is not.
    const QString head = headFilePath();
    const QString temporary = head + QStringLiteral(".tmp");
    const QJsonObject headObject {{QStringLiteral("entries"), link->seq},
                                  {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(line))}};
    const QByteArray headBytes = QJsonDocument(headObject).toJson(QJsonDocument::Compact) + '\n';
    FileDescriptor headFile {
        ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR)};
    if (headFile.fd < 0 || !writeAll(headFile.fd, headBytes) || ::fsync(headFile.fd) != 0
        || ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(head).constData()) != 0) {
        m_error = systemError(head, errno);
        return false;
    }
    return true;
}

AuditJournal::Contents AuditJournal::read() const
{
    Contents contents;
    AuditJournalCheck& check = contents.check;
    bool headExists = false;
    const std::optional<Head> head = readHead(headFilePath(), &headExists);

    QFile file(m_filePath);
    if (!file.exists()) {
        if (headExists) {
            check.status = AuditJournalCheck::Status::Truncated;
            check.changedAt = 1;
            check.missingEntries = head ? head->entries : 0;
        }
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        check.status = AuditJournalCheck::Status::Unreadable;
        check.error = file.errorString();
        return contents;
    }

    QCryptographicHash prefix(QCryptographicHash::Sha256); // every byte before the first chained line
    bool chainedSeen = false;
    bool broken = false;
    QByteArray previousHash;
    QByteArray headLineHash;
    qint64 number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(MaxLine + 1);
        QCryptographicHash lineHash(QCryptographicHash::Sha256);
        lineHash.addData(line);
        const bool oversized = !line.endsWith('\n') && !file.atEnd();
        if (oversized) {
            if (!chainedSeen)
                prefix.addData(line);
            while (!file.atEnd()) {
                const QByteArray rest = file.readLine(64 * 1024);
                lineHash.addData(rest);
                if (!chainedSeen)
                    prefix.addData(rest);
                if (rest.endsWith('\n'))
                    break;
            }
        }
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            check.status = AuditJournalCheck::Status::Unreadable;
            check.error = file.errorString();
            return contents;
        }
        ++number;
        const QByteArray hash = lineHash.result().toHex();
        const QJsonObject object = oversized ? QJsonObject() : parseLine(line);
        std::optional<AuditEntry> entry = AuditEntry::fromJson(object);
        const std::optional<qint64> seq = chainSeq(object);
        if (!broken) {
            if (seq) {
                const QByteArray prev = object.value(QStringLiteral("prev")).toString().toLatin1();
                const bool linked = prev == (chainedSeen ? previousHash : prefix.result().toHex());
                if (*seq != number || !entry) {
                    broken = true;
                    check.changedAt = number;
                } else if (!linked) {
                    // A line's own fields do not cover its own bytes: a wrong link means the line before changed.
                    // The first chained line covers the whole older part at once, so that part is suspect as a whole.
                    broken = true;
                    check.changedAt = chainedSeen ? number - 1 : 1;
                }
                chainedSeen = true;
            } else if (chainedSeen) {
                broken = true;
                check.changedAt = number;
            } else {
                ++check.unchainedEntries;
            }
        }
        if (!chainedSeen && !oversized)
            prefix.addData(line);
        previousHash = hash;
        if (head && number == head->entries)
            headLineHash = hash;
        if (entry) {
            entry->number = number;
            entry->chained = seq.has_value();
            if (!check.firstTime.isValid())
                check.firstTime = entry->time;
            contents.entries.append(std::move(*entry));
        }
    }
    check.entries = number;

    using Status = AuditJournalCheck::Status;
    if (broken) {
        check.status = Status::Changed;
    } else if (headExists && !head) {
        check.status = Status::HeadMissing;
    } else if (head && !chainedSeen) {
        // A head record is written only with chained lines: every line has lost its chain.
        check.status = number == 0 ? Status::Truncated : Status::Changed;
        check.changedAt = 1;
        check.missingEntries = number == 0 ? head->entries : 0;
    } else if (head && head->entries > number) {
        check.status = Status::Truncated;
        check.changedAt = number + 1;
        check.missingEntries = head->entries - number;
    } else if (head && headLineHash != head->sha256) {
        check.status = Status::Changed;
        check.changedAt = head->entries;
    } else if (chainedSeen) {
        check.status = head ? Status::Intact : Status::HeadMissing;
    } else {
        check.status = number == 0 ? Status::Empty : Status::Unchained;
    }
    return contents;
}

QList<AuditEntry>
AuditJournal::entriesFor(const QString& server, const QString& organization, const QString& targetId) const
{
    QList<AuditEntry> result;
    for (AuditEntry& entry : read().entries) {
        if (entry.server == server && entry.organization == organization && entry.targetId == targetId)
            result.append(std::move(entry));
    }
    return result;
}

} // namespace UserAdmin
