// SPDX-License-Identifier: MIT
#include "api/SecurityDecoder.h"

#include "api/JsonReader.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace UserAdmin {

namespace {

constexpr qint64 MaxItems = 100; // the server's largest `limit` (contract 9.6)

std::optional<double> coordinate(JsonReader& reader, const QJsonObject& object, QStringView key, double bound)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > bound) {
        reader.fail(reader.path(key), QStringLiteral("not a coordinate"));
        return std::nullopt;
    }
    return value.toDouble();
}

} // namespace

RiskEvent::Action RiskEvent::actionFromString(QStringView text)
{
    if (text == u"allow")
        return Action::Allow;
    if (text == u"challenge_mfa")
        return Action::ChallengeMfa;
    if (text == u"block")
        return Action::Block;
    return Action::Other;
}

std::optional<QList<RiskEvent>> SecurityDecoder::decodeRiskEvents(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeArray<QList<RiskEvent>>(body, error, [](JsonReader& reader, const QJsonArray& array) {
        if (array.size() > MaxItems) {
            reader.fail(QStringLiteral("[]"), QStringLiteral("more than %1 items").arg(MaxItems));
            return QList<RiskEvent>();
        }
        return reader.readObjects<RiskEvent>(array, u"", [&reader](const QJsonObject& object) {
            RiskEvent event;
            event.id = reader.requireString(object, u"id");
            event.userId = reader.requireString(object, u"user_id");
            event.userEmail = reader.optionalString(object, u"user_email");
            event.createdAt = reader.requireTimestamp(object, u"created_at");
            event.riskScore = int(reader.requireInteger(object, u"risk_score", 0, 100));
            event.riskFactors = reader.stringList(reader.requireArray(object, u"risk_factors"), u"risk_factors");
            event.actionText = reader.requireString(object, u"risk_action");
            event.action = RiskEvent::actionFromString(event.actionText);
            event.country = reader.optionalString(object, u"geo_country");
            event.city = reader.optionalString(object, u"geo_city");
            event.latitude = coordinate(reader, object, u"geo_lat", 90);
            event.longitude = coordinate(reader, object, u"geo_long", 180);
            event.ipAddress = reader.optionalString(object, u"ip_address");
            event.provider = reader.requireString(object, u"provider");
            return event;
        });
    });
}

std::optional<ServerAuditPage> SecurityDecoder::decodeAuditLog(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<ServerAuditPage>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        ServerAuditPage page;
        const QJsonObject pagination = reader.requireObject(root, u"pagination");
        {
            JsonReader::Scope scope(reader, QStringLiteral("pagination"));
            page.page = reader.requireInteger(pagination, u"page", 1, std::numeric_limits<qint64>::max());
            page.limit = reader.requireInteger(pagination, u"limit", 1, MaxItems);
            page.total = reader.requireInteger(pagination, u"total", 0, std::numeric_limits<qint64>::max());
            page.totalPages = reader.requireInteger(pagination, u"total_pages", 0, std::numeric_limits<qint64>::max());
            page.hasNext = reader.optionalBool(pagination, u"has_next").value_or(false);
            page.hasPrevious = reader.optionalBool(pagination, u"has_prev").value_or(page.page > 1);
        }
        const QJsonArray logs = reader.requireArray(root, u"logs");
        if (reader.ok() && logs.size() > page.limit) {
            reader.fail(QStringLiteral("logs"), QStringLiteral("more items than the limit"));
            return page;
        }
        page.entries = reader.readObjects<ServerAuditEntry>(logs, u"logs", [&reader](const QJsonObject& object) {
            ServerAuditEntry entry;
            entry.id = reader.requireString(object, u"id");
            entry.organizationId = reader.optionalString(object, u"organization_id").value_or(QString());
            entry.actorId = reader.optionalString(object, u"actor_id");
            if (const auto actor = reader.optionalObject(object, u"actor")) {
                JsonReader::Scope scope(reader, QStringLiteral("actor"));
                entry.actorEmail = reader.optionalString(*actor, u"email");
                if (!entry.actorId)
                    entry.actorId = reader.optionalString(*actor, u"id");
            }
            entry.action = reader.requireString(object, u"action");
            entry.targetType = reader.optionalString(object, u"target_type").value_or(QString());
            entry.targetId = reader.optionalString(object, u"target_id");
            entry.ipAddress = reader.optionalString(object, u"ip_address");
            entry.userAgent = reader.optionalString(object, u"user_agent");
            entry.success = reader.optionalBool(object, u"success");
            if (const auto metadata = reader.optionalObject(object, u"metadata"))
                entry.metadata = QString::fromUtf8(QJsonDocument(*metadata).toJson(QJsonDocument::Compact));
            entry.createdAt = reader.requireTimestamp(object, u"created_at");
            return entry;
        });
        return page;
    });
}

} // namespace UserAdmin
