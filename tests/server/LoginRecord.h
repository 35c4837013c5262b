// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

/// One sign-in of an end-user to an organization.
struct LoginRecord
{
    QString id;
    std::optional<QString> serviceId;
    std::optional<QString> serviceName;
    QString provider;
    std::optional<QString> ipAddress;
    std::optional<QString> userAgent;
    std::optional<int> riskScore;
    QStringList riskFactors;
    std::optional<QString> geoCountry;
    std::optional<QString> geoCity;
    QString createdAt;
};

} // namespace UserAdmin::DevServer
