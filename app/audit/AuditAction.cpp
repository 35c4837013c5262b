// SPDX-License-Identifier: MIT
#include "audit/AuditAction.h"

#include <QHash>

namespace UserAdmin {

AuditAction::State AuditAction::state() const
{
    if (!outcome || !outcome->outcome)
        return State::NoOutcome;
    switch (outcome->outcome->kind) {
    case AuditOutcome::Kind::Revoked:
        return State::Revoked;
    case AuditOutcome::Kind::Unknown:
        return State::Unknown;
    case AuditOutcome::Kind::Refused:
    case AuditOutcome::Kind::NotFound:
    case AuditOutcome::Kind::NotReached:
    case AuditOutcome::Kind::NotRevoked:
        return State::NotRevoked;
    }
    return State::Unknown;
}

QList<AuditAction> AuditAction::fromEntries(const QList<AuditEntry>& entries)
{
    QList<AuditAction> actions;
    QHash<QUuid, qsizetype> byAttempt;
    QHash<QString, qsizetype> openLegacyAttempt; // by account, for journals without attempt ids
    auto legacyKey = [](const AuditEntry& e) {
        return e.server + QChar(0) + e.organization + QChar(0) + e.actor + QChar(0) + e.targetId;
    };
    auto start = [&actions](const AuditEntry& e) {
        AuditAction action;
        action.subject = e;
        action.attemptFound = e.kind == AuditEntry::Kind::Attempt;
        actions.append(action);
        return actions.size() - 1;
    };

    for (const AuditEntry& e : entries) {
        qsizetype index = -1;
        if (!e.attemptId.isNull()) {
            const auto it = byAttempt.constFind(e.attemptId);
            if (e.kind != AuditEntry::Kind::Attempt && it != byAttempt.constEnd())
                index = *it;
            else
                index = byAttempt[e.attemptId] = start(e);
        } else if (e.kind == AuditEntry::Kind::Attempt) {
            index = openLegacyAttempt[legacyKey(e)] = start(e);
        } else {
            if (const auto it = openLegacyAttempt.find(legacyKey(e)); it != openLegacyAttempt.end()) {
                index = *it;
                openLegacyAttempt.erase(it);
            }
            if (index < 0 || actions.at(index).outcome)
                index = start(e);
        }
        AuditAction& action = actions[index];
        if (e.kind == AuditEntry::Kind::Outcome && !action.outcome)
            action.outcome = e;
        else if (e.kind == AuditEntry::Kind::FollowUp)
            action.followUps.append(e);
        action.unchained = action.unchained || !e.chained;
        action.lastNumber = std::max(action.lastNumber, e.number);
    }
    return actions;
}

} // namespace UserAdmin
