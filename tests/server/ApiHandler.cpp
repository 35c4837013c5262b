// SPDX-License-Identifier: MIT
#include "ApiHandler.h"

#include "ActivationPage.h"
#include "DeviceFlow.h"
#include "Directory.h"
#include "EndUserRepository.h"
#include "HttpRequestData.h"
#include "RateLimiter.h"
#include "ServerOptions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace UserAdmin::DevServer {

namespace {

const QString DeviceGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpReply unauthorized(const QString& message)
{
    return HttpReply::error(401, QStringLiteral("UNAUTHORIZED"), message);
}

HttpReply forbidden(const QString& message)
{
    return HttpReply::error(403, QStringLiteral("FORBIDDEN"), message);
}

HttpReply notFound(const QString& message)
{
    return HttpReply::error(404, QStringLiteral("NOT_FOUND"), message);
}

HttpReply badRequest(const QString& message)
{
    return HttpReply::error(400, QStringLiteral("BAD_REQUEST"), message);
}

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

ApiHandler::ApiHandler(const ServerOptions& options,
                       Directory& directory,
                       EndUserRepository& endUsers,
                       SessionStore& sessions,
                       DeviceFlow& deviceFlow,
                       RateLimiter& rateLimiter)
    : m_options(options)
    , m_directory(directory)
    , m_endUsers(endUsers)
    , m_sessions(sessions)
    , m_deviceFlow(deviceFlow)
    , m_rateLimiter(rateLimiter)
{ }

QString ApiHandler::clientKey(const HttpRequestData& request)
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

HttpReply ApiHandler::handle(const HttpRequestData& request)
{
    const QStringList& s = request.segments;
    for (const QString& segment : s) {
        if (segment.isEmpty())
            return HttpReply::empty(404); // trailing slash or "//": unknown route, empty body, as the reference server
    }
    const qsizetype n = s.size();
    const auto only = [&](const char* method, auto&& handler) -> HttpReply {
        return request.method == method ? handler() : HttpReply::empty(405);
    };
    if (n == 3 && s[0] == QLatin1String("auth") && s[1] == QLatin1String("device") && s[2] == QLatin1String("code"))
        return only("POST", [&] { return deviceCode(request); });
    if (n == 3 && s[0] == QLatin1String("auth") && s[1] == QLatin1String("device") && s[2] == QLatin1String("verify"))
        return only("POST", [&] { return deviceVerify(request); });
    if (n == 2 && s[0] == QLatin1String("auth") && s[1] == QLatin1String("token"))
        return only("POST", [&] { return token(request); });
    if (n == 1 && s[0] == QLatin1String("activate")) {
        if (request.method != "GET" && request.method != "POST")
            return HttpReply::empty(405);
        return activate(request);
    }
    if (n < 2 || s[0] != QLatin1String("api"))
        return HttpReply::empty(404);
    if (n == 3 && s[1] == QLatin1String("auth") && s[2] == QLatin1String("refresh"))
        return only("POST", [&] { return refresh(request); });
    if (n == 3 && s[1] == QLatin1String("auth") && s[2] == QLatin1String("logout"))
        return only("POST", [&] { return logout(request); });
    if (n == 2 && s[1] == QLatin1String("user"))
        return only("GET", [&] { return currentUser(request); });
    if (s[1] != QLatin1String("organizations"))
        return HttpReply::empty(404);
    if (n == 2)
        return only("GET", [&] { return organizations(request); });
    const QString& slug = s[2];
    if (n == 3)
        return only("GET", [&] { return organization(request, slug, {}); });
    if (n == 4 && (s[3] == QLatin1String("members") || s[3] == QLatin1String("services")))
        return only("GET", [&] { return organization(request, slug, s[3]); });
    if (s[3] != QLatin1String("users"))
        return HttpReply::empty(404);
    if (n == 4)
        return only("GET", [&] { return endUsers(request, slug, {}, false); });
    if (n == 5)
        return only("GET", [&] { return endUsers(request, slug, s[4], false); });
    if (n == 6 && s[5] == QLatin1String("sessions"))
        return only("DELETE", [&] { return endUsers(request, slug, s[4], true); });
    return HttpReply::empty(404);
}

std::optional<HttpReply> ApiHandler::rateLimit(const HttpRequestData& request, int group)
{
    const double wait =
        m_rateLimiter.acquire(group == 0 ? RateLimiter::Group::Auth : RateLimiter::Group::Device, clientKey(request));
    if (wait <= 0)
        return std::nullopt;
    const auto seconds = qint64(std::floor(wait));
    // The reference server's governor answer: plain text without a content type, whole seconds rounded down.
    HttpReply reply = HttpReply::empty(429);
    reply.body = QByteArrayLiteral("Too Many Requests! Wait for ") + QByteArray::number(seconds) + 's';
    reply.headers.append({QByteArrayLiteral("x-ratelimit-after"), QByteArray::number(seconds)});
    return reply;
}

std::optional<HttpReply> ApiHandler::authenticate(const HttpRequestData& request, SessionStore::Member* member) const
{
    const SessionStore::Authentication result = m_sessions.authenticate(request.header("Authorization"));
    switch (result.check) {
    case SessionStore::Check::Ok:
        *member = result.member;
        return std::nullopt;
    case SessionStore::Check::MissingHeader:
        return unauthorized(QStringLiteral("Missing or invalid Authorization header"));
    case SessionStore::Check::Invalid:
        return HttpReply::error(401, QStringLiteral("JWT_ERROR"), QStringLiteral("Invalid token"));
    case SessionStore::Check::ExpiredWithinLeeway:
        return HttpReply::error(401, QStringLiteral("TOKEN_EXPIRED"), QStringLiteral("Token has expired"));
    case SessionStore::Check::SessionGone:
        return unauthorized(QStringLiteral("Session expired or revoked"));
    case SessionStore::Check::UserGone:
        return unauthorized(QStringLiteral("User not found"));
    }
    return unauthorized(QStringLiteral("Unauthorized"));
}

std::optional<HttpReply>
ApiHandler::readJsonBody(const HttpRequestData& request, const QStringList& required, QJsonObject* body)
{
    // Plain-text answers for body problems, as the reference server's extractors give (contract 2.3).
    if (!request.hasJsonContentType())
        return HttpReply::text(415, QStringLiteral("Expected request with `Content-Type: application/json`"));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return HttpReply::text(400,
                               QStringLiteral("Failed to parse the request body as JSON: %1").arg(error.errorString()));
    *body = document.object();
    for (const QString& field : required) {
        if (!body->value(field).isString())
            return HttpReply::text(
                422,
                QStringLiteral(
                    "Failed to deserialize the JSON body into the target type: missing or invalid field `%1`")
                    .arg(field));
    }
    return std::nullopt;
}

ApiHandler::IntegerParam ApiHandler::integerParam(const HttpRequestData& request, const QString& name, qint64* value)
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

HttpReply ApiHandler::badQuery(const QString& detail) const
{
    if (m_options.legacyShape)
        return HttpReply::text(400, QStringLiteral("Failed to deserialize query string: %1").arg(detail));
    return badRequest(QStringLiteral("Invalid query string: %1").arg(detail));
}

bool ApiHandler::hasDuplicates(const HttpRequestData& request, const QStringList& names) const
{
    return std::any_of(
        names.begin(), names.end(), [&](const QString& name) { return request.queryValues(name).size() > 1; });
}

HttpReply ApiHandler::deviceCode(const HttpRequestData& request)
{
    if (auto limited = rateLimit(request, 1))
        return *limited;
    QJsonObject body;
    if (auto problem = readJsonBody(
            request, {QStringLiteral("client_id"), QStringLiteral("org"), QStringLiteral("service")}, &body))
        return *problem;
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (body.value(QStringLiteral("org")).toString() != QLatin1String("platform")
        || body.value(QStringLiteral("service")).toString() != QLatin1String("admin-cli")
        || !clientId.startsWith(QLatin1String("platform-")))
        return badRequest(QStringLiteral("Invalid client credentials"));
    const DeviceFlow::Code code = m_deviceFlow.issue(clientId, nowMs());
    if (!m_options.autoApproveEmail.isEmpty())
        m_deviceFlow.approve(code.userCode, m_options.autoApproveEmail, nowMs());
    return HttpReply::json(QJsonObject {{QStringLiteral("device_code"), code.deviceCode},
                                        {QStringLiteral("user_code"), code.userCode},
                                        {QStringLiteral("verification_uri"), m_baseUrl + QStringLiteral("/activate")},
                                        {QStringLiteral("expires_in"), m_deviceFlow.expiresInSeconds()},
                                        {QStringLiteral("interval"), m_deviceFlow.intervalSeconds()}});
}

HttpReply ApiHandler::deviceVerify(const HttpRequestData& request)
{
    if (auto limited = rateLimit(request, 1))
        return *limited;
    QJsonObject body;
    if (auto problem = readJsonBody(request, {QStringLiteral("user_code")}, &body))
        return *problem;
    const DeviceFlow::Code* code = m_deviceFlow.findByUserCode(body.value(QStringLiteral("user_code")).toString());
    if (!code || nowMs() >= code->expiresAtMs)
        return badRequest(QStringLiteral("Invalid or expired user code"));
    return HttpReply::json(
        QJsonObject {{QStringLiteral("org_slug"), QStringLiteral("platform")},
                     {QStringLiteral("service_slug"), QStringLiteral("admin-cli")},
                     {QStringLiteral("available_providers"),
                      QJsonArray {QStringLiteral("github"), QStringLiteral("google"), QStringLiteral("microsoft")}}});
}

HttpReply ApiHandler::token(const HttpRequestData& request)
{
    if (auto limited = rateLimit(request, 1))
        return *limited;
    QJsonObject body;
    if (auto problem = readJsonBody(
            request, {QStringLiteral("grant_type"), QStringLiteral("device_code"), QStringLiteral("client_id")}, &body))
        return *problem;
    if (body.value(QStringLiteral("grant_type")).toString() != DeviceGrantType)
        return badRequest(QStringLiteral("Unsupported grant_type"));
    const DeviceFlow::Code* code = m_deviceFlow.findByDeviceCode(body.value(QStringLiteral("device_code")).toString());
    if (!code)
        return badRequest(QStringLiteral("Invalid device code"));
    if (code->clientId != body.value(QStringLiteral("client_id")).toString())
        return unauthorized(QStringLiteral("Client ID mismatch"));
    if (nowMs() >= code->expiresAtMs)
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_EXPIRED"), QStringLiteral("Device code has expired"));
    if (code->approvedBy.isEmpty())
        return HttpReply::error(400, QStringLiteral("DEVICE_CODE_PENDING"), QStringLiteral("Authorization pending"));
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(code->approvedBy, &member))
        return badRequest(QStringLiteral("Invalid device code"));
    const SessionStore::Tokens tokens = m_sessions.createSession(member, !m_options.noRefreshToken);
    QJsonObject answer {{QStringLiteral("access_token"), tokens.accessToken},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), tokens.expiresIn}};
    if (!tokens.refreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    return HttpReply::json(answer);
}

HttpReply ApiHandler::refresh(const HttpRequestData& request)
{
    if (auto limited = rateLimit(request, 0))
        return *limited;
    QJsonObject body;
    if (auto problem = readJsonBody(request, {QStringLiteral("refresh_token")}, &body))
        return *problem;
    SessionStore::Tokens tokens;
    if (!m_sessions.refresh(body.value(QStringLiteral("refresh_token")).toString(), &tokens))
        return unauthorized(QStringLiteral("Invalid or expired refresh token"));
    return HttpReply::json(QJsonObject {{QStringLiteral("access_token"), tokens.accessToken},
                                        {QStringLiteral("refresh_token"), tokens.refreshToken},
                                        {QStringLiteral("expires_in"), tokens.expiresIn}});
}

HttpReply ApiHandler::logout(const HttpRequestData& request)
{
    if (auto limited = rateLimit(request, 0))
        return *limited;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7)
        return unauthorized(QStringLiteral("Missing or invalid Authorization header"));
    m_sessions.logout(QString::fromLatin1(header.mid(7)));
    return HttpReply::empty(204);
}

HttpReply ApiHandler::activate(const HttpRequestData& request)
{
    const QStringList members = m_directory.memberEmails();
    if (request.method == "GET") {
        const QStringList codes = request.queryValues(QStringLiteral("user_code"));
        return HttpReply::html(
            200, ActivationPage::form(members, codes.isEmpty() ? QString() : codes.constFirst(), {}, false));
    }
    // The browser's step draws from the device bucket, like the reference server's verify call.
    if (auto limited = rateLimit(request, 1))
        return *limited;
    QUrlQuery form;
    QByteArray body = request.body;
    form.setQuery(QString::fromUtf8(body.replace('+', ' ')));
    const QString userCode = form.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded).trimmed().toUpper();
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    SessionStore::Member member;
    if (!m_sessions.findMemberByEmail(email, &member))
        return HttpReply::html(400, ActivationPage::form(members, userCode, QStringLiteral("Unknown member."), true));
    if (!m_deviceFlow.approve(userCode, email, nowMs()))
        return HttpReply::html(
            400, ActivationPage::form(members, userCode, QStringLiteral("Unknown or expired code."), true));
    return HttpReply::html(200, ActivationPage::approved(userCode, email));
}

HttpReply ApiHandler::currentUser(const HttpRequestData& request)
{
    SessionStore::Member member;
    if (auto problem = authenticate(request, &member))
        return *problem;
    return HttpReply::json(QJsonObject {{QStringLiteral("id"), member.id},
                                        {QStringLiteral("email"), member.email},
                                        {QStringLiteral("org"), QString()},
                                        {QStringLiteral("service"), QString()}});
}

HttpReply ApiHandler::organizations(const HttpRequestData& request)
{
    SessionStore::Member member;
    if (auto problem = authenticate(request, &member))
        return *problem;
    qint64 page = 1;
    qint64 limit = 20;
    if (integerParam(request, QStringLiteral("page"), &page) == IntegerParam::Invalid)
        return badQuery(QStringLiteral("page: invalid digit found in string"));
    if (integerParam(request, QStringLiteral("limit"), &limit) == IntegerParam::Invalid)
        return badQuery(QStringLiteral("limit: invalid digit found in string"));
    if (hasDuplicates(request, {QStringLiteral("status")}))
        return badQuery(QStringLiteral("duplicate field `status`"));
    page = std::max<qint64>(page, 1);
    limit = std::clamp<qint64>(limit, 1, 100);
    const QStringList status = request.queryValues(QStringLiteral("status"));
    const qint64 offset = page - 1 > (std::numeric_limits<qint64>::max() / limit) ? std::numeric_limits<qint64>::max()
                                                                                  : (page - 1) * limit;
    return HttpReply::json(m_directory.organizationsOf(
        member.rid, status.isEmpty() ? std::nullopt : std::optional<QString>(status.constFirst()), limit, offset));
}

HttpReply ApiHandler::organization(const HttpRequestData& request, const QString& slug, const QString& part)
{
    SessionStore::Member member;
    if (auto problem = authenticate(request, &member))
        return *problem;
    const std::optional<Directory::Organization> org = m_directory.organizationBySlug(slug);
    if (!org)
        return notFound(QStringLiteral("Organization '%1' not found").arg(slug));
    if (part == QLatin1String("services") && org->status != QLatin1String("active"))
        return forbidden(QStringLiteral("Organization is not active (status: %1)").arg(org->status));
    if (m_directory.roleOf(org->rid, member.rid).isEmpty())
        return forbidden(QStringLiteral("Not a member of this organization"));
    if (part.isEmpty())
        return HttpReply::json(m_directory.organizationEntry(org->rid));
    if (part == QLatin1String("members")) {
        qint64 page = 1;
        qint64 limit = 50;
        if (integerParam(request, QStringLiteral("page"), &page) == IntegerParam::Invalid)
            return badQuery(QStringLiteral("page: invalid digit found in string"));
        if (integerParam(request, QStringLiteral("limit"), &limit) == IntegerParam::Invalid)
            return badQuery(QStringLiteral("limit: invalid digit found in string"));
        page = std::max<qint64>(page, 1);
        limit = std::clamp<qint64>(limit, 1, 100);
        const QStringList role = request.queryValues(QStringLiteral("role"));
        return HttpReply::json(
            m_directory.members(org->rid,
                                role.isEmpty() ? std::nullopt : std::optional<QString>(role.constFirst()),
                                limit,
                                std::min((page - 1), std::numeric_limits<qint64>::max() / limit) * limit));
    }
    qint64 limit = -1;
    qint64 offset = 0;
    const IntegerParam limitParam = integerParam(request, QStringLiteral("limit"), &limit);
    if (limitParam == IntegerParam::Invalid)
        return badQuery(QStringLiteral("limit: invalid digit found in string"));
    if (integerParam(request, QStringLiteral("offset"), &offset) == IntegerParam::Invalid)
        return badQuery(QStringLiteral("offset: invalid digit found in string"));
    const QStringList type = request.queryValues(QStringLiteral("service_type"));
    return HttpReply::json(m_directory.services(
        org->rid,
        type.isEmpty() ? std::nullopt : std::optional<QString>(type.constFirst()),
        limitParam == IntegerParam::Valid && limit >= 0 ? std::optional<qint64>(limit) : std::nullopt,
        std::max<qint64>(offset, 0)));
}

HttpReply
ApiHandler::endUsers(const HttpRequestData& request, const QString& slug, const QString& userId, bool sessions)
{
    // Contract 1.1: authentication, organization existence, organization status, query, membership, service.
    SessionStore::Member member;
    if (auto problem = authenticate(request, &member))
        return *problem;
    const std::optional<Directory::Organization> org = m_directory.organizationBySlug(slug);
    if (!org)
        return notFound(QStringLiteral("Organization '%1' not found").arg(slug));
    if (org->status != QLatin1String("active"))
        return forbidden(QStringLiteral("Organization is not active (status: %1)").arg(org->status));
    const bool legacy = m_options.legacyShape;

    EndUserRepository::ListRequest list;
    list.orgRid = org->rid;
    const bool isList = userId.isEmpty();
    if (isList) {
        if (integerParam(request, QStringLiteral("page"), &list.page) == IntegerParam::Invalid)
            return badQuery(QStringLiteral("page: invalid digit found in string"));
        if (integerParam(request, QStringLiteral("limit"), &list.limit) == IntegerParam::Invalid)
            return badQuery(QStringLiteral("limit: invalid digit found in string"));
        if (hasDuplicates(request,
                          legacy ? QStringList {QStringLiteral("service_slug")}
                                 : QStringList {QStringLiteral("search"), QStringLiteral("service_id")}))
            return badQuery(QStringLiteral("duplicate field"));
        list.page = std::max<qint64>(list.page, 1);
        list.limit = std::clamp<qint64>(list.limit, 1, 100);
    }

    const QString role = m_directory.roleOf(org->rid, member.rid);
    if (role.isEmpty())
        return forbidden(QStringLiteral("Not a member of this organization"));

    if (sessions) {
        if (role != QLatin1String("owner") && role != QLatin1String("admin"))
            return forbidden(
                QStringLiteral("Insufficient permissions: requires one of the roles owner, admin (you are %1)")
                    .arg(role));
        qint64 revoked = 0;
        switch (m_endUsers.revoke(org->rid, userId, legacy, &revoked)) {
        case EndUserRepository::Lookup::UnknownUser:
            return notFound(legacy ? QStringLiteral("User is not an end-user of this organization")
                                   : QStringLiteral("End-user not found"));
        case EndUserRepository::Lookup::NotEndUserOfOrganization:
            return notFound(QStringLiteral("User is not an end-user of this organization"));
        case EndUserRepository::Lookup::Found:
            break;
        }
        if (legacy)
            return HttpReply::json(
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Revoked %1 session(s)").arg(revoked)},
                             {QStringLiteral("revoked_count"), revoked}});
        return HttpReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("All sessions revoked")},
                                            {QStringLiteral("sessions_revoked"), revoked}});
    }

    if (!isList) {
        QJsonObject detail;
        switch (m_endUsers.detail(org->rid, userId, legacy, &detail)) {
        case EndUserRepository::Lookup::UnknownUser:
            return notFound(QStringLiteral("End-user not found"));
        case EndUserRepository::Lookup::NotEndUserOfOrganization:
            return notFound(QStringLiteral("User is not an end-user of this organization"));
        case EndUserRepository::Lookup::Found:
            break;
        }
        return HttpReply::json(detail);
    }

    if (legacy) {
        const QStringList serviceSlug = request.queryValues(QStringLiteral("service_slug"));
        if (!serviceSlug.isEmpty()) {
            list.serviceRid = m_endUsers.serviceRid(org->rid, serviceSlug.constFirst(), true);
            if (!list.serviceRid)
                return notFound(QStringLiteral("Service '%1' not found in organization").arg(serviceSlug.constFirst()));
        }
    } else {
        const QStringList search = request.queryValues(QStringLiteral("search"));
        if (!search.isEmpty())
            list.search = search.constFirst().trimmed().toLower();
        const QStringList serviceId = request.queryValues(QStringLiteral("service_id"));
        if (!serviceId.isEmpty() && !serviceId.constFirst().isEmpty()) {
            list.serviceRid = m_endUsers.serviceRid(org->rid, serviceId.constFirst(), false);
            if (!list.serviceRid)
                return notFound(QStringLiteral("Service '%1' not found in organization").arg(serviceId.constFirst()));
        }
    }
    return HttpReply::json(m_endUsers.list(list, legacy));
}

} // namespace UserAdmin::DevServer
