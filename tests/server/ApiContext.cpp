// SPDX-License-Identifier: MIT
#include "ApiContext.h"

#include "HttpRequestData.h"
#include "ServerOptions.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace UserAdmin::DevServer {

namespace {

QString forwardedAddress(const QByteArray& value)
{
    for (const QByteArray& part : value.split(',')) {
        QByteArray candidate = part.trimmed();
        const qsizetype forIndex = candidate.toLower().indexOf("for=");
        if (forIndex >= 0) {
            candidate = candidate.mid(forIndex + 4);
            const qsizetype end = candidate.indexOf(';');
            if (end >= 0)
                candidate.truncate(end);
            candidate = candidate.trimmed();
            if (candidate.startsWith('"'))
                candidate = candidate.mid(1, candidate.size() - 2);
            if (candidate.startsWith('[')) {
                candidate = candidate.mid(1, candidate.indexOf(']') - 1);
            } else if (candidate.count(':') == 1) {
                candidate.truncate(candidate.indexOf(':'));
            }
        }
        QHostAddress address;
        if (address.setAddress(QString::fromLatin1(candidate)))
            return address.toString();
    }
    return {};
}

} // namespace

ApiContext::ApiContext(const ServerOptions& options,
                       const ShapeRules& rules,
                       const ShapeSerializer& serializer,
                       Directory& directory,
                       EndUserRepository& endUsers,
                       SessionStore& sessions,
                       DeviceGrants& deviceGrants,
                       RateLimiter& rateLimiter,
                       AuditLogRepository& auditLog,
                       RiskEventRepository& riskEvents)
    : m_options(options)
    , m_rules(rules)
    , m_serializer(serializer)
    , m_directory(directory)
    , m_endUsers(endUsers)
    , m_sessions(sessions)
    , m_deviceGrants(deviceGrants)
    , m_rateLimiter(rateLimiter)
    , m_auditLog(auditLog)
    , m_riskEvents(riskEvents)
{ }

QString ApiContext::clientKey(const HttpRequestData& request)
{
    for (const QByteArray& header :
         {QByteArrayLiteral("X-Forwarded-For"), QByteArrayLiteral("X-Real-IP"), QByteArrayLiteral("Forwarded")}) {
        const QByteArray value = request.header(header);
        if (value.isEmpty())
            continue;
        const QString address = forwardedAddress(value);
        if (!address.isEmpty())
            return address;
    }
    return request.peer.toString();
}

std::optional<HttpReply> ApiContext::rateLimit(const HttpRequestData& request, RateLimiter::Group group) const
{
    const double wait = m_rateLimiter.acquire(group, clientKey(request));
    if (wait <= 0)
        return std::nullopt;
    const auto seconds = qint64(std::floor(wait));
    // The reference server's governor answer: plain text without a content type, whole seconds rounded down.
    HttpReply reply = HttpReply::empty(429);
    reply.body = QByteArrayLiteral("Too Many Requests! Wait for ") + QByteArray::number(seconds) + 's';
    reply.headers.append({QByteArrayLiteral("x-ratelimit-after"), QByteArray::number(seconds)});
    return reply;
}

std::optional<HttpReply> ApiContext::authenticate(const HttpRequestData& request, SessionStore::Member* member) const
{
    return authenticate(request, member, nullptr);
}

std::optional<HttpReply>
ApiContext::authenticate(const HttpRequestData& request, SessionStore::Member* member, SessionStore::Scope* scope) const
{
    const SessionStore::Authentication result = m_sessions.authenticate(request.header("Authorization"));
    if (m_rules.managementTokens) {
        // The 2026 server: no TOKEN_EXPIRED, and its own wording for a session that is gone.
        switch (result.check) {
        case SessionStore::Check::Invalid:
        case SessionStore::Check::ExpiredWithinLeeway:
            return HttpReply::error(401, QStringLiteral("JWT_ERROR"), QStringLiteral("Invalid token"));
        case SessionStore::Check::SessionGone:
        case SessionStore::Check::UserGone:
            return HttpReply::unauthorized(QStringLiteral("Session revoked or expired"));
        default:
            break;
        }
    }
    switch (result.check) {
    case SessionStore::Check::Ok:
        *member = result.member;
        if (scope)
            *scope = result.scope;
        return std::nullopt;
    case SessionStore::Check::MissingHeader:
        return HttpReply::unauthorized(QStringLiteral("Missing or invalid Authorization header"));
    case SessionStore::Check::Invalid:
        return HttpReply::error(401, QStringLiteral("JWT_ERROR"), QStringLiteral("Invalid token"));
    case SessionStore::Check::ExpiredWithinLeeway:
        return HttpReply::error(401, QStringLiteral("TOKEN_EXPIRED"), QStringLiteral("Token has expired"));
    case SessionStore::Check::SessionGone:
        return HttpReply::unauthorized(QStringLiteral("Session expired or revoked"));
    case SessionStore::Check::UserGone:
        return HttpReply::unauthorized(QStringLiteral("User not found"));
    }
    return HttpReply::unauthorized(QStringLiteral("Unauthorized"));
}

std::optional<HttpReply> ApiContext::activeOrganization(const QString& slug,
                                                        Directory::Organization* organization) const
{
    const std::optional<Directory::Organization> found = m_directory.organizationBySlug(slug);
    if (!found)
        return HttpReply::notFound(QStringLiteral("Organization '%1' not found").arg(slug));
    if (found->status != QLatin1String("active"))
        return HttpReply::forbidden(QStringLiteral("Organization is not active (status: %1)").arg(found->status));
    *organization = *found;
    return std::nullopt;
}

std::optional<HttpReply> ApiContext::requireAccess(const Directory::Organization& organization,
                                                   const SessionStore::Member& member,
                                                   Capability capability) const
{
    if (!m_rules.capabilities) {
        const QString role = m_directory.roleOf(organization.rid, member.rid);
        if (role.isEmpty())
            return HttpReply::forbidden(QStringLiteral("Not a member of this organization"));
        if (capability == Capability::ManageEndUsers && role != QLatin1String("owner")
            && role != QLatin1String("admin"))
            return HttpReply::forbidden(
                QStringLiteral("Insufficient permissions: requires one of the roles owner, admin (you are %1)")
                    .arg(role));
        return std::nullopt;
    }
    // A non-member holds no capability, so gets the same answer as a member without it.
    const QStringList held = m_directory.permissionsOf(organization.rid, member.rid);
    const auto holds = [&held](const char* permission) { return held.contains(QLatin1String(permission)); };
    switch (capability) {
    case Capability::ViewEndUsers:
        if (holds("end_users.view") || holds("end_users.manage"))
            return std::nullopt;
        return HttpReply::forbidden(QStringLiteral("Insufficient permissions to view end users"));
    case Capability::ManageEndUsers:
        if (holds("end_users.manage"))
            return std::nullopt;
        return HttpReply::forbidden(QStringLiteral("Insufficient permissions to manage end users"));
    case Capability::ViewAuditLog:
        if (holds("audit_logs.view"))
            return std::nullopt;
        return HttpReply::forbidden(QStringLiteral("Insufficient permissions to view audit logs"));
    case Capability::ViewRiskEvents:
        if (holds("risk_events.view") || holds("risk_policies.manage"))
            return std::nullopt;
        return HttpReply::forbidden(QStringLiteral("Insufficient permissions to view risk events"));
    }
    return HttpReply::forbidden(QStringLiteral("Insufficient permissions"));
}

std::optional<HttpReply>
ApiContext::readJsonBody(const HttpRequestData& request, const QStringList& requiredStrings, QJsonObject* body)
{
    if (!request.hasJsonContentType())
        return HttpReply::text(415, QStringLiteral("Expected request with `Content-Type: application/json`"));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return HttpReply::text(400,
                               QStringLiteral("Failed to parse the request body as JSON: %1").arg(error.errorString()));
    *body = document.object();
    for (const QString& field : requiredStrings) {
        if (!body->value(field).isString())
            return HttpReply::text(
                422,
                QStringLiteral(
                    "Failed to deserialize the JSON body into the target type: missing or invalid field `%1`")
                    .arg(field));
    }
    return std::nullopt;
}

ApiContext::IntegerParam ApiContext::integerParam(const HttpRequestData& request, const QString& name, qint64* value)
{
    const QStringList values = request.queryValues(name);
    if (values.isEmpty())
        return IntegerParam::Absent;
    if (values.size() > 1)
        return IntegerParam::Invalid;
    const QString& text = values.constFirst();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return IntegerParam::Invalid;
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok ? IntegerParam::Valid : IntegerParam::Invalid;
}

std::optional<HttpReply> ApiContext::paging(const HttpRequestData& request, qint64* page, qint64* limit) const
{
    if (integerParam(request, QStringLiteral("page"), page) == IntegerParam::Invalid)
        return badQuery(QStringLiteral("page: invalid digit found in string"));
    if (integerParam(request, QStringLiteral("limit"), limit) == IntegerParam::Invalid)
        return badQuery(QStringLiteral("limit: invalid digit found in string"));
    *page = std::max<qint64>(*page, 1);
    *limit = std::clamp<qint64>(*limit, 1, 100);
    return std::nullopt;
}

HttpReply ApiContext::badQuery(const QString& detail) const
{
    if (m_rules.plainTextQueryErrors)
        return HttpReply::text(400, QStringLiteral("Failed to deserialize query string: %1").arg(detail));
    return HttpReply::badRequest(QStringLiteral("Invalid query string: %1").arg(detail));
}

bool ApiContext::hasDuplicates(const HttpRequestData& request, const QStringList& names)
{
    return std::any_of(
        names.begin(), names.end(), [&](const QString& name) { return request.queryValues(name).size() > 1; });
}

QString ApiContext::firstValue(const HttpRequestData& request, const QString& name)
{
    const QStringList values = request.queryValues(name);
    return values.isEmpty() ? QString() : values.constFirst();
}

} // namespace UserAdmin::DevServer
