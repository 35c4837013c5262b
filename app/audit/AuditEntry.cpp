// SPDX-License-Identifier: MIT
#include "audit/AuditEntry.h"

namespace UserAdmin {

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Attempted:
        return QStringLiteral("attempted");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<AuditEntry::Outcome> AuditEntry::outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Attempted, Outcome::Succeeded, Outcome::Failed, Outcome::Unknown}) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

} // namespace UserAdmin
