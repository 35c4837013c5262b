// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditEntry.h"

#include <QList>

namespace UserAdmin {

/// One action as the journal viewer shows it: an attempt with its outcome and follow-ups, linked by the attempt id
/// (in an older journal without ids, an outcome belongs to the last open attempt on the same account).
struct AuditAction
{
    enum class State { Revoked, NotRevoked, Unknown, NoOutcome };

    AuditEntry subject; ///< the attempt, or the first entry found of an action whose attempt is missing
    bool attemptFound = false;
    std::optional<AuditEntry> outcome;
    QList<AuditEntry> followUps;
    bool unchained = false; ///< some of its entries were written before the journal was protected
    qint64 lastNumber = 0; ///< the highest journal position of its entries

    /// What the action came to: revoked, certainly not revoked, unknown, or no outcome recorded.
    State state() const;

    /// Groups `entries` (oldest first, as AuditJournal returns them) into actions, oldest first.
    static QList<AuditAction> fromEntries(const QList<AuditEntry>& entries);
};

} // namespace UserAdmin
