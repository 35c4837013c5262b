// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace UserAdmin {

/// The result of checking the journal's hash chain (AuditJournal::verify()), and the sentence that tells it.
struct AuditJournalCheck
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::AuditJournalCheck)
public:
    enum class Status {
        Empty, ///< no journal yet (and no head record saying there was one)
        Intact, ///< every chained entry checks out; the first `unchainedEntries` predate the chain
        Unchained, ///< only entries from before the chain: there is nothing to check
        Changed, ///< entry `changedAt` (or a neighbour just before it) was edited, deleted, moved or inserted
        Truncated, ///< entries from `changedAt` on were removed from the end (`missingEntries` of them)
        HeadMissing, ///< the head record is gone, so removal of the last entries cannot be ruled out
        Unreadable, ///< the file could not be read; see `error`
    };

    Status status = Status::Empty;
    qint64 entries = 0; ///< lines in the journal
    qint64 unchainedEntries = 0; ///< lines before the first chained one
    qint64 changedAt = 0; ///< Changed, Truncated: the first entry (1-based) that cannot be trusted
    qint64 missingEntries = 0; ///< Truncated
    QDateTime firstTime; ///< time of the first entry that could be read (UTC)
    QString error; ///< Unreadable: the system's reason

    bool isTrustworthy() const { return status == Status::Empty || status == Status::Intact; }
    /// For `--verify-journal`: 0 intact or empty, 1 changed (or its end unprovable), 2 unreadable, 3 unchained.
    int exitCode() const;
    /// "Journal intact: 1,204 entries since 3 Nov 2026", "Journal changed at entry 57: …", in the current language.
    QString sentence() const;
};

} // namespace UserAdmin
