// SPDX-License-Identifier: MIT
#include "Shape2026Serializer.h"

#include "JsonValues.h"
#include "RefSerializer.h"
#include "Timestamps.h"

#include <QJsonArray>

namespace UserAdmin::DevServer {

namespace {

QJsonValue naive(const std::optional<QString>& stored, quint64 salt)
{
    return stored ? QJsonValue(Timestamps::naive(*stored, salt)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject Shape2026Serializer::user(const EndUserRecord& user, bool whole)
{
    const auto salt = quint64(user.rid);
    const QJsonValue null(QJsonValue::Null);
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("org_id"), null},
            {QStringLiteral("is_platform_owner"), user.isPlatformOwner},
            {QStringLiteral("password_hash"), whole ? textOrNull(user.passwordHash) : null},
            {QStringLiteral("email_verified_at"), whole ? naive(user.emailVerifiedAt, salt + 1) : null},
            {QStringLiteral("created_at"), Timestamps::naive(user.createdAt, salt)},
            {QStringLiteral("updated_at"), whole ? naive(user.updatedAt, salt + 2) : null},
            {QStringLiteral("deleted_at"), whole ? naive(user.deletedAt, salt + 3) : null}};
}

QJsonObject Shape2026Serializer::list(const EndUserPage& page) const
{
    QJsonArray items;
    for (const EndUserListItem& item : page.items) {
        items.append(QJsonObject {
            {QStringLiteral("user"), user(item.user, false)},
            {QStringLiteral("subscriptions"), RefSerializer::subscriptions(item.subscriptions, item.user.rid)},
            {QStringLiteral("identities"), RefSerializer::identities(item.identities)}});
    }
    // Like the reference server, a page past the end answers total 0.
    return {{QStringLiteral("users"), items},
            {QStringLiteral("total"), page.items.isEmpty() ? 0 : page.total},
            {QStringLiteral("page"), page.page},
            {QStringLiteral("limit"), page.limit}};
}

QJsonObject Shape2026Serializer::detail(const EndUserDetailRecord& detail) const
{
    QJsonArray sessions;
    for (const SessionRecord& session : detail.sessionsInOrganization) {
        sessions.append(QJsonObject {
            {QStringLiteral("id"), session.id},
            {QStringLiteral("service_id"), textOrNull(session.serviceId)},
            {QStringLiteral("service_name"), textOrNull(session.serviceName)},
            {QStringLiteral("org_slug"), textOrNull(session.orgSlug)},
            {QStringLiteral("ip_address"), textOrNull(session.ipAddress)},
            {QStringLiteral("user_agent"), textOrNull(session.userAgent)},
            {QStringLiteral("expires_at"), session.expiresAt},
            {QStringLiteral("refresh_token_expires_at"), textOrNull(session.refreshTokenExpiresAt)},
            {QStringLiteral("created_at"), session.createdAt},
        });
    }
    QJsonArray logins;
    for (const LoginRecord& login : detail.recentLogins) {
        logins.append(QJsonObject {
            {QStringLiteral("id"), login.id},
            {QStringLiteral("service_id"), textOrNull(login.serviceId)},
            {QStringLiteral("service_name"), textOrNull(login.serviceName)},
            {QStringLiteral("provider"), login.provider},
            {QStringLiteral("ip_address"), textOrNull(login.ipAddress)},
            {QStringLiteral("user_agent"), textOrNull(login.userAgent)},
            {QStringLiteral("risk_score"),
             login.riskScore ? QJsonValue(*login.riskScore) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("risk_factors"), QJsonArray::fromStringList(login.riskFactors)},
            {QStringLiteral("geo_country"), textOrNull(login.geoCountry)},
            {QStringLiteral("geo_city"), textOrNull(login.geoCity)},
            {QStringLiteral("created_at"), login.createdAt},
        });
    }
    const EndUserListItem& account = detail.account;
    return {{QStringLiteral("user"), user(account.user, true)},
            {QStringLiteral("subscriptions"), RefSerializer::subscriptions(account.subscriptions, account.user.rid)},
            {QStringLiteral("identities"), RefSerializer::identities(account.identities)},
            {QStringLiteral("session_count"), detail.activeSessionsInOrganization},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("recent_logins"), logins}};
}

QJsonObject Shape2026Serializer::revoked(qint64 count) const
{
    return {{QStringLiteral("message"), QStringLiteral("Sessions revoked successfully")},
            {QStringLiteral("revoked_count"), count}};
}

} // namespace UserAdmin::DevServer
