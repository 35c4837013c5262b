// SPDX-License-Identifier: MIT
#include "ErrorMessages.h"

namespace UserAdmin {

QString ErrorMessages::summary(const ApiError& error)
{
    using Kind = ApiError::Kind;
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
        if (error.retryAfter)
            return tr("The server is busy; try again in %n second(s).", nullptr, int(error.retryAfter->count()));
        return tr("The server is busy; try again in a moment.");
    case Kind::BadRequest:
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

QString ErrorMessages::detail(const ApiError& error)
{
    QString text = error.serverMessage.trimmed();
    if (text.size() > 300)
        text = text.left(300) + QChar(0x2026);
    if (error.httpStatus > 0) {
        //: %1 is the server's message, %2 the HTTP status code
        return text.isEmpty() ? tr("HTTP status %1").arg(error.httpStatus)
                              : tr("%1 (HTTP status %2)").arg(text).arg(error.httpStatus);
    }
    return text;
}

QString ErrorMessages::full(const ApiError& error)
{
    const QString more = detail(error);
    return more.isEmpty() ? summary(error) : summary(error) + QLatin1Char('\n') + more;
}

} // namespace UserAdmin
