// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditFollowUp.h"
#include "audit/AuditOutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace UserAdmin {

/// One line of the audit journal, as facts: who did what to whom, where, why, and (for an outcome or a
/// follow-up) what came of it. Every entry of an action repeats the subject, so each line stands on its own.
struct AuditEntry
{
    enum class Kind {
        Attempt, ///< written before the request leaves
        Outcome, ///< how the request ended; see `outcome`
        FollowUp, ///< learned later; see `followUp`
    };

    Kind kind = Kind::Attempt;
    QDateTime time; ///< UTC
    QString server; ///< origin, e.g. https://sso.example.com
    QString organization; ///< slug
    QString actor; ///< the signed-in member's email
    QString action; ///< e.g. revokeSessionsAction()
    QString targetId;
    QString targetEmail;
    QUuid attemptId; ///< links an attempt to its outcome and follow-ups; null in journals from before it existed
    QUuid batchId; ///< set when the action was part of a bulk action, null otherwise
    QString reason; ///< the person's own words (e.g. a ticket number)
    std::optional<AuditOutcome> outcome; ///< Kind::Outcome
    std::optional<AuditFollowUp> followUp; ///< Kind::FollowUp
    /// A journal from before facts were kept stored an English text ("detail"); it is shown as recorded.
    QString legacyDetail;

    // Set when read back from the journal:
    qint64 number = 0; ///< position in the journal, 1-based
    bool chained = false; ///< false for lines written before the journal was chained

    static QString revokeSessionsAction() { return QStringLiteral("revoke_sessions"); }

    /// The facts as the journal stores them (without the chain fields, which the journal adds).
    QJsonObject toJson() const;
    /// Reads a line of either format; nullopt when it is not an entry (missing or out-of-range fields).
    static std::optional<AuditEntry> fromJson(const QJsonObject& object);
};

} // namespace UserAdmin
