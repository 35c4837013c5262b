// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin {

/// One sign-in of an end-user to the organization's services, with the risk the server gave it (contract 9.2,
/// `recent_logins`, newest first, at most 20).
struct SignInEvent
{
    QString id;
    std::optional<QString> serviceId;
    std::optional<QString> serviceName;
    QString provider;
    std::optional<QString> ipAddress;
    std::optional<QString> userAgent;
    std::optional<int> riskScore; ///< 0..100
    QStringList riskFactors;
    std::optional<QString> country;
    std::optional<QString> city;
    std::optional<QDateTime> createdAt;

    enum class RiskLevel { Low, Medium, High };
    /// Low below 50, medium below 80, high from 80: where the platform's risk engine starts asking for MFA and
    /// blocking by default.
    static RiskLevel levelOf(int score)
    {
        return score >= 80 ? RiskLevel::High : score >= 50 ? RiskLevel::Medium : RiskLevel::Low;
    }
};

} // namespace UserAdmin
