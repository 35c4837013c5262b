// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/RevokeResult.h"
#include "audit/AuditOutcome.h"

namespace UserAdmin {

class RevokeSessionsJob;

/// How one request to revoke an end-user's sessions ended, in the terms a person and the journal need: revoked
/// (with the server's count when it gave one), not revoked (and why), or unknown (sent, and no answer came).
struct RevocationOutcome
{
    enum class Kind {
        Revoked,
        NotRevoked, ///< see reason: nothing was revoked
        Unknown, ///< the request may have reached the server; the sessions may or may not be revoked
        NeedsSignIn, ///< 401: the server refused the sign-in before doing anything
    };
    enum class Reason {
        None,
        Refused, ///< the server answered with an error (see error: its status, code and words)
        NotFound, ///< the server does not know this end-user in this organization
        NeverReached, ///< refused connection, unknown host, TLS failure, or refused here: never sent
        NotSent, ///< not sent at all: the attempt could not be written to the audit journal first
    };

    Kind kind = Kind::Unknown;
    Reason reason = Reason::None;
    RevokeResult result; ///< for Revoked
    ApiError error; ///< for every other kind

    /// Classifies a finished job. A job that was cancelled after it was sent counts as unknown.
    static RevocationOutcome fromJob(const RevokeSessionsJob& job);
    static RevocationOutcome fromError(const ApiError& error);
    /// The facts the audit journal keeps of it (the server's own words only when it sent some).
    AuditOutcome forJournal() const;
};

} // namespace UserAdmin
