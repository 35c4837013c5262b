// SPDX-License-Identifier: MIT
#pragma once

#include "Directory.h"
#include "EndUserRepository.h"
#include "HttpReply.h"
#include "RateLimiter.h"
#include "SessionStore.h"
#include "ShapeRules.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

class AuditLogRepository;
class DeviceGrants;
class RiskEventRepository;
class ShapeSerializer;
struct HttpRequestData;
struct ServerOptions;

/// What every endpoint handler shares: the stores, the shape's rules and serializer, and the checks that
/// several endpoints make in the same way (authentication, rate limits, JSON bodies, query integers).
class ApiContext
{
public:
    enum class IntegerParam { Absent, Valid, Invalid };
    enum class Capability { ViewEndUsers, ManageEndUsers, ViewAuditLog, ViewRiskEvents };

    ApiContext(const ServerOptions& options,
               const ShapeRules& rules,
               const ShapeSerializer& serializer,
               Directory& directory,
               EndUserRepository& endUsers,
               SessionStore& sessions,
               DeviceGrants& deviceGrants,
               RateLimiter& rateLimiter,
               AuditLogRepository& auditLog,
               RiskEventRepository& riskEvents);

    const ServerOptions& options() const { return m_options; }
    const ShapeRules& rules() const { return m_rules; }
    const ShapeSerializer& serializer() const { return m_serializer; }
    Directory& directory() const { return m_directory; }
    EndUserRepository& endUsers() const { return m_endUsers; }
    SessionStore& sessions() const { return m_sessions; }
    DeviceGrants& deviceGrants() const { return m_deviceGrants; }
    AuditLogRepository& auditLog() const { return m_auditLog; }
    RiskEventRepository& riskEvents() const { return m_riskEvents; }
    QString baseUrl() const { return m_baseUrl; }
    /// Who counts as an end-user for the detail and revocation in this shape.
    EndUserRepository::EndUserTest endUserTest() const
    {
        return m_rules.endUserNeedsSubscription ? EndUserRepository::EndUserTest::Subscription
                                                : EndUserRepository::EndUserTest::AnyService;
    }
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    /// The client key of the rate limiter: first parseable forwarded address, else the TCP peer.
    static QString clientKey(const HttpRequestData& request);
    /// A 429 when the client's bucket of that group is empty.
    std::optional<HttpReply> rateLimit(const HttpRequestData& request, RateLimiter::Group group) const;
    /// A 401 unless the bearer token belongs to a live session (contract 1.1 rows 1-5).
    std::optional<HttpReply> authenticate(const HttpRequestData& request, SessionStore::Member* member) const;
    /// The same, also giving what the session was issued for.
    std::optional<HttpReply>
    authenticate(const HttpRequestData& request, SessionStore::Member* member, SessionStore::Scope* scope) const;
    /// 404 for an unknown organization, then 403 when it is not active (contract 1.1 rows 6-7).
    std::optional<HttpReply> activeOrganization(const QString& slug, Directory::Organization* organization) const;
    /// The 403 unless the member may do that in the organization: by capability on a 2026 server (contract
    /// 9.4), else by membership, and owner or admin to manage.
    std::optional<HttpReply> requireAccess(const Directory::Organization& organization,
                                           const SessionStore::Member& member,
                                           Capability capability) const;
    /// Plain-text 415/400/422 for body problems, as the reference server's extractors give (contract 2.3).
    static std::optional<HttpReply>
    readJsonBody(const HttpRequestData& request, const QStringList& requiredStrings, QJsonObject* body);
    static IntegerParam integerParam(const HttpRequestData& request, const QString& name, qint64* value);
    /// page >= 1 and limit clamped to 1..100, or the 400 of a malformed value.
    std::optional<HttpReply> paging(const HttpRequestData& request, qint64* page, qint64* limit) const;
    HttpReply badQuery(const QString& detail) const;
    static bool hasDuplicates(const HttpRequestData& request, const QStringList& names);
    static QString firstValue(const HttpRequestData& request, const QString& name);

private:
    const ServerOptions& m_options;
    const ShapeRules& m_rules;
    const ShapeSerializer& m_serializer;
    Directory& m_directory;
    EndUserRepository& m_endUsers;
    SessionStore& m_sessions;
    DeviceGrants& m_deviceGrants;
    RateLimiter& m_rateLimiter;
    AuditLogRepository& m_auditLog;
    RiskEventRepository& m_riskEvents;
    QString m_baseUrl;
};

} // namespace UserAdmin::DevServer
