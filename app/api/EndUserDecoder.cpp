// SPDX-License-Identifier: MIT
#include "api/EndUserDecoder.h"

#include "api/JsonReader.h"

namespace UserAdmin {

namespace {

QString indexed(QStringView key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(key).arg(index);
}

QList<LinkedIdentity> readSeedIdentities(JsonReader& reader, const QJsonArray& array)
{
    QList<LinkedIdentity> identities;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QJsonObject object = reader.objectAt(array, u"linked_identities", i);
        JsonReader::Scope scope(reader, indexed(u"linked_identities", i));
        LinkedIdentity identity;
        identity.provider = reader.requireString(object, u"provider");
        identity.providerUserId = reader.requireString(object, u"provider_user_id");
        identity.email = reader.optionalString(object, u"email");
        identity.linkedAt = reader.optionalTimestamp(object, u"linked_at");
        identities.append(identity);
    }
    return identities;
}

QList<LinkedIdentity> readReferenceIdentities(JsonReader& reader, const QJsonArray& array)
{
    QList<LinkedIdentity> identities;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QJsonObject object = reader.objectAt(array, u"identities", i);
        JsonReader::Scope scope(reader, indexed(u"identities", i));
        LinkedIdentity identity;
        identity.provider = reader.requireString(object, u"provider");
        identity.providerUserId = reader.requireString(object, u"provider_user_id");
        identity.email = reader.optionalString(object, u"email");
        identity.linkedAt = reader.optionalTimestamp(object, u"created_at");
        identities.append(identity);
    }
    return identities;
}

QList<ServiceUsage> readSeedServices(JsonReader& reader, const QJsonArray& array)
{
    QList<ServiceUsage> services;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QJsonObject object = reader.objectAt(array, u"services", i);
        JsonReader::Scope scope(reader, indexed(u"services", i));
        ServiceUsage usage;
        usage.id = reader.requireString(object, u"id");
        usage.slug = reader.requireString(object, u"slug");
        usage.name = reader.requireString(object, u"name");
        usage.firstLoginAt = reader.optionalTimestamp(object, u"first_login_at");
        usage.lastLoginAt = reader.optionalTimestamp(object, u"last_login_at");
        services.append(usage);
    }
    return services;
}

QList<ServiceUsage> readSubscriptions(JsonReader& reader, const QJsonArray& array)
{
    QList<ServiceUsage> services;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QJsonObject object = reader.objectAt(array, u"subscriptions", i);
        JsonReader::Scope scope(reader, indexed(u"subscriptions", i));
        ServiceUsage usage;
        usage.id = reader.optionalString(object, u"service_id").value_or(QString());
        usage.slug = reader.requireString(object, u"service_slug");
        usage.name = reader.optionalString(object, u"service_name").value_or(usage.slug);
        usage.planId = reader.optionalString(object, u"plan_id");
        usage.planName = reader.optionalString(object, u"plan_name");
        usage.status = reader.optionalString(object, u"status");
        usage.currentPeriodEnd = reader.optionalTimestamp(object, u"current_period_end");
        usage.subscribedAt = reader.optionalTimestamp(object, u"created_at");
        services.append(usage);
    }
    return services;
}

EndUserSummary readSeedSummary(JsonReader& reader, const QJsonObject& object)
{
    EndUserSummary user;
    user.shape = ResponseShape::Seed;
    user.id = reader.requireString(object, u"id");
    user.email = reader.requireString(object, u"email");
    user.createdAt = reader.requireTimestamp(object, u"created_at");
    user.lastLoginAt = reader.optionalTimestamp(object, u"last_login_at");
    user.mfaEnabled = reader.optionalBool(object, u"mfa_enabled");
    if (const auto services = reader.optionalArray(object, u"services"))
        user.services = reader.stringList(*services, u"services");
    return user;
}

EndUserSummary readReferenceSummary(JsonReader& reader, const QJsonObject& object)
{
    EndUserSummary user;
    user.shape = ResponseShape::Reference;
    const QJsonObject inner = reader.requireObject(object, u"user");
    {
        JsonReader::Scope scope(reader, QStringLiteral("user"));
        user.id = reader.requireString(inner, u"id");
        user.email = reader.requireString(inner, u"email");
        user.createdAt = reader.requireTimestamp(inner, u"created_at");
        user.isPlatformOwner = reader.optionalBool(inner, u"is_platform_owner");
        // A newer server might add these inside `user`; take them when present.
        user.lastLoginAt = reader.optionalTimestamp(inner, u"last_login_at");
        user.mfaEnabled = reader.optionalBool(inner, u"mfa_enabled");
    }
    if (const auto subscriptions = reader.optionalArray(object, u"subscriptions"))
        user.subscriptions = readSubscriptions(reader, *subscriptions);
    if (const auto identities = reader.optionalArray(object, u"identities"))
        user.identities = readReferenceIdentities(reader, *identities);
    for (const ServiceUsage& usage : std::as_const(user.subscriptions)) {
        if (!user.services.contains(usage.slug))
            user.services.append(usage.slug);
    }
    return user;
}

} // namespace

std::optional<EndUserPage> EndUserDecoder::decodePage(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    if (!root) {
        error = reader.error();
        return std::nullopt;
    }
    EndUserPage page;
    const QJsonValue pagination = root->value(QStringLiteral("pagination"));
    if (pagination.isObject()) {
        page.shape = ResponseShape::Seed;
        const QJsonObject info = pagination.toObject();
        JsonReader::Scope scope(reader, QStringLiteral("pagination"));
        page.pageInfo.page = reader.requireInteger(info, u"page");
        page.pageInfo.limit = reader.requireInteger(info, u"limit");
        page.pageInfo.total = reader.requireInteger(info, u"total");
    } else if (root->value(QStringLiteral("total")).isDouble()) {
        page.shape = ResponseShape::Reference;
        page.pageInfo.total = reader.requireInteger(*root, u"total");
        page.pageInfo.page = reader.optionalInteger(*root, u"page").value_or(1);
        page.pageInfo.limit = reader.optionalInteger(*root, u"limit").value_or(50);
        // [REF] answers a page past the end with total 0 before counting: the figure means nothing.
        if (page.pageInfo.page > 1 && page.pageInfo.total == 0)
            page.pageInfo.total.reset();
    } else {
        reader.fail(QStringLiteral("pagination"), QStringLiteral("neither a pagination object nor a numeric total"));
    }
    const QJsonArray users = reader.requireArray(*root, u"users");
    for (qsizetype i = 0; i < users.size() && reader.ok(); ++i) {
        const QJsonObject item = reader.objectAt(users, u"users", i);
        JsonReader::Scope scope(reader, indexed(u"users", i));
        page.users.append(item.value(QStringLiteral("user")).isObject() ? readReferenceSummary(reader, item)
                                                                        : readSeedSummary(reader, item));
    }
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return page;
}

std::optional<EndUserDetail> EndUserDecoder::decodeDetail(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    if (!root) {
        error = reader.error();
        return std::nullopt;
    }
    EndUserDetail detail;
    const bool reference =
        root->value(QStringLiteral("user")).isObject() || root->contains(QStringLiteral("session_count"));
    if (reference) {
        detail.shape = ResponseShape::Reference;
        const QJsonObject inner = reader.requireObject(*root, u"user");
        {
            JsonReader::Scope scope(reader, QStringLiteral("user"));
            detail.id = reader.requireString(inner, u"id");
            detail.email = reader.requireString(inner, u"email");
            detail.createdAt = reader.requireTimestamp(inner, u"created_at");
            detail.isPlatformOwner = reader.optionalBool(inner, u"is_platform_owner");
            detail.emailVerified = reader.optionalBool(inner, u"email_verified");
            detail.updatedAt = reader.optionalTimestamp(inner, u"updated_at");
            detail.lastLoginAt = reader.optionalTimestamp(inner, u"last_login_at");
            detail.mfaEnabled = reader.optionalBool(inner, u"mfa_enabled");
        }
        if (const auto subscriptions = reader.optionalArray(*root, u"subscriptions"))
            detail.services = readSubscriptions(reader, *subscriptions);
        if (const auto identities = reader.optionalArray(*root, u"identities"))
            detail.linkedIdentities = readReferenceIdentities(reader, *identities);
        detail.sessions.activeCount = reader.optionalInteger(*root, u"session_count");
    } else {
        detail.shape = ResponseShape::Seed;
        detail.id = reader.requireString(*root, u"id");
        detail.email = reader.requireString(*root, u"email");
        detail.emailVerified = reader.optionalBool(*root, u"email_verified");
        detail.createdAt = reader.requireTimestamp(*root, u"created_at");
        detail.updatedAt = reader.optionalTimestamp(*root, u"updated_at");
        detail.lastLoginAt = reader.optionalTimestamp(*root, u"last_login_at");
        detail.mfaEnabled = reader.optionalBool(*root, u"mfa_enabled");
        if (const auto identities = reader.optionalArray(*root, u"linked_identities"))
            detail.linkedIdentities = readSeedIdentities(reader, *identities);
        if (const auto services = reader.optionalArray(*root, u"services"))
            detail.services = readSeedServices(reader, *services);
        if (const auto sessions = reader.optionalObject(*root, u"sessions")) {
            JsonReader::Scope scope(reader, QStringLiteral("sessions"));
            detail.sessions.activeCount = reader.optionalInteger(*sessions, u"active_count");
            detail.sessions.lastCreatedAt = reader.optionalTimestamp(*sessions, u"last_created_at");
        }
    }
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return detail;
}

std::optional<RevokeResult> EndUserDecoder::decodeRevoke(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    if (!root) {
        error = reader.error();
        return std::nullopt;
    }
    RevokeResult result;
    result.message = reader.optionalString(*root, u"message").value_or(QString());
    result.sessionsRevoked = reader.optionalInteger(*root, u"sessions_revoked");
    if (!result.sessionsRevoked)
        result.sessionsRevoked = reader.optionalInteger(*root, u"revoked_count");
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return result;
}

} // namespace UserAdmin
