// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin {

/// How a destructive request ended, as facts (never as a sentence): the viewer renders them in its own language.
struct AuditOutcome
{
    enum class Kind {
        Revoked, ///< the server confirmed; `count` is its number, which it may not report
        Refused, ///< the server answered with an error: nothing was revoked
        NotFound, ///< the server answered 404: no such account in that organization
        NotReached, ///< the request never reached the server (see `reach`): nothing was revoked
        Unknown, ///< sent, and no answer came: it may or may not have happened
        NotRevoked, ///< "failed" in a journal from before facts were kept: the reason is only in legacyDetail
    };
    /// Why a request never reached the server.
    enum class Reach { Unspecified, ConnectionRefused, HostNotFound, SecureConnectionFailed };

    Kind kind = Kind::Unknown;
    std::optional<qint64> count; ///< Revoked: sessions revoked, as the server reported them
    int httpStatus = 0; ///< Refused, NotFound: the HTTP status, 0 when none
    QString errorCode; ///< Refused, NotFound: the server's `error_code`
    QString serverMessage; ///< Refused, NotFound: the server's own words, verbatim; never shown as our sentence
    Reach reach = Reach::Unspecified; ///< NotReached

    static AuditOutcome revoked(std::optional<qint64> count);
    static AuditOutcome refused(int httpStatus, const QString& errorCode, const QString& serverMessage);
    static AuditOutcome notFound(int httpStatus, const QString& errorCode, const QString& serverMessage);
    static AuditOutcome notReached(Reach reach);
    static AuditOutcome unknown();
    /// "failed" read from an older journal.
    static AuditOutcome notRevoked();

    /// True when the action certainly did not happen (so it may be retried after a new confirmation).
    bool definitelyNotDone() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    static QString reachName(Reach reach);
    static std::optional<Reach> reachFromName(const QString& name);

    friend bool operator==(const AuditOutcome&, const AuditOutcome&) = default;
};

} // namespace UserAdmin
