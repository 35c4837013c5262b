// SPDX-License-Identifier: MIT
#include "ErrorPresenter.h"

#include "api/Organization.h"
#include "models/OrganizationListModel.h"

#include <QLocale>

namespace UserAdmin {

using Kind = ApiError::Kind;

namespace {

/// A 3xx reaching the presenter is a redirect the client did not follow (too many, or to a refused address).
bool isUnfollowedRedirect(const ApiError& error)
{
    return error.httpStatus >= 300 && error.httpStatus < 400;
}

} // namespace

QString ErrorPresenter::sentence(const ApiError& error)
{
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The server could not be reached, or it closed the connection without answering.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Tls:
        return tr("The secure connection to the server failed; its certificate is not trusted.");
    case Kind::InsecureTransport:
        return tr("The connection was refused because it would not be encrypted.");
    case Kind::InvalidRequest:
        return tr("The request was not sent: it names something that cannot be asked for safely.");
    case Kind::Unauthorized:
        return tr("You are signed out. Sign in again to continue.");
    case Kind::TokenExpired:
        return tr("Your sign-in has expired. Sign in again to continue.");
    case Kind::Forbidden:
        return tr("The server refused access.");
    case Kind::OrganizationNotActive:
        return tr("This organization is not active.");
    case Kind::NotFound:
        return tr("The server does not know what was asked for.");
    case Kind::RateLimited:
        if (error.retryAfter) {
            // The wait as a person reads it: seconds, then minutes, then hours (a server may ask for a day).
            const qint64 seconds = error.retryAfter->count();
            if (seconds < 120)
                return tr("The server is busy; try again in %n second(s).", nullptr, int(seconds));
            if (seconds < 2 * 3600)
                return tr("The server is busy; try again in %n minute(s).", nullptr, int((seconds + 59) / 60));
            return tr("The server is busy; try again in %n hour(s).", nullptr, int((seconds + 3599) / 3600));
        }
        return tr("The server is busy; try again in a moment.");
    case Kind::BadRequest:
        if (isUnfollowedRedirect(error))
            return tr("The server redirected the request.");
        return tr("The server rejected the request.");
    case Kind::Server:
        return tr("The server failed to answer the request.");
    case Kind::Decoding:
        return tr("The server's answer could not be read.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return tr("Something went wrong.");
}

QString ErrorPresenter::networkLine(const ApiError& error)
{
    switch (error.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection (nothing was sent).");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's name could not be found (nothing was sent).");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before it answered.");
    case QNetworkReply::ContentReSendError:
        return tr("The connection closed before an answer arrived; the request was not sent again.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("No answer arrived in time.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return tr("The proxy could not be reached (nothing was sent).");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("This computer is not connected to the network (nothing was sent).");
    case QNetworkReply::NoError:
        return {};
    default:
        //: %1 is a number identifying the network failure, for support
        return tr("The network connection failed (code %1).").arg(int(error.networkError));
    }
}

QString ErrorPresenter::tlsLine(const ApiError& error)
{
    switch (error.tlsError) {
    case QSslError::CertificateExpired:
        return tr("The server's certificate has expired.");
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate is not valid yet.");
    case QSslError::HostNameMismatch:
        return tr("The server's certificate was issued for another name.");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("The server's certificate is not issued by an authority this computer trusts (see --ca-file).");
    case QSslError::CertificateRevoked:
        return tr("The server's certificate has been revoked.");
    case QSslError::NoError:
        return tr("The secure connection could not be set up (nothing was sent).");
    default:
        //: %1 is a number identifying the certificate problem, for support
        return tr("The server's certificate was refused (code %1).").arg(int(error.tlsError));
    }
}

QString ErrorPresenter::detail(const ApiError& error)
{
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        return networkLine(error);
    case Kind::Tls:
        return tlsLine(error);
    case Kind::InsecureTransport:
        if (error.refusal == TransportPolicy::Refusal::InsecureHttp)
            //: %1 is a host name
            return tr("Plain http to %1 is refused: tokens would travel unencrypted. Use https, or start the program "
                      "with --allow-insecure-http if you accept that.")
                .arg(error.refusedHost);
        return tr("Only http and https addresses can be used.");
    case Kind::Decoding:
        if (error.bodyLimit > 0)
            //: %1 is a size such as "8 MiB"
            return tr("The server's answer is larger than %1, the most this program reads; it was not read to its "
                      "end.")
                .arg(QLocale().formattedDataSize(error.bodyLimit, 0));
        if (error.field == QLatin1String("verification_uri")
            || error.field == QLatin1String("verification_uri_complete"))
            return tr("The server named a sign-in page that is not an https address (nor http on this computer); "
                      "nothing was opened.");
        if (error.field.endsWith(QLatin1String("access_token")) || error.field.endsWith(QLatin1String("refresh_token")))
            return tr("The server sent a token with characters no token has (such as a line break); it was not "
                      "used.");
        if (!error.field.isEmpty())
            //: %1 is the position in the server's answer, e.g. users[3].email
            return tr("Unexpected value at %1.").arg(error.field);
        return tr("The answer is not the JSON the API describes.");
    default:
        break;
    }
    const QString words = error.serverMessage.trimmed();
    if (isUnfollowedRedirect(error) && words.isEmpty())
        //: %1 is an HTTP status code such as 302
        return tr("The redirect (HTTP status %1) was not followed: too many in a row, or to an address this program "
                  "does not send requests to.")
            .arg(error.httpStatus);
    if (error.httpStatus > 0) {
        if (words.isEmpty())
            //: %1 is an HTTP status code such as 404
            return tr("HTTP status %1").arg(error.httpStatus);
        //: %1 is the server's own message, %2 the HTTP status code
        return tr("The server said: “%1” (HTTP status %2)").arg(words, QString::number(error.httpStatus));
    }
    return {};
}

QString ErrorPresenter::full(const ApiError& error)
{
    const QString more = detail(error);
    return more.isEmpty() ? sentence(error) : sentence(error) + QLatin1Char('\n') + more;
}

bool ErrorPresenter::retryMakesSense(const ApiError& error)
{
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
    case Kind::Decoding:
    case Kind::Cancelled:
    case Kind::Forbidden: // a role or a status may have changed since
    case Kind::OrganizationNotActive:
    case Kind::NotFound:
        return true;
    default:
        return false;
    }
}

Notice ErrorPresenter::present(const ApiError& error, Context context)
{
    Notice notice;
    notice.severity = error.needsAuthentication() ? Notice::Severity::Warning : Notice::Severity::Error;
    notice.canRetry = retryMakesSense(error);
    notice.detail = detail(error);
    if (error.needsAuthentication()) {
        notice.text = sentence(error);
        return notice;
    }
    switch (context) {
    case Context::General:
        notice.text = sentence(error);
        break;
    case Context::List:
        if (error.kind == Kind::NotFound)
            notice.text = tr("This organization is not known to the server (any more).");
        else
            //: %1 says why, e.g. "The server did not answer in time."
            notice.text = tr("The end-users could not be loaded. %1").arg(sentence(error));
        break;
    case Context::Detail:
        if (error.kind == Kind::NotFound) {
            notice.severity = Notice::Severity::Warning;
            notice.canRetry = false;
            notice.text = tr("This user no longer exists.");
        } else if (error.kind == Kind::Forbidden || error.kind == Kind::OrganizationNotActive) {
            notice.text = tr("Access to this user's details was refused.");
        } else {
            //: %1 says why, e.g. "The server did not answer in time."
            notice.text = tr("The details could not be loaded. %1").arg(sentence(error));
        }
        break;
    case Context::Organizations:
        notice.text = tr("Your organizations could not be loaded.");
        notice.detail = full(error);
        break;
    case Context::Services:
        //: %1 says why
        notice.text = tr("The services for the filter could not be loaded: %1").arg(sentence(error));
        break;
    }
    return notice;
}

Notice ErrorPresenter::inactiveOrganization(const Organization& organization)
{
    Notice notice;
    notice.severity = Notice::Severity::Warning;
    //: %1 is the organization's name, %2 its status such as "suspended"
    notice.text = tr("“%1” is %2: its end-users can be managed only while the organization is active.")
                      .arg(organization.displayName(), OrganizationListModel::statusName(organization));
    notice.detail = organization.rejectionReason.value_or(QString());
    notice.canRetry = true;
    return notice;
}

Notice ErrorPresenter::noOrganizations()
{
    Notice notice;
    notice.severity = Notice::Severity::Info;
    notice.text = tr("You are not a member of any organization on this server.");
    notice.canRetry = true;
    return notice;
}

Notice ErrorPresenter::accessRefused(Refusal refusal,
                                     const Organization& organization,
                                     const ApiError& error,
                                     const QString& roleName)
{
    if (refusal == Refusal::Inactive) {
        Notice notice = inactiveOrganization(organization);
        notice.detail = detail(error);
        return notice;
    }
    Notice notice;
    notice.severity = Notice::Severity::Error;
    notice.canRetry = true;
    notice.detail = detail(error);
    if (refusal == Refusal::NotMember)
        //: %1 is the organization's name
        notice.text = tr("You are no longer a member of “%1”.").arg(organization.displayName());
    else if (!roleName.isEmpty())
        //: %1 is the organization's name, %2 the member's role there such as "Member"
        notice.text = tr("Your role in “%1” (%2) does not allow viewing end-users. An owner or admin of the "
                         "organization can change it.")
                          .arg(organization.displayName(), roleName);
    else
        //: %1 is the organization's name
        notice.text = tr("Access to the end-users of “%1” was refused.").arg(organization.displayName());
    return notice;
}

QString ErrorPresenter::retryCountdown(const ApiError& reason, int seconds)
{
    if (reason.kind == Kind::RateLimited)
        return tr("The server asks to slow down; trying again in %n second(s).", nullptr, seconds);
    return tr("The server did not answer; trying again in %n second(s).", nullptr, seconds);
}

ErrorPresenter::RevocationMessage ErrorPresenter::revocationFailure(const RevocationOutcome& outcome,
                                                                    const QString& email)
{
    RevocationMessage message;
    using OutcomeKind = RevocationOutcome::Kind;
    using Reason = RevocationOutcome::Reason;
    switch (outcome.kind) {
    case OutcomeKind::Revoked:
        break;
    case OutcomeKind::Unknown:
        //: Title of the dialog after a revocation whose result did not arrive
        message.title = tr("Outcome unknown");
        //: %1 is the end-user's email address
        message.text = tr("The connection failed while revoking the sessions of “%1”. It is not known whether they "
                          "were revoked.")
                           .arg(email);
        message.information = tr("Nothing was sent again. Reload the details to see how many sessions are active "
                                 "now before you try again.")
            + QStringLiteral("\n\n") + full(outcome.error);
        break;
    case OutcomeKind::NeedsSignIn:
        message.title = tr("Sessions not revoked");
        message.text = tr("Your sign-in has ended, so nothing was revoked. Sign in again, then revoke again.");
        break;
    case OutcomeKind::NotRevoked:
        message.title = tr("Sessions not revoked");
        if (outcome.reason == Reason::NotSent) {
            //: %1 is the end-user's email address
            message.text = tr("The sessions of “%1” were not revoked: the request was not sent, because the audit "
                              "journal could not record it first.")
                               .arg(email);
            message.information = tr("Check that the journal's folder can be written to, then try again.");
        } else if (outcome.reason == Reason::NeverReached) {
            //: %1 is the end-user's email address
            message.text =
                tr("The sessions of “%1” were not revoked: the request never reached the server.").arg(email);
            message.information = full(outcome.error);
        } else if (outcome.reason == Reason::NotFound) {
            //: %1 is the end-user's email address
            message.text = tr("The sessions of “%1” were not revoked.").arg(email);
            message.information =
                full(outcome.error) + QStringLiteral("\n\n") + tr("This user no longer exists in this organization.");
        } else {
            //: %1 is the end-user's email address
            message.text = tr("The sessions of “%1” were not revoked.").arg(email);
            message.information = full(outcome.error);
            if (outcome.error.kind == Kind::Forbidden)
                message.information += QStringLiteral("\n\n")
                    + tr("Only owners and admins of an active organization can revoke sessions.");
        }
        break;
    }
    return message;
}

QString ErrorPresenter::signInFailure(AuthSession::SignInFailure failure, const ApiError& error)
{
    using Failure = AuthSession::SignInFailure;
    switch (failure) {
    case Failure::NotAJwt:
    case Failure::PayloadNotBase64:
    case Failure::PayloadNotJson:
        return tr("This token cannot be used: it is not an access token of this platform (a JWT).");
    case Failure::NoSubject:
        return tr("This token cannot be used: it does not name a user.");
    case Failure::NoExpiry:
        return tr("This token cannot be used: it has no expiry time.");
    case Failure::Expired:
        return tr("This token cannot be used: it has expired.");
    case Failure::InvalidCharacters:
        return tr("This token cannot be used: it contains line breaks, spaces or other characters no access token "
                  "has. It was not sent.");
    case Failure::InvalidExpiry:
        return tr("This token cannot be used: its expiry time is not a valid date.");
    case Failure::NotAnAccessToken:
        return tr("This token cannot be used: it only proves the password of a sign-in whose verification code "
                  "was not entered. Sign in with email and password instead.");
    case Failure::RejectedByServer:
        return tr("The server does not accept this token: it may have expired, been revoked or been issued by "
                  "another server.");
    case Failure::CheckFailed:
        break;
    }
    return full(error);
}

QString ErrorPresenter::serverAddressProblem(ServerAddress::Problem problem)
{
    switch (problem) {
    case ServerAddress::Problem::None:
        return {};
    case ServerAddress::Problem::InsecureHttp:
        return tr("This address is not allowed: plain http is only used for this computer. Use https, or start the "
                  "program with --allow-insecure-http if you accept that tokens travel unencrypted.");
    case ServerAddress::Problem::Empty:
    case ServerAddress::Problem::NotAUrl:
    case ServerAddress::Problem::UnsupportedScheme:
        break;
    }
    return tr("Enter the server's address, for example https://sso.example.com.");
}

QString ErrorPresenter::deviceFlowFailure(DeviceFlow::Failure failure, const ApiError& error, bool platformClient)
{
    if (failure == DeviceFlow::Failure::Error && error.kind == Kind::Forbidden && platformClient)
        // Contract 9.5: the 2026 server keeps the platform device flow for platform owners.
        return tr("This server lets only platform owners sign in with the browser this way. Sign in with email and "
                  "password, or with your organization's desktop sign-in service (under Advanced).")
            + QLatin1Char('\n') + detail(error);
    switch (failure) {
    case DeviceFlow::Failure::Expired:
        return tr("The code expired before it was approved. Get a new code to try again.");
    case DeviceFlow::Failure::Denied:
        return tr("The sign-in was refused in the browser.");
    case DeviceFlow::Failure::Cancelled:
        return {};
    case DeviceFlow::Failure::Error:
        break;
    }
    return full(error);
}

QString ErrorPresenter::passwordSignInFailure(const ApiError& error, bool verifyingCode)
{
    // The server's own words say which of the two it refused (wrong password, wrong code, expired step).
    const QString words = error.serverMessage.trimmed();
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::TokenExpired:
        if (verifyingCode)
            return tr("The verification code was not accepted. Enter the current code from your authenticator app.")
                + (words.isEmpty() ? QString() : QLatin1Char('\n') + detail(error));
        return tr("The email address or the password is not right.")
            + (words.isEmpty() ? QString() : QLatin1Char('\n') + detail(error));
    case Kind::Forbidden:
        return tr("The server refused this sign-in.") + QLatin1Char('\n') + detail(error);
    case Kind::NotFound:
    case Kind::BadRequest:
        if (error.httpStatus == 404 || error.httpStatus == 405)
            return tr("This server does not offer sign-in with email and password. Sign in with the browser or "
                      "an access token.");
        break;
    default:
        break;
    }
    return full(error);
}

} // namespace UserAdmin
