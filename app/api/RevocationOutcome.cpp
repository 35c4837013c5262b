// SPDX-License-Identifier: MIT
#include "api/RevocationOutcome.h"

#include "api/RevokeSessionsJob.h"

namespace UserAdmin {

RevocationOutcome RevocationOutcome::fromJob(const RevokeSessionsJob& job)
{
    if (job.succeeded()) {
        RevocationOutcome outcome;
        outcome.kind = Kind::Revoked;
        outcome.result = job.result();
        return outcome;
    }
    return fromError(job.error());
}

RevocationOutcome RevocationOutcome::fromError(const ApiError& error)
{
    RevocationOutcome outcome;
    outcome.error = error;
    if (error.neverReachedServer()) {
        outcome.kind = Kind::NotRevoked;
        outcome.reason = Reason::NeverReached;
    } else if (error.httpStatus == 0) {
        // Sent, and no answer came: a dropped connection, a timeout, or a cancel while it was under way.
        outcome.kind = Kind::Unknown;
    } else if (error.needsAuthentication()) {
        outcome.kind = Kind::NeedsSignIn;
    } else if (error.kind == ApiError::Kind::NotFound) {
        outcome.kind = Kind::NotRevoked;
        outcome.reason = Reason::NotFound;
    } else {
        outcome.kind = Kind::NotRevoked;
        outcome.reason = Reason::Refused;
    }
    return outcome;
}

AuditOutcome RevocationOutcome::forJournal() const
{
    switch (kind) {
    case Kind::Revoked:
        return AuditOutcome::revoked(result.sessionsRevoked);
    case Kind::Unknown:
        return AuditOutcome::unknown();
    case Kind::NeedsSignIn:
        return AuditOutcome::refused(error.httpStatus, error.errorCode, error.serverMessage);
    case Kind::NotRevoked:
        break;
    }
    switch (reason) {
    case Reason::NotFound:
        return AuditOutcome::notFound(error.httpStatus, error.errorCode, error.serverMessage);
    case Reason::NeverReached:
    case Reason::NotSent:
        if (error.kind == ApiError::Kind::Tls)
            return AuditOutcome::notReached(AuditOutcome::Reach::SecureConnectionFailed);
        if (error.networkError == QNetworkReply::ConnectionRefusedError)
            return AuditOutcome::notReached(AuditOutcome::Reach::ConnectionRefused);
        if (error.networkError == QNetworkReply::HostNotFoundError)
            return AuditOutcome::notReached(AuditOutcome::Reach::HostNotFound);
        return AuditOutcome::notReached(AuditOutcome::Reach::Unspecified);
    case Reason::Refused:
    case Reason::None:
        break;
    }
    return AuditOutcome::refused(error.httpStatus, error.errorCode, error.serverMessage);
}

} // namespace UserAdmin
