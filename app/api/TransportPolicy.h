// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// Which URLs a request may go to: https always; plain http only to a loopback host unless explicitly allowed.
class TransportPolicy
{
public:
    enum class Refusal {
        None,
        InvalidUrl, ///< not a URL with a host
        InsecureHttp, ///< plain http to a host other than this computer
        UnsupportedScheme, ///< neither http nor https
    };

    static bool isLoopbackHost(const QString& host);
    /// Refusal::None when requests to `url` may be sent.
    static Refusal check(const QUrl& url, bool allowInsecureHttp);
    /// `scheme://host:port`, with the scheme's default port made explicit; the unit a token is bound to.
    static QString origin(const QUrl& url);
};

} // namespace UserAdmin
