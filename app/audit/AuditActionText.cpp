// SPDX-License-Identifier: MIT
#include "audit/AuditActionText.h"

#include <QLocale>

namespace UserAdmin {

namespace {

QString withServerWords(QString text, const QString& serverMessage)
{
    if (serverMessage.isEmpty())
        return text;
    //: %1 is the server's own message, in the server's language, quoted verbatim
    return text + QLatin1Char(' ') + AuditActionText::tr("The server's words: “%1”").arg(serverMessage);
}

} // namespace

QString AuditActionText::outcome(const AuditOutcome& outcome)
{
    switch (outcome.kind) {
    case AuditOutcome::Kind::Revoked:
        //: Outcome in the audit journal: the server confirmed the revocation
        return tr("Revoked");
    case AuditOutcome::Kind::Refused: {
        QString text;
        if (outcome.httpStatus != 0 && !outcome.errorCode.isEmpty()) {
            //: %1 is an HTTP status such as 403, %2 the server's error code such as FORBIDDEN
            text = tr("Not revoked: refused by the server (HTTP %1, %2).")
                       .arg(QString::number(outcome.httpStatus), outcome.errorCode);
        } else if (outcome.httpStatus != 0) {
            //: %1 is an HTTP status such as 403
            text = tr("Not revoked: refused by the server (HTTP %1).").arg(outcome.httpStatus);
        } else {
            text = tr("Not revoked: refused by the server.");
        }
        return withServerWords(text, outcome.serverMessage);
    }
    case AuditOutcome::Kind::NotFound:
        //: The account did not exist (any more) on the server
        return withServerWords(tr("Not revoked: the account was not found on the server."), outcome.serverMessage);
    case AuditOutcome::Kind::NotReached:
        switch (outcome.reach) {
        case AuditOutcome::Reach::ConnectionRefused:
            return tr("Not revoked: the request never reached the server (connection refused).");
        case AuditOutcome::Reach::HostNotFound:
            return tr("Not revoked: the request never reached the server (server name not found).");
        case AuditOutcome::Reach::SecureConnectionFailed:
            return tr("Not revoked: the request never reached the server (secure connection failed).");
        case AuditOutcome::Reach::Unspecified:
            break;
        }
        return tr("Not revoked: the request never reached the server.");
    case AuditOutcome::Kind::Unknown:
        //: Outcome in the audit journal: the request left, the answer never came
        return tr("Outcome unknown: the request was sent and no answer came.");
    case AuditOutcome::Kind::NotRevoked:
        //: Outcome kept from an older journal that did not record why
        return tr("Not revoked.");
    }
    return {};
}

QString AuditActionText::followUp(const AuditFollowUp& followUp)
{
    if (followUp.activeSessions) {
        //: A later note about an action in the audit journal
        return tr("Later, a reload showed %n active session(s).", nullptr, int(*followUp.activeSessions));
    }
    return tr("Later, the account was reloaded.");
}

QString AuditActionText::action(const AuditAction& action)
{
    QStringList parts;
    if (action.outcome && action.outcome->outcome) {
        parts << outcome(*action.outcome->outcome);
        if (!action.outcome->legacyDetail.isEmpty()) {
            //: %1 is text an older version of this program stored in the journal (usually English)
            parts << tr("Recorded text: “%1”").arg(action.outcome->legacyDetail);
        }
    } else {
        //: The attempt is in the audit journal, its outcome is not (the program stopped, or could not write it)
        parts << tr("No outcome recorded.");
    }
    for (const AuditEntry& entry : action.followUps) {
        if (entry.followUp)
            parts << followUp(*entry.followUp);
    }
    return parts.join(QLatin1Char(' '));
}

QString AuditActionText::actionName(const QString& action)
{
    if (action == AuditEntry::revokeSessionsAction())
        //: An action in the audit journal
        return tr("Revoke sessions");
    return action;
}

} // namespace UserAdmin
