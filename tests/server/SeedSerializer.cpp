// SPDX-License-Identifier: MIT
#include "SeedSerializer.h"

#include "JsonValues.h"

#include <QJsonArray>

namespace UserAdmin::DevServer {

QJsonObject SeedSerializer::list(const EndUserPage& page) const
{
    QJsonArray items;
    for (const EndUserListItem& item : page.items) {
        QJsonArray services;
        for (const SubscriptionRecord& subscription : item.subscriptions)
            services.append(subscription.serviceSlug);
        items.append(QJsonObject {
            {QStringLiteral("id"), item.user.id},
            {QStringLiteral("email"), item.user.email},
            {QStringLiteral("created_at"), item.user.createdAt},
            {QStringLiteral("last_login_at"), textOrNull(item.user.lastLoginAt)},
            {QStringLiteral("mfa_enabled"), item.user.mfaEnabled},
            {QStringLiteral("services"), services},
        });
    }
    return {{QStringLiteral("users"), items},
            {QStringLiteral("pagination"),
             QJsonObject {{QStringLiteral("page"), page.page},
                          {QStringLiteral("limit"), page.limit},
                          {QStringLiteral("total"), page.total}}}};
}

QJsonObject SeedSerializer::detail(const EndUserDetailRecord& detail) const
{
    const EndUserRecord& user = detail.account.user;
    QJsonArray identities;
    for (const IdentityRecord& identity : detail.account.identities) {
        identities.append(QJsonObject {{QStringLiteral("provider"), identity.provider},
                                       {QStringLiteral("provider_user_id"), identity.providerUserId},
                                       {QStringLiteral("email"), textOrNull(identity.email)},
                                       {QStringLiteral("linked_at"), textOrNull(identity.linkedAt)}});
    }
    QJsonArray services;
    for (const SubscriptionRecord& subscription : detail.account.subscriptions) {
        services.append(QJsonObject {{QStringLiteral("id"), subscription.serviceId},
                                     {QStringLiteral("slug"), subscription.serviceSlug},
                                     {QStringLiteral("name"), subscription.serviceName},
                                     {QStringLiteral("first_login_at"), textOrNull(subscription.firstLoginAt)},
                                     {QStringLiteral("last_login_at"), textOrNull(subscription.lastLoginAt)}});
    }
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("email_verified"), user.emailVerified},
        {QStringLiteral("created_at"), user.createdAt},
        {QStringLiteral("updated_at"), textOrNull(user.updatedAt)},
        {QStringLiteral("last_login_at"), textOrNull(user.lastLoginAt)},
        {QStringLiteral("mfa_enabled"), user.mfaEnabled},
        {QStringLiteral("linked_identities"), identities},
        {QStringLiteral("services"), services},
        {QStringLiteral("sessions"),
         QJsonObject {{QStringLiteral("active_count"), detail.activeSessionsInOrganization},
                      {QStringLiteral("last_created_at"), textOrNull(detail.lastActiveSessionCreatedAt)}}},
    };
}

QJsonObject SeedSerializer::revoked(qint64 count) const
{
    return {{QStringLiteral("message"), QStringLiteral("All sessions revoked")},
            {QStringLiteral("sessions_revoked"), count}};
}

} // namespace UserAdmin::DevServer
