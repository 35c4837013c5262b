// SPDX-License-Identifier: MIT
#include "RefSerializer.h"

#include "JsonValues.h"
#include "Timestamps.h"

namespace UserAdmin::DevServer {

namespace {

QJsonValue legacyTime(const std::optional<QString>& value, quint64 salt)
{
    return value ? QJsonValue(Timestamps::legacy(*value, salt)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject RefSerializer::user(const EndUserRecord& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("is_platform_owner"), user.isPlatformOwner},
            {QStringLiteral("created_at"), Timestamps::legacy(user.createdAt, quint64(user.rid))}};
}

QJsonArray RefSerializer::subscriptions(const QList<SubscriptionRecord>& subscriptions, qint64 userRid)
{
    QJsonArray result;
    for (const SubscriptionRecord& subscription : subscriptions) {
        if (!subscription.subscribed)
            continue; // an identity through the service is no subscription
        // The salt picks the fraction digits; it depends only on the row, so a value reads the same every time.
        const quint64 salt = quint64(userRid) * 31 + quint64(result.size());
        result.append(QJsonObject {
            {QStringLiteral("service_id"), subscription.serviceId},
            {QStringLiteral("service_slug"), subscription.serviceSlug},
            {QStringLiteral("service_name"), subscription.serviceName},
            {QStringLiteral("plan_id"), textOrNull(subscription.planId)},
            {QStringLiteral("plan_name"), textOrNull(subscription.planName)},
            {QStringLiteral("status"), subscription.status},
            {QStringLiteral("current_period_end"), legacyTime(subscription.currentPeriodEnd, salt)},
            {QStringLiteral("created_at"), legacyTime(subscription.createdAt, salt + 1)},
        });
    }
    return result;
}

QJsonArray RefSerializer::identities(const QList<IdentityRecord>& identities)
{
    QJsonArray result;
    for (const IdentityRecord& identity : identities) {
        result.append(
            QJsonObject {{QStringLiteral("provider"), identity.provider},
                         {QStringLiteral("provider_user_id"), identity.providerUserId},
                         {QStringLiteral("created_at"), legacyTime(identity.linkedAt, quint64(identity.rid))}});
    }
    return result;
}

QJsonObject RefSerializer::list(const EndUserPage& page) const
{
    QJsonArray items;
    for (const EndUserListItem& item : page.items) {
        items.append(QJsonObject {{QStringLiteral("user"), user(item.user)},
                                  {QStringLiteral("subscriptions"), subscriptions(item.subscriptions, item.user.rid)},
                                  {QStringLiteral("identities"), identities(item.identities)}});
    }
    // The reference server returns early with total 0 when the page is empty; it counts only otherwise.
    return {{QStringLiteral("users"), items},
            {QStringLiteral("total"), page.items.isEmpty() ? 0 : page.total},
            {QStringLiteral("page"), page.page},
            {QStringLiteral("limit"), page.limit}};
}

QJsonObject RefSerializer::detail(const EndUserDetailRecord& detail) const
{
    return {{QStringLiteral("user"), user(detail.account.user)},
            {QStringLiteral("subscriptions"), subscriptions(detail.account.subscriptions, detail.account.user.rid)},
            {QStringLiteral("identities"), identities(detail.account.identities)},
            {QStringLiteral("session_count"), detail.sessionRowsOnPlatform}};
}

QJsonObject RefSerializer::revoked(qint64 count) const
{
    return {{QStringLiteral("message"), QStringLiteral("Revoked %1 session(s)").arg(count)},
            {QStringLiteral("revoked_count"), count}};
}

} // namespace UserAdmin::DevServer
