// SPDX-License-Identifier: MIT
#pragma once

#include "api/TransportPolicy.h"

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// What a person types as the server (a URL, or a bare host such as "sso.example.com" or "localhost:8080"),
/// turned into the URL the client uses, checked against the transport policy.
class ServerAddress
{
public:
    enum class Problem {
        None,
        Empty,
        NotAUrl, ///< no host could be read from it
        UnsupportedScheme, ///< neither http nor https
        InsecureHttp, ///< plain http to another computer without --allow-insecure-http
    };

    struct Result
    {
        QUrl url; ///< set whenever a URL could be read, also when the policy refuses it
        Problem problem = Problem::Empty;
        bool ok() const { return problem == Problem::None; }
    };

    /// A bare host means https, except for this computer (http): QUrl::fromUserInput would pick http, which the
    /// transport policy then refuses for any real server. Surrounding space is ignored; query and fragment dropped.
    static Result fromUserInput(const QString& text, bool allowInsecureHttp);
};

} // namespace UserAdmin
