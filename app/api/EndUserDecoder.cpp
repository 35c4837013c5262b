// SPDX-License-Identifier: MIT
#include "api/EndUserDecoder.h"

#include "api/EndUserQuery.h"
#include "api/JsonReader.h"

#include <QMultiHash>
#include <QSet>

namespace UserAdmin {

namespace {

/// [SEED] `linked_identities[{…, linked_at}]` and [REF] `identities[{…, created_at}]` differ only in names.
QList<LinkedIdentity> readIdentities(JsonReader& reader, const QJsonArray& array, QStringView key, QStringView linkedAt)
{
    return reader.readObjects<LinkedIdentity>(array, key, [&reader, linkedAt](const QJsonObject& object) {
        LinkedIdentity identity;
        identity.provider = reader.requireString(object, u"provider");
        identity.providerUserId = reader.requireString(object, u"provider_user_id");
        identity.email = reader.optionalString(object, u"email");
        identity.linkedAt = reader.optionalTimestamp(object, linkedAt);
        return identity;
    });
}

QList<ServiceUsage> readSeedServices(JsonReader& reader, const QJsonArray& array)
{
    return reader.readObjects<ServiceUsage>(array, u"services", [&reader](const QJsonObject& object) {
        ServiceUsage usage;
        usage.id = reader.requireId(object, u"id");
        usage.slug = reader.requireId(object, u"slug");
        usage.name = reader.requireString(object, u"name");
        usage.firstLoginAt = reader.optionalTimestamp(object, u"first_login_at");
        usage.lastLoginAt = reader.optionalTimestamp(object, u"last_login_at");
        return usage;
    });
}

QList<ServiceUsage> readSubscriptions(JsonReader& reader, const QJsonArray& array)
{
    return reader.readObjects<ServiceUsage>(array, u"subscriptions", [&reader](const QJsonObject& object) {
        ServiceUsage usage;
        usage.id = reader.optionalString(object, u"service_id").value_or(QString());
        usage.slug = reader.requireId(object, u"service_slug");
        usage.name = reader.optionalString(object, u"service_name").value_or(usage.slug);
        usage.planId = reader.optionalString(object, u"plan_id");
        usage.planName = reader.optionalString(object, u"plan_name");
        usage.status = reader.optionalString(object, u"status");
        usage.currentPeriodEnd = reader.optionalTimestamp(object, u"current_period_end");
        usage.subscribedAt = reader.optionalTimestamp(object, u"created_at");
        return usage;
    });
}

/// Distinct texts in order of first appearance; a set keeps it linear however many there are.
template<typename List, typename Text>
QStringList distinct(const List& items, Text text)
{
    QStringList result;
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const auto& item : items) {
        const QString& value = text(item);
        if (!seen.contains(value)) {
            seen.insert(value);
            result.append(value);
        }
    }
    return result;
}

QStringList distinctSlugs(const QList<ServiceUsage>& usages)
{
    return distinct(usages, [](const ServiceUsage& usage) -> const QString& { return usage.slug; });
}

EndUserSummary readSeedSummary(JsonReader& reader, const QJsonObject& object)
{
    EndUserSummary user;
    user.shape = ResponseShape::Seed;
    user.id = reader.requireId(object, u"id");
    user.email = reader.requireString(object, u"email");
    user.createdAt = reader.requireTimestamp(object, u"created_at");
    user.lastLoginAt = reader.optionalTimestamp(object, u"last_login_at");
    user.mfaEnabled = reader.optionalBool(object, u"mfa_enabled");
    if (const auto services = reader.optionalArray(object, u"services")) {
        // A service named twice is one service.
        user.services = distinct(reader.stringList(*services, u"services"),
                                 [](const QString& slug) -> const QString& { return slug; });
    }
    return user;
}

/// [2026] `user` objects have nine keys, among them `email_verified_at`, and naive timestamps (contract 9.1).
bool isPlatform2026User(const QJsonObject& user)
{
    return user.contains(QStringLiteral("email_verified_at"));
}

Timestamp::Zone userZone(ResponseShape shape)
{
    return shape == ResponseShape::Platform2026 ? Timestamp::Zone::NaiveIsUtc : Timestamp::Zone::Required;
}

EndUserSummary readReferenceSummary(JsonReader& reader, const QJsonObject& object)
{
    EndUserSummary user;
    const QJsonObject inner = reader.requireObject(object, u"user");
    user.shape = isPlatform2026User(inner) ? ResponseShape::Platform2026 : ResponseShape::Reference;
    {
        JsonReader::Scope scope(reader, QStringLiteral("user"));
        user.id = reader.requireId(inner, u"id");
        user.email = reader.requireString(inner, u"email");
        user.createdAt = reader.requireTimestamp(inner, u"created_at", userZone(user.shape));
        user.isPlatformOwner = reader.optionalBool(inner, u"is_platform_owner");
        // A newer server might add these inside `user`; take them when present.
        user.lastLoginAt = reader.optionalTimestamp(inner, u"last_login_at");
        user.mfaEnabled = reader.optionalBool(inner, u"mfa_enabled");
    }
    if (const auto subscriptions = reader.optionalArray(object, u"subscriptions"))
        user.subscriptions = readSubscriptions(reader, *subscriptions);
    if (const auto identities = reader.optionalArray(object, u"identities"))
        user.identities = readIdentities(reader, *identities, u"identities", u"created_at");
    user.services = distinctSlugs(user.subscriptions);
    return user;
}

EndUserDetail readSeedDetail(JsonReader& reader, const QJsonObject& root)
{
    EndUserDetail detail;
    detail.shape = ResponseShape::Seed;
    detail.id = reader.requireId(root, u"id");
    detail.email = reader.requireString(root, u"email");
    detail.emailVerified = reader.optionalBool(root, u"email_verified");
    detail.createdAt = reader.requireTimestamp(root, u"created_at");
    detail.updatedAt = reader.optionalTimestamp(root, u"updated_at");
    detail.lastLoginAt = reader.optionalTimestamp(root, u"last_login_at");
    detail.lastLoginSource = EndUserDetail::LastLoginSource::Server;
    detail.mfaEnabled = reader.optionalBool(root, u"mfa_enabled");
    if (const auto identities = reader.optionalArray(root, u"linked_identities"))
        detail.linkedIdentities = readIdentities(reader, *identities, u"linked_identities", u"linked_at");
    if (const auto services = reader.optionalArray(root, u"services"))
        detail.services = readSeedServices(reader, *services);
    if (const auto sessions = reader.optionalObject(root, u"sessions")) {
        JsonReader::Scope scope(reader, QStringLiteral("sessions"));
        detail.sessions.activeCount = reader.optionalInteger(*sessions, u"active_count", 0, JsonReader::MaxCount);
        detail.sessions.lastCreatedAt = reader.optionalTimestamp(*sessions, u"last_created_at");
    }
    return detail;
}

/// The parts the reference and the 2026 server share: `user`, subscriptions, identities, session_count.
void readNestedDetail(JsonReader& reader, const QJsonObject& root, EndUserDetail& detail)
{
    const QJsonObject inner = reader.requireObject(root, u"user");
    {
        // `password_hash` is never read: it must not reach a value, a log, the clipboard, a file or a cache.
        JsonReader::Scope scope(reader, QStringLiteral("user"));
        const Timestamp::Zone zone = userZone(detail.shape);
        detail.id = reader.requireId(inner, u"id");
        detail.email = reader.requireString(inner, u"email");
        detail.createdAt = reader.requireTimestamp(inner, u"created_at", zone);
        detail.isPlatformOwner = reader.optionalBool(inner, u"is_platform_owner");
        detail.updatedAt = reader.optionalTimestamp(inner, u"updated_at", zone);
        if (detail.shape == ResponseShape::Platform2026) {
            // In the detail these are the stored values: null means not verified, not deleted.
            detail.emailVerifiedAt = reader.optionalTimestamp(inner, u"email_verified_at", zone);
            detail.emailVerified = !inner.value(QStringLiteral("email_verified_at")).isNull();
            detail.deletedAt = reader.optionalTimestamp(inner, u"deleted_at", zone);
        } else {
            // A newer reference server might add these inside `user`; take them when present.
            detail.emailVerified = reader.optionalBool(inner, u"email_verified");
            detail.lastLoginAt = reader.optionalTimestamp(inner, u"last_login_at");
            detail.mfaEnabled = reader.optionalBool(inner, u"mfa_enabled");
        }
    }
    if (const auto subscriptions = reader.optionalArray(root, u"subscriptions"))
        detail.services = readSubscriptions(reader, *subscriptions);
    if (const auto identities = reader.optionalArray(root, u"identities"))
        detail.linkedIdentities = readIdentities(reader, *identities, u"identities", u"created_at");
    detail.sessions.activeCount = reader.optionalInteger(root, u"session_count", 0, JsonReader::MaxCount);
}

EndUserDetail readReferenceDetail(JsonReader& reader, const QJsonObject& root)
{
    EndUserDetail detail;
    detail.shape = ResponseShape::Reference;
    readNestedDetail(reader, root, detail);
    detail.lastLoginSource =
        detail.lastLoginAt ? EndUserDetail::LastLoginSource::Server : EndUserDetail::LastLoginSource::None;
    return detail;
}

QList<EndUserSession> readSessions(JsonReader& reader, const QJsonArray& array)
{
    return reader.readObjects<EndUserSession>(array, u"sessions", [&reader](const QJsonObject& object) {
        EndUserSession session;
        session.id = reader.requireId(object, u"id");
        session.serviceId = reader.optionalString(object, u"service_id");
        session.serviceName = reader.optionalString(object, u"service_name");
        session.organization = reader.optionalString(object, u"org_slug");
        session.ipAddress = reader.optionalString(object, u"ip_address");
        session.userAgent = reader.optionalString(object, u"user_agent");
        session.expiresAt = reader.requireTimestamp(object, u"expires_at");
        session.refreshTokenExpiresAt = reader.optionalTimestamp(object, u"refresh_token_expires_at");
        session.createdAt = reader.requireTimestamp(object, u"created_at");
        return session;
    });
}

QList<SignInEvent> readSignIns(JsonReader& reader, const QJsonArray& array)
{
    return reader.readObjects<SignInEvent>(array, u"recent_logins", [&reader](const QJsonObject& object) {
        SignInEvent event;
        event.id = reader.requireId(object, u"id");
        event.serviceId = reader.optionalString(object, u"service_id");
        event.serviceName = reader.optionalString(object, u"service_name");
        event.provider = reader.requireString(object, u"provider");
        event.ipAddress = reader.optionalString(object, u"ip_address");
        event.userAgent = reader.optionalString(object, u"user_agent");
        if (const auto score = reader.optionalInteger(object, u"risk_score", 0, 100))
            event.riskScore = int(*score);
        event.riskFactors = reader.stringList(reader.requireArray(object, u"risk_factors"), u"risk_factors");
        event.country = reader.optionalString(object, u"geo_country");
        event.city = reader.optionalString(object, u"geo_city");
        event.createdAt = reader.requireTimestamp(object, u"created_at");
        return event;
    });
}

EndUserDetail readPlatform2026Detail(JsonReader& reader, const QJsonObject& root)
{
    EndUserDetail detail;
    detail.shape = ResponseShape::Platform2026;
    readNestedDetail(reader, root, detail);
    if (const auto sessions = reader.optionalArray(root, u"sessions")) {
        detail.sessionList = readSessions(reader, *sessions);
        for (const EndUserSession& session : std::as_const(*detail.sessionList)) {
            if (session.createdAt
                && (!detail.sessions.lastCreatedAt || *session.createdAt > *detail.sessions.lastCreatedAt))
                detail.sessions.lastCreatedAt = session.createdAt;
        }
    }
    if (const auto logins = reader.optionalArray(root, u"recent_logins"))
        detail.recentSignIns = readSignIns(reader, *logins);
    // No last-login field: the newest sign-in is the last login, and per service the newest of its sign-ins, as
    // far as the 20 recent ones reach.
    detail.lastLoginSource = EndUserDetail::LastLoginSource::RecentSignIns;
    // Services by id, so that many sign-ins times many services stays linear.
    QMultiHash<QString, qsizetype> servicesById;
    servicesById.reserve(detail.services.size());
    for (qsizetype i = 0; i < detail.services.size(); ++i)
        servicesById.insert(detail.services.at(i).id, i);
    for (const SignInEvent& event : detail.recentSignIns.value_or(QList<SignInEvent>())) {
        if (!event.createdAt)
            continue;
        if (!detail.lastLoginAt || *event.createdAt > *detail.lastLoginAt)
            detail.lastLoginAt = event.createdAt;
        if (!event.serviceId)
            continue;
        for (auto it = servicesById.constFind(*event.serviceId);
             it != servicesById.cend() && it.key() == *event.serviceId;
             ++it) {
            ServiceUsage& usage = detail.services[it.value()];
            if (!usage.lastLoginAt || *event.createdAt > *usage.lastLoginAt) {
                usage.lastLoginAt = event.createdAt;
                usage.lastLoginFromRecentSignIns = true;
            }
        }
    }
    return detail;
}

} // namespace

std::optional<EndUserPage> EndUserDecoder::decodePage(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<EndUserPage>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        EndUserPage page;
        PageInfo& info = page.pageInfo;
        const QJsonValue pagination = root.value(QStringLiteral("pagination"));
        // Page and limit are range-checked here: everything downstream divides by the limit and multiplies the two.
        if (pagination.isObject()) {
            page.shape = ResponseShape::Seed;
            const QJsonObject object = pagination.toObject();
            JsonReader::Scope scope(reader, QStringLiteral("pagination"));
            info.page = reader.requireInteger(object, u"page", 1, JsonReader::MaxCount);
            info.limit = reader.requireInteger(object, u"limit", 1, EndUserQuery::MaxLimit);
            info.total = reader.requireInteger(object, u"total", 0, JsonReader::MaxCount);
        } else if (root.value(QStringLiteral("total")).isDouble()) {
            page.shape = ResponseShape::Reference;
            info.total = reader.requireInteger(root, u"total", 0, JsonReader::MaxCount);
            info.page = reader.optionalInteger(root, u"page", 1, JsonReader::MaxCount).value_or(1);
            info.limit = reader.optionalInteger(root, u"limit", 1, EndUserQuery::MaxLimit).value_or(50);
            // [REF] answers a page past the end with total 0 before counting: the figure means nothing.
            if (info.page > 1 && info.total == 0)
                info.total.reset();
        } else {
            reader.fail(QStringLiteral("pagination"),
                        QStringLiteral("neither a pagination object nor a numeric total"));
        }
        const QJsonArray users = reader.requireArray(root, u"users");
        page.users = reader.readObjects<EndUserSummary>(users, u"users", [&reader](const QJsonObject& item) {
            return item.value(QStringLiteral("user")).isObject() ? readReferenceSummary(reader, item)
                                                                 : readSeedSummary(reader, item);
        });
        // The envelope of the 2026 server is the reference server's; its items tell them apart.
        if (!page.users.isEmpty() && page.users.constFirst().shape == ResponseShape::Platform2026)
            page.shape = ResponseShape::Platform2026;
        return page;
    });
}

std::optional<EndUserDetail> EndUserDecoder::decodeDetail(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<EndUserDetail>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        const QJsonValue user = root.value(QStringLiteral("user"));
        if (user.isObject() || root.contains(QStringLiteral("session_count"))) {
            const bool current = root.value(QStringLiteral("sessions")).isArray()
                || root.value(QStringLiteral("recent_logins")).isArray() || isPlatform2026User(user.toObject());
            return current ? readPlatform2026Detail(reader, root) : readReferenceDetail(reader, root);
        }
        return readSeedDetail(reader, root);
    });
}

std::optional<RevokeResult> EndUserDecoder::decodeRevoke(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<RevokeResult>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        RevokeResult result;
        result.message = reader.optionalString(root, u"message").value_or(QString());
        result.sessionsRevoked = reader.optionalInteger(root, u"sessions_revoked", 0, JsonReader::MaxCount);
        if (!result.sessionsRevoked)
            result.sessionsRevoked = reader.optionalInteger(root, u"revoked_count", 0, JsonReader::MaxCount);
        return result;
    });
}

} // namespace UserAdmin
