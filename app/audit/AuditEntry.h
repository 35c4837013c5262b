// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// One line of the audit journal: who did what to whom, where, and how it ended.
struct AuditEntry
{
    enum class Outcome { Attempted, Succeeded, Failed, Unknown };

    QDateTime time; ///< UTC
    QString server; ///< origin, e.g. https://sso.example.com
    QString organization; ///< slug
    QString actor; ///< the signed-in member's email
    QString action; ///< e.g. "revoke_sessions"
    QString targetId;
    QString targetEmail;
    Outcome outcome = Outcome::Attempted;
    std::optional<qint64> count; ///< e.g. sessions revoked
    QString detail; ///< error text or server message

    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString& name);
};

} // namespace UserAdmin
