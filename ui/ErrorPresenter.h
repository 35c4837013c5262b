// SPDX-License-Identifier: MIT
#pragma once

#include "Notice.h"
#include "api/ApiError.h"
#include "api/RevocationOutcome.h"
#include "api/ServerAddress.h"
#include "auth/AuthSession.h"
#include "auth/DeviceFlow.h"

#include <QCoreApplication>
#include <QString>

namespace UserAdmin {

struct Organization;

/// The only table from what went wrong (ApiError::Kind and the facts around it) to the words a person reads, in
/// their language: one sentence per kind, the contextual sentences of the list, the detail pane, the organizations
/// and the revocation, and whether trying again makes sense. The server's own words are shown only as the
/// detail, marked as the server's; a failure made here has a translated detail line, never an English one.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::ErrorPresenter)
public:
    enum class Context {
        General,
        List, ///< loading the end-user list
        Detail, ///< loading one end-user's detail
        Organizations, ///< loading the member's organizations
        Services, ///< loading the service filter's choices
    };

    /// Why an end-user route answered 403, as found out by asking the organization endpoint (contract 2.4).
    enum class Refusal {
        NotMember, ///< not (or no longer) a member of the organization
        Inactive, ///< the organization is not active
        RoleInsufficient, ///< a member whose role does not allow it
    };

    /// One sentence for the kind of error.
    static QString sentence(const ApiError& error);
    /// The detail line: the server's words with the HTTP status, or a translated technical line; may be empty.
    static QString detail(const ApiError& error);
    /// sentence() and detail() on two lines.
    static QString full(const ApiError& error);
    static bool retryMakesSense(const ApiError& error);
    /// The banner for a failure in `context`.
    static Notice present(const ApiError& error, Context context);

    /// The list banner of an organization whose status is not active.
    static Notice inactiveOrganization(const Organization& organization);
    static Notice noOrganizations();
    /// The list banner after a 403, once its cause is known (`organization` may be the slug only; `roleName`, the
    /// member's translated role there, may be empty when unknown).
    static Notice accessRefused(Refusal refusal,
                                const Organization& organization,
                                const ApiError& error,
                                const QString& roleName = {});
    /// "trying again in N seconds" while a request waits for its automatic retry.
    static QString retryCountdown(const ApiError& reason, int seconds);

    /// The dialog of a revocation that did not end in "revoked": title, text and information.
    struct RevocationMessage
    {
        QString title;
        QString text;
        QString information;
    };
    static RevocationMessage revocationFailure(const RevocationOutcome& outcome, const QString& email);

    static QString signInFailure(AuthSession::SignInFailure failure, const ApiError& error);
    static QString serverAddressProblem(ServerAddress::Problem problem);
    /// `platformClient`: the flow used the platform's own client, which the 2026 server keeps for platform owners.
    static QString deviceFlowFailure(DeviceFlow::Failure failure, const ApiError& error, bool platformClient = true);
    /// A password sign-in (or its verification code) that did not succeed.
    static QString passwordSignInFailure(const ApiError& error, bool verifyingCode);

private:
    static QString networkLine(const ApiError& error);
    static QString tlsLine(const ApiError& error);
};

} // namespace UserAdmin
