// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditEntry.h"

#include <QList>
#include <QString>

namespace UserAdmin {

/// Append-only record of destructive actions, one JSON object per line, kept on the admin's machine.
/// An attempt is written before the request leaves and its outcome after, so a crash or a dropped
/// connection still leaves a trace. Writes are flushed and synced; a failure is reported to the caller.
class AuditJournal
{
public:
    /// The journal in the application's data directory.
    AuditJournal();
    explicit AuditJournal(QString filePath);

    QString filePath() const { return m_filePath; }
    /// Appends one entry. False, with errorString(), when it could not be written.
    bool append(const AuditEntry& entry);
    QString errorString() const { return m_error; }
    /// The entries, oldest first; lines that cannot be read are skipped.
    QList<AuditEntry> entries() const;

private:
    QString m_filePath;
    QString m_error;
};

} // namespace UserAdmin
