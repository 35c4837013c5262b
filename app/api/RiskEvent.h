// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin {

/// One risk-scored sign-in of the organization (contract 9.6, `risk-events`).
struct RiskEvent
{
    /// What the server's risk engine did with the sign-in.
    enum class Action {
        Allow, ///< "allow"
        ChallengeMfa, ///< "challenge_mfa"
        Block, ///< "block"
        Other, ///< another word, kept in actionText
    };

    QString id;
    QString userId;
    std::optional<QString> userEmail; ///< null for a deleted account
    std::optional<QDateTime> createdAt;
    int riskScore = 0; ///< 0..100
    QStringList riskFactors;
    Action action = Action::Other;
    QString actionText; ///< as sent
    std::optional<QString> country;
    std::optional<QString> city;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<QString> ipAddress;
    QString provider;

    static Action actionFromString(QStringView text);
};

} // namespace UserAdmin
