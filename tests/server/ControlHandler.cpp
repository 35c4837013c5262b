// SPDX-License-Identifier: MIT
#include "ControlHandler.h"

#include "DeviceGrants.h"
#include "Directory.h"
#include "EndUserRepository.h"
#include "FaultInjector.h"
#include "HttpRequestData.h"
#include "RateLimiter.h"
#include "RequestJournal.h"
#include "SessionStore.h"
#include "Timestamps.h"
#include "Totp.h"

#include <QDateTime>
#include <QJsonDocument>

namespace UserAdmin::DevServer {

namespace {

QJsonObject bodyOf(const HttpRequestData& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString firstValue(const HttpRequestData& request, const QString& name)
{
    const QStringList values = request.queryValues(name);
    return values.isEmpty() ? QString() : values.constFirst();
}

HttpReply ok()
{
    return HttpReply::json(QJsonObject {{QStringLiteral("ok"), true}});
}

} // namespace

ControlHandler::ControlHandler(SessionStore& sessions,
                               FaultInjector& faults,
                               RequestJournal& journal,
                               RateLimiter& rateLimiter,
                               DeviceGrants& deviceGrants,
                               EndUserRepository& endUsers,
                               Directory& directory)
    : m_sessions(sessions)
    , m_faults(faults)
    , m_journal(journal)
    , m_rateLimiter(rateLimiter)
    , m_deviceGrants(deviceGrants)
    , m_endUsers(endUsers)
    , m_directory(directory)
{
    const auto route = [this](const char* method, const char* path, auto member) {
        m_router.add(QByteArray(method),
                     QString::fromLatin1(path),
                     [this, member](const HttpRequestData& request, const RouteParams&) { return member(request); });
    };
    route("GET", "/__control/health", [](const HttpRequestData&) { return ok(); });
    route("POST", "/__control/token", [this](const HttpRequestData& r) { return token(r); });
    route("POST", "/__control/faults", [this](const HttpRequestData& r) { return addFault(r); });
    route("DELETE", "/__control/faults", [this](const HttpRequestData&) { return clearFaults(); });
    route("GET", "/__control/requests", [this](const HttpRequestData& r) { return requests(r); });
    route("DELETE", "/__control/requests", [this](const HttpRequestData&) { return clearRequests(); });
    route("POST", "/__control/rate-limit", [this](const HttpRequestData& r) { return rateLimit(r); });
    route("POST", "/__control/device/approve", [this](const HttpRequestData& r) { return approveDevice(r); });
    route("GET", "/__control/end-user", [this](const HttpRequestData& r) { return endUser(r); });
    route("GET", "/__control/totp", [this](const HttpRequestData& r) { return totp(r); });
    route("POST", "/__control/membership", [this](const HttpRequestData& r) { return membership(r); });
}

HttpReply ControlHandler::handle(const HttpRequestData& request)
{
    if (!request.body.isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return HttpReply::badRequest(QStringLiteral("control body must be a JSON object"));
    }
    const HttpReply reply = m_router.dispatch(request);
    if ((reply.status == 404 || reply.status == 405) && reply.body.isEmpty())
        return HttpReply::notFound(QStringLiteral("unknown control route"));
    return reply;
}

HttpReply ControlHandler::token(const HttpRequestData& request)
{
    const QJsonObject body = bodyOf(request);
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(body.value(QStringLiteral("email")).toString(), &member))
        return HttpReply::notFound(QStringLiteral("no member with that email"));
    const QJsonValue expiresIn = body.value(QStringLiteral("expires_in"));
    // "org": a session selected for that organization (as POST /api/organizations/:slug/select makes), which
    // always has a refresh token.
    SessionStore::Scope scope;
    const QString orgSlug = body.value(QStringLiteral("org")).toString();
    if (!orgSlug.isEmpty()) {
        const std::optional<Directory::Organization> org = m_directory.organizationBySlug(orgSlug);
        if (!org)
            return HttpReply::notFound(QStringLiteral("no organization with that slug"));
        scope.orgRid = org->rid;
        scope.orgSlug = org->slug;
        scope.role = m_directory.roleOf(org->rid, member.rid);
        if (scope.role.isEmpty())
            return HttpReply::forbidden(QStringLiteral("that member is not a member of that organization"));
    }
    scope.mfaVerified = body.value(QStringLiteral("mfa_verified")).toBool(false);
    const SessionStore::Tokens tokens = m_sessions.createSession(
        member,
        body.value(QStringLiteral("refresh")).toBool(false) || !orgSlug.isEmpty(),
        expiresIn.isDouble() ? std::optional<qint64>(qint64(expiresIn.toDouble())) : std::nullopt,
        scope);
    QJsonObject answer {{QStringLiteral("access_token"), tokens.accessToken}};
    if (!tokens.refreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    return HttpReply::json(answer);
}

HttpReply ControlHandler::addFault(const HttpRequestData& request)
{
    Fault fault;
    QString error;
    if (!Fault::fromJson(bodyOf(request), &fault, &error))
        return HttpReply::badRequest(error);
    return HttpReply::json(QJsonObject {{QStringLiteral("id"), m_faults.add(fault)}});
}

HttpReply ControlHandler::clearFaults()
{
    m_faults.clear();
    return ok();
}

HttpReply ControlHandler::requests(const HttpRequestData& request) const
{
    return HttpReply::json(QJsonObject {
        {QStringLiteral("requests"),
         m_journal.find(firstValue(request, QStringLiteral("path")), firstValue(request, QStringLiteral("method")))}});
}

HttpReply ControlHandler::clearRequests()
{
    m_journal.clear();
    return ok();
}

HttpReply ControlHandler::rateLimit(const HttpRequestData& request)
{
    const QJsonObject body = bodyOf(request);
    // refill_seconds sets every group's interval; refill_<group> then overrides one.
    const double refill = body.value(QStringLiteral("refill_seconds")).toDouble(-1);
    const auto bucket = [&](RateLimiter::Group group, const QString& name) {
        RateLimiter::Bucket current = m_rateLimiter.bucket(group);
        current.burst = body.value(QStringLiteral("burst_") + name).toInt(current.burst);
        if (refill > 0)
            current.refillSeconds = refill;
        current.refillSeconds = body.value(QStringLiteral("refill_") + name).toDouble(current.refillSeconds);
        return current;
    };
    m_rateLimiter.configure(body.value(QStringLiteral("enabled")).toBool(m_rateLimiter.enabled()),
                            bucket(RateLimiter::Group::Auth, QStringLiteral("auth")),
                            bucket(RateLimiter::Group::Device, QStringLiteral("device")),
                            bucket(RateLimiter::Group::Mfa, QStringLiteral("mfa")));
    const RateLimiter::Bucket auth = m_rateLimiter.bucket(RateLimiter::Group::Auth);
    const RateLimiter::Bucket device = m_rateLimiter.bucket(RateLimiter::Group::Device);
    const RateLimiter::Bucket mfa = m_rateLimiter.bucket(RateLimiter::Group::Mfa);
    return HttpReply::json(QJsonObject {{QStringLiteral("enabled"), m_rateLimiter.enabled()},
                                        {QStringLiteral("burst_auth"), auth.burst},
                                        {QStringLiteral("burst_device"), device.burst},
                                        {QStringLiteral("burst_mfa"), mfa.burst},
                                        {QStringLiteral("refill_auth"), auth.refillSeconds},
                                        {QStringLiteral("refill_device"), device.refillSeconds},
                                        {QStringLiteral("refill_mfa"), mfa.refillSeconds},
                                        {QStringLiteral("refill_seconds"), auth.refillSeconds}});
}

HttpReply ControlHandler::approveDevice(const HttpRequestData& request)
{
    const QJsonObject body = bodyOf(request);
    const QString email = body.value(QStringLiteral("email")).toString();
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(email, &member))
        return HttpReply::notFound(QStringLiteral("no member with that email"));
    if (!m_deviceGrants.approve(
            body.value(QStringLiteral("user_code")).toString(), email, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::badRequest(QStringLiteral("unknown or expired user code"));
    return HttpReply::json(QJsonObject {{QStringLiteral("approved"), true}});
}

HttpReply ControlHandler::endUser(const HttpRequestData& request) const
{
    const std::optional<QJsonObject> user = m_endUsers.findByEmail(firstValue(request, QStringLiteral("email")));
    if (!user)
        return HttpReply::notFound(QStringLiteral("no end-user with that email"));
    return HttpReply::json(*user);
}

HttpReply ControlHandler::totp(const HttpRequestData& request) const
{
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(firstValue(request, QStringLiteral("email")), &member))
        return HttpReply::notFound(QStringLiteral("no member with that email"));
    const std::optional<QByteArray> key = Totp::decodeBase32(member.totpSecret);
    if (!key)
        return HttpReply::notFound(QStringLiteral("that member has no MFA"));
    const qint64 now = Timestamps::nowSeconds();
    return HttpReply::json(QJsonObject {{QStringLiteral("email"), member.email},
                                        {QStringLiteral("code"), Totp::code(*key, now)},
                                        {QStringLiteral("valid_for"), Totp::StepSeconds - now % Totp::StepSeconds}});
}

HttpReply ControlHandler::membership(const HttpRequestData& request)
{
    const QJsonObject body = bodyOf(request);
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(body.value(QStringLiteral("email")).toString(), &member))
        return HttpReply::notFound(QStringLiteral("no member with that email"));
    const std::optional<Directory::Organization> org =
        m_directory.organizationBySlug(body.value(QStringLiteral("org")).toString());
    if (!org)
        return HttpReply::notFound(QStringLiteral("no organization with that slug"));
    // "role": null (or "") ends the membership.
    const QString role = body.value(QStringLiteral("role")).toString();
    if (!m_directory.setRole(org->rid, member.rid, role))
        return HttpReply::badRequest(QStringLiteral("no such role in that organization"));
    return HttpReply::json(QJsonObject {{QStringLiteral("email"), member.email},
                                        {QStringLiteral("org"), org->slug},
                                        {QStringLiteral("role"), role.isEmpty() ? QJsonValue() : QJsonValue(role)}});
}

} // namespace UserAdmin::DevServer
