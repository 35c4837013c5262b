// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditJournalCheck.h"

#include <QList>
#include <QString>

namespace UserAdmin {

/// Append-only, tamper-evident record of destructive actions, one JSON object per line, kept on the admin's machine.
///
/// An attempt is written before the request leaves and its outcome after, linked by the attempt id, so a crash or a
/// dropped connection still leaves a trace. Each write is flushed and fsync'ed (the directory too when the file is
/// created) before append returns; a failure returns false with errorString(), and the caller sends nothing.
///
/// The chain: every line written by this class carries `seq` (its 1-based position in the file) and `prev`, the
/// SHA-256 (hex) of the previous line's exact bytes including its newline. The first chained line of a journal
/// that began in the older, unchained format hashes everything before it instead, so the old lines are kept as they
/// are, counted, and pinned from then on (and shown as unchained). Editing a byte, deleting, inserting or swapping
/// lines breaks `seq` or `prev` at the first line concerned; verify() reports that entry.
///
/// Removing the last lines leaves a valid chain, so after each append the journal also rewrites a small head record
/// beside it (`<file>.head`: entry count and the hash of the last line), atomically and synced. A journal shorter
/// than its head record, or whose line at that count has another hash, was truncated or rewritten; lines after the
/// recorded count are accepted when they chain (a crash between the two writes leaves exactly that). A chained
/// journal without its head record is reported as HeadMissing.
///
/// What this does not do: someone who can write the file can recompute every hash and the head record. The chain
/// makes careless or partial edits evident, not a determined rewrite; for that, copy the head hash elsewhere (a
/// ticket) or keep the journal on write-once storage. Writers in several processes are serialised with flock().
class AuditJournal
{
public:
    /// The journal in the application's data directory.
    AuditJournal();
    explicit AuditJournal(QString filePath);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString headFilePath() const { return m_filePath + QStringLiteral(".head"); }

    /// Writes the attempt of `subject` (its server, organization, actor, action, target, reason, batch id) before
    /// the request leaves. Returns the entry as written, with its new attemptId and time, to pass to appendOutcome()
    /// and appendFollowUp(); nullopt, with errorString(), when it could not be written and synced.
    std::optional<AuditEntry> appendAttempt(const AuditEntry& subject);
    /// Writes how the request of `attempt` ended. False, with errorString(), when it could not be written and synced.
    bool appendOutcome(const AuditEntry& attempt, const AuditOutcome& outcome);
    /// Writes what was learned later about `attempt` (e.g. a reload after an unknown outcome).
    bool appendFollowUp(const AuditEntry& attempt, const AuditFollowUp& followUp);
    QString errorString() const { return m_error; }

    /// What the journal holds, read in one pass.
    struct Contents
    {
        QList<AuditEntry> entries; ///< oldest first; lines that cannot be read are skipped (and break the chain)
        AuditJournalCheck check;
    };
    Contents read() const;
    QList<AuditEntry> entries() const { return read().entries; }
    /// The entries about one account, oldest first.
    QList<AuditEntry> entriesFor(const QString& server, const QString& organization, const QString& targetId) const;
    /// Checks the chain and the head record.
    AuditJournalCheck verify() const { return read().check; }

private:
    bool append(AuditEntry entry);

    QString m_filePath;
    QString m_error;
};

} // namespace UserAdmin
