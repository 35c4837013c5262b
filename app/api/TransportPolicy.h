// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// Which URLs a request may go to: https always; plain http only to a loopback host unless explicitly allowed.
class TransportPolicy
{
public:
    static bool isLoopbackHost(const QString& host);
    /// Empty when the URL is acceptable; otherwise why not (for the error shown to the person).
    static QString refusalReason(const QUrl& url, bool allowInsecureHttp);
    /// `scheme://host:port`, with the scheme's default port made explicit; the unit a token is bound to.
    static QString origin(const QUrl& url);
};

} // namespace UserAdmin
