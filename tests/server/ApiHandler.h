// SPDX-License-Identifier: MIT
#pragma once

#include "HttpReply.h"
#include "SessionStore.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

class DeviceFlow;
class Directory;
class EndUserRepository;
class RateLimiter;
struct HttpRequestData;
struct ServerOptions;

/// The platform API of sso-dev-server: routes a request to its handler and builds the answer.
class ApiHandler
{
public:
    ApiHandler(const ServerOptions& options,
               Directory& directory,
               EndUserRepository& endUsers,
               SessionStore& sessions,
               DeviceFlow& deviceFlow,
               RateLimiter& rateLimiter);

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }
    HttpReply handle(const HttpRequestData& request);
    /// The client key of the rate limiter: first parseable forwarded address, else the TCP peer.
    static QString clientKey(const HttpRequestData& request);

private:
    enum class IntegerParam { Absent, Valid, Invalid };

    std::optional<HttpReply> rateLimit(const HttpRequestData& request, int group);
    std::optional<HttpReply> authenticate(const HttpRequestData& request, SessionStore::Member* member) const;
    static std::optional<HttpReply>
    readJsonBody(const HttpRequestData& request, const QStringList& required, QJsonObject* body);
    static IntegerParam integerParam(const HttpRequestData& request, const QString& name, qint64* value);
    HttpReply badQuery(const QString& detail) const;
    bool hasDuplicates(const HttpRequestData& request, const QStringList& names) const;

    HttpReply deviceCode(const HttpRequestData& request);
    HttpReply deviceVerify(const HttpRequestData& request);
    HttpReply token(const HttpRequestData& request);
    HttpReply refresh(const HttpRequestData& request);
    HttpReply logout(const HttpRequestData& request);
    HttpReply activate(const HttpRequestData& request);
    HttpReply currentUser(const HttpRequestData& request);
    HttpReply organizations(const HttpRequestData& request);
    HttpReply organization(const HttpRequestData& request, const QString& slug, const QString& part);
    HttpReply endUsers(const HttpRequestData& request, const QString& slug, const QString& userId, bool sessions);

    const ServerOptions& m_options;
    Directory& m_directory;
    EndUserRepository& m_endUsers;
    SessionStore& m_sessions;
    DeviceFlow& m_deviceFlow;
    RateLimiter& m_rateLimiter;
    QString m_baseUrl;
};

} // namespace UserAdmin::DevServer
