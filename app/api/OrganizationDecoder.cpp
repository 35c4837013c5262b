// SPDX-License-Identifier: MIT
#include "api/OrganizationDecoder.h"

#include "api/JsonReader.h"

#include <algorithm>

namespace UserAdmin {

namespace {

std::optional<MemberRole> readRole(JsonReader& reader, const QJsonObject& object)
{
    if (const auto text = reader.optionalString(object, u"role"))
        return MemberRole::fromString(*text);
    return std::nullopt;
}

Organization readEntry(JsonReader& reader, const QJsonObject& entry)
{
    Organization organization;
    // An entry is {organization, membership_count, service_count, tier}; a flat organization object is tolerated.
    const bool wrapped = entry.value(QStringLiteral("organization")).isObject();
    const QJsonObject object = wrapped ? entry.value(QStringLiteral("organization")).toObject() : entry;
    {
        std::optional<JsonReader::Scope> scope;
        if (wrapped)
            scope.emplace(reader, QStringLiteral("organization"));
        organization.id = reader.requireId(object, u"id");
        organization.slug = reader.requireId(object, u"slug");
        organization.name = reader.requireString(object, u"name");
        organization.ownerUserId = reader.optionalString(object, u"owner_user_id").value_or(QString());
        organization.statusText = reader.requireString(object, u"status");
        organization.status = Organization::statusFromString(organization.statusText);
        organization.tierId = reader.optionalString(object, u"tier_id");
        organization.maxServices = reader.optionalInteger(object, u"max_services", 0, JsonReader::MaxCount);
        organization.maxUsers = reader.optionalInteger(object, u"max_users", 0, JsonReader::MaxCount);
        organization.rejectionReason = reader.optionalString(object, u"rejection_reason");
        organization.createdAt = reader.optionalTimestamp(object, u"created_at");
        organization.updatedAt = reader.optionalTimestamp(object, u"updated_at");
    }
    if (wrapped) {
        organization.membershipCount = reader.optionalInteger(entry, u"membership_count", 0, JsonReader::MaxCount);
        organization.serviceCount = reader.optionalInteger(entry, u"service_count", 0, JsonReader::MaxCount);
        if (const auto tier = reader.optionalObject(entry, u"tier")) {
            JsonReader::Scope scope(reader, QStringLiteral("tier"));
            organization.tierName = reader.optionalString(*tier, u"display_name");
            if (!organization.tierName)
                organization.tierName = reader.optionalString(*tier, u"name");
        }
    }
    // A newer server may say the caller's role inline; prefer it (contract 5.3).
    organization.role = readRole(reader, entry);
    if (const auto membership = reader.optionalObject(entry, u"membership"); membership && !organization.role) {
        JsonReader::Scope scope(reader, QStringLiteral("membership"));
        organization.role = readRole(reader, *membership);
    }
    return organization;
}

QList<Organization> readEntries(JsonReader& reader, const QJsonArray& array, QStringView key)
{
    return reader.readObjects<Organization>(
        array, key, [&reader](const QJsonObject& entry) { return readEntry(reader, entry); });
}

} // namespace

std::optional<QList<Organization>> OrganizationDecoder::decodeOrganizationList(const QByteArray& body, ApiError& error)
{
    if (body.trimmed().startsWith('{')) {
        return JsonReader::decodeObject<QList<Organization>>(
            body, error, [](JsonReader& reader, const QJsonObject& root) {
                return readEntries(reader, reader.requireArray(root, u"organizations"), u"organizations");
            });
    }
    return JsonReader::decodeArray<QList<Organization>>(
        body, error, [](JsonReader& reader, const QJsonArray& root) { return readEntries(reader, root, u""); });
}

std::optional<Organization> OrganizationDecoder::decodeOrganization(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<Organization>(body, error, &readEntry);
}

std::optional<QList<OrganizationMember>> OrganizationDecoder::decodeMembers(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<QList<OrganizationMember>>(
        body, error, [](JsonReader& reader, const QJsonObject& root) {
            const QJsonArray array = reader.requireArray(root, u"members");
            return reader.readObjects<OrganizationMember>(array, u"members", [&reader](const QJsonObject& entry) {
                OrganizationMember member;
                const QJsonObject user = reader.requireObject(entry, u"user");
                {
                    JsonReader::Scope scope(reader, QStringLiteral("user"));
                    member.userId = reader.requireId(user, u"id");
                    member.email = reader.optionalString(user, u"email").value_or(QString());
                }
                const QJsonObject membership = reader.requireObject(entry, u"membership");
                {
                    JsonReader::Scope scope(reader, QStringLiteral("membership"));
                    member.role = MemberRole::fromString(reader.requireString(membership, u"role"));
                }
                return member;
            });
        });
}

std::optional<QList<Service>> OrganizationDecoder::decodeServices(const QByteArray& body, ApiError& error)
{
    auto services =
        JsonReader::decodeObject<QList<Service>>(body, error, [](JsonReader& reader, const QJsonObject& root) {
            const QJsonArray array = reader.requireArray(root, u"services");
            return reader.readObjects<Service>(array, u"services", [&reader](const QJsonObject& object) {
                Service service;
                service.id = reader.requireId(object, u"id");
                service.slug = reader.requireId(object, u"slug");
                service.name = reader.requireString(object, u"name");
                service.serviceType = reader.optionalString(object, u"service_type");
                service.subscriptionCount =
                    reader.optionalInteger(object, u"subscription_count", 0, JsonReader::MaxCount);
                service.createdAt = reader.optionalTimestamp(object, u"created_at");
                return service;
            });
        });
    if (services) {
        std::sort(services->begin(), services->end(), [](const Service& a, const Service& b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.slug < b.slug;
        });
    }
    return services;
}

} // namespace UserAdmin
