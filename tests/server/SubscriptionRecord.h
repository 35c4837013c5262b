// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// An end-user's use of one service of the organization: the subscription and the login times through it.
/// subscribed false: only an identity created through the service, no subscription.
struct SubscriptionRecord
{
    QString serviceId;
    QString serviceSlug;
    QString serviceName;
    std::optional<QString> planId;
    std::optional<QString> planName;
    QString status;
    std::optional<QString> currentPeriodEnd;
    std::optional<QString> createdAt;
    std::optional<QString> firstLoginAt;
    std::optional<QString> lastLoginAt;
    bool subscribed = true;
};

} // namespace UserAdmin::DevServer
