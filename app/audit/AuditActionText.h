// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditAction.h"

#include <QCoreApplication>
#include <QString>

namespace UserAdmin {

/// Renders the facts of the journal in the current language. The server's own message is only ever quoted, and
/// labelled as the server's words; text kept from an older journal is labelled as recorded text.
class AuditActionText
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::AuditActionText)
public:
    /// "Revoked", "Not revoked: refused by the server (HTTP 403, forbidden). The server's words: “…”", …
    static QString outcome(const AuditOutcome& outcome);
    /// The outcome of the action, or that none was recorded, followed by its follow-ups.
    static QString action(const AuditAction& action);
    static QString followUp(const AuditFollowUp& followUp);
    /// "Revoke sessions" for revokeSessionsAction(); an unknown action name as it is.
    static QString actionName(const QString& action);
};

} // namespace UserAdmin
