// SPDX-License-Identifier: MIT
#pragma once

#include "api/UrlEncoding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <chrono>
#include <optional>

namespace UserAdmin {

/// What a job asks ApiClient to send: method, unencoded path segments, query items and an optional JSON body.
struct ApiRequest
{
    enum class Method { Get, Post, Delete };

    Method method = Method::Get;
    QStringList path; ///< segments, each encoded on its own
    UrlEncoding::QueryItems query;
    QByteArray jsonBody; ///< sent with Content-Type application/json when hasBody
    bool hasBody = false;
    bool authenticated = true; ///< send the bearer token (only ever to the configured origin)
    /// A token to send instead of the session's, e.g. a pasted one checked before it is accepted. A 401 for it
    /// says nothing about the session, so it does not raise ApiClient::unauthorizedReceived.
    QString bearerOverride;
    std::optional<std::chrono::milliseconds> timeout; ///< overrides the client's transfer timeout
    /// The most body bytes read for a 2xx answer (after decompression); more aborts the reply. Error answers are
    /// held to ErrorBodyLimit whatever this says.
    qint64 maxBodyBytes = ListBodyLimit;

    static constexpr qint64 ListBodyLimit = 8 * 1024 * 1024; ///< lists and details
    static constexpr qint64 AuthBodyLimit = 1024 * 1024; ///< sign-in, token and who-am-I answers
    static constexpr qint64 ErrorBodyLimit = 1024 * 1024; ///< any answer that is not 2xx

    /// A sign-in request (login, MFA, token exchange, refresh): a POST of `body` that carries no bearer token and
    /// reads at most AuthBodyLimit.
    static ApiRequest signInPost(QStringList path, const QJsonObject& body);

    bool idempotent() const { return method == Method::Get; }
    QByteArray verb() const
    {
        switch (method) {
        case Method::Get:
            return QByteArrayLiteral("GET");
        case Method::Post:
            return QByteArrayLiteral("POST");
        case Method::Delete:
            return QByteArrayLiteral("DELETE");
        }
        return QByteArrayLiteral("GET");
    }
};

} // namespace UserAdmin
