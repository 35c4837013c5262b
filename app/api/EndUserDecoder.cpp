// SPDX-License-Identifier: MIT
#include "api/EndUserDecoder.h"

#include "api/EndUserQuery.h"
#include "api/JsonReader.h"

#include <QSet>

#include <limits>

namespace UserAdmin {

namespace {

constexpr qint64 MaxCount = std::numeric_limits<qint32>::max(); ///< no real count comes near; keeps arithmetic safe

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
        usage.id = reader.requireString(object, u"id");
        usage.slug = reader.requireString(object, u"slug");
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
        usage.slug = reader.requireString(object, u"service_slug");
        usage.name = reader.optionalString(object, u"service_name").value_or(usage.slug);
        usage.planId = reader.optionalString(object, u"plan_id");
        usage.planName = reader.optionalString(object, u"plan_name");
        usage.status = reader.optionalString(object, u"status");
        usage.currentPeriodEnd = reader.optionalTimestamp(object, u"current_period_end");
        usage.subscribedAt = reader.optionalTimestamp(object, u"created_at");
        return usage;
    });
}

/// Distinct slugs in order of first appearance; a set keeps it linear however many subscriptions there are.
QStringList distinctSlugs(const QList<ServiceUsage>& usages)
{
    QStringList slugs;
    QSet<QString> seen;
    for (const ServiceUsage& usage : usages) {
        if (!seen.contains(usage.slug)) {
            seen.insert(usage.slug);
            slugs.append(usage.slug);
        }
    }
    return slugs;
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
        user.identities = readIdentities(reader, *identities, u"identities", u"created_at");
    user.services = distinctSlugs(user.subscriptions);
    return user;
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
            info.page = reader.requireInteger(object, u"page", 1, MaxCount);
            info.limit = reader.requireInteger(object, u"limit", 1, EndUserQuery::MaxLimit);
            info.total = reader.requireInteger(object, u"total", 0, MaxCount);
        } else if (root.value(QStringLiteral("total")).isDouble()) {
            page.shape = ResponseShape::Reference;
            info.total = reader.requireInteger(root, u"total", 0, MaxCount);
            info.page = reader.optionalInteger(root, u"page", 1, MaxCount).value_or(1);
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
        return page;
    });
}

std::optional<EndUserDetail> EndUserDecoder::decodeDetail(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<EndUserDetail>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        EndUserDetail detail;
        const bool reference =
            root.value(QStringLiteral("user")).isObject() || root.contains(QStringLiteral("session_count"));
        if (reference) {
            detail.shape = ResponseShape::Reference;
            const QJsonObject inner = reader.requireObject(root, u"user");
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
            if (const auto subscriptions = reader.optionalArray(root, u"subscriptions"))
                detail.services = readSubscriptions(reader, *subscriptions);
            if (const auto identities = reader.optionalArray(root, u"identities"))
                detail.linkedIdentities = readIdentities(reader, *identities, u"identities", u"created_at");
            detail.sessions.activeCount = reader.optionalInteger(root, u"session_count", 0, MaxCount);
        } else {
            detail.shape = ResponseShape::Seed;
            detail.id = reader.requireString(root, u"id");
            detail.email = reader.requireString(root, u"email");
            detail.emailVerified = reader.optionalBool(root, u"email_verified");
            detail.createdAt = reader.requireTimestamp(root, u"created_at");
            detail.updatedAt = reader.optionalTimestamp(root, u"updated_at");
            detail.lastLoginAt = reader.optionalTimestamp(root, u"last_login_at");
            detail.mfaEnabled = reader.optionalBool(root, u"mfa_enabled");
            if (const auto identities = reader.optionalArray(root, u"linked_identities"))
                detail.linkedIdentities = readIdentities(reader, *identities, u"linked_identities", u"linked_at");
            if (const auto services = reader.optionalArray(root, u"services"))
                detail.services = readSeedServices(reader, *services);
            if (const auto sessions = reader.optionalObject(root, u"sessions")) {
                JsonReader::Scope scope(reader, QStringLiteral("sessions"));
                detail.sessions.activeCount = reader.optionalInteger(*sessions, u"active_count", 0, MaxCount);
                detail.sessions.lastCreatedAt = reader.optionalTimestamp(*sessions, u"last_created_at");
            }
        }
        return detail;
    });
}

std::optional<RevokeResult> EndUserDecoder::decodeRevoke(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<RevokeResult>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        RevokeResult result;
        result.message = reader.optionalString(root, u"message").value_or(QString());
        result.sessionsRevoked = reader.optionalInteger(root, u"sessions_revoked", 0, MaxCount);
        if (!result.sessionsRevoked)
            result.sessionsRevoked = reader.optionalInteger(root, u"revoked_count", 0, MaxCount);
        return result;
    });
}

} // namespace UserAdmin
