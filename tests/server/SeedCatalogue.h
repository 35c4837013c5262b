// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

/// The values the seeder cycles through for sessions, sign-ins and risk events (README.md documents the
/// rules): addresses from the documentation ranges, real-looking user agents, places, and the risk factors
/// and action that go with a score.
class SeedCatalogue
{
public:
    struct Place
    {
        QString country;
        QString city;
        double latitude = 0;
        double longitude = 0;
    };

    /// Every sixth value (index % 6 == 5) is unknown.
    static std::optional<QString> ipAddress(int index);
    /// Every seventh value (index % 7 == 6) is unknown.
    static std::optional<QString> userAgent(int index);
    /// Every fourth value (index % 4 == 3) is unknown.
    static std::optional<Place> place(int index);
    /// The risk score of the n-th sign-in of a series; nullopt: not scored.
    static std::optional<int> riskScore(int index);
    static QStringList riskFactors(std::optional<int> score);
    /// "allow" below 50, "challenge_mfa" from 50, "block" from 85 (a blocked attempt is no sign-in).
    static QString riskAction(int score);
    static constexpr int BlockFrom = 85;
};

} // namespace UserAdmin::DevServer
