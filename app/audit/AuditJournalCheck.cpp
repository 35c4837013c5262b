// SPDX-License-Identifier: MIT
#include "audit/AuditJournalCheck.h"

#include "format/DisplayText.h"

namespace UserAdmin {

int AuditJournalCheck::exitCode() const
{
    switch (status) {
    case Status::Empty:
    case Status::Intact:
        return 0;
    case Status::Changed:
    case Status::Truncated:
    case Status::HeadMissing:
        return 1;
    case Status::Unreadable:
        return 2;
    case Status::Unchained:
        return 3;
    }
    return 1;
}

QString AuditJournalCheck::sentence() const
{
    const QString since = firstTime.isValid() ? DisplayText::localDate(firstTime) : DisplayText::unknown();
    switch (status) {
    case Status::Empty:
        //: Result of checking the audit journal
        return tr("Journal empty: nothing has been recorded on this computer yet.");
    case Status::Intact:
        if (unchainedEntries > 0) {
            //: %Ln is the number of entries, %1 the date of the first one; the second sentence counts old entries
            return tr("Journal intact: %Ln (entry|entries) since %1.", nullptr, entries).arg(since) + QLatin1Char(' ')
                + tr("The first %Ln (entry|entries) (was|were) written before the journal was protected and cannot be "
                     "checked.",
                     nullptr,
                     unchainedEntries);
        }
        //: %Ln is the number of entries, %1 the date of the first one
        return tr("Journal intact: %Ln (entry|entries) since %1.", nullptr, entries).arg(since);
    case Status::Unchained:
        //: %Ln is the number of entries, %1 the date of the first one
        return tr("Journal not protected: its %Ln (entry|entries) since %1 (was|were) written before the journal was "
                  "protected "
                  "and cannot be checked.",
                  nullptr,
                  entries)
            .arg(since);
    case Status::Changed:
        //: %1 is the number of the first entry that cannot be trusted
        return tr("Journal changed at entry %1: entries from there on cannot be trusted.")
            .arg(QLocale().toString(changedAt));
    case Status::Truncated:
        //: %1 is the number of the first missing entry
        return tr("Journal changed at entry %1: %Ln (entry|entries) (was|were) removed from its end.",
                  nullptr,
                  missingEntries)
            .arg(QLocale().toString(changedAt));
    case Status::HeadMissing:
        return tr("Journal cannot be fully checked: its head record is missing, so entries may have been removed "
                  "from its end.");
    case Status::Unreadable:
        //: %1 is the system's reason, e.g. "Permission denied"
        return tr("Journal cannot be read: %1").arg(error);
    }
    return {};
}

} // namespace UserAdmin
