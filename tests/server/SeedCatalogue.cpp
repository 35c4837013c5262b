// SPDX-License-Identifier: MIT
#include "SeedCatalogue.h"

#include <array>

namespace UserAdmin::DevServer {

namespace {

const std::array<const char*, 5> Addresses = {
    "203.0.113.10", "198.51.100.7", "192.0.2.33", "2001:db8::4a", "203.0.113.77"};

const std::array<const char*, 6> UserAgents = {
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "curl/8.5.0",
    "AcmeDesktop/3.2 (Linux; Qt 6.4.2)",
};

struct PlaceEntry
{
    const char* country;
    const char* city;
    double latitude;
    double longitude;
};

const std::array<PlaceEntry, 3> Places = {{
    {"DE", "Berlin", 52.52, 13.405},
    {"US", "New York", 40.7128, -74.006},
    {"FR", "Lyon", 45.764, 4.8357},
}};

// 15 scores: low, medium and high ones, a blocked attempt or two and an unscored sign-in.
const std::array<int, 15> Scores = {3, 12, 47, 55, 68, 81, 95, -1, 0, 33, 22, 91, 5, 58, 40};

} // namespace

std::optional<QString> SeedCatalogue::ipAddress(int index)
{
    if (index % 6 == 5)
        return std::nullopt;
    return QString::fromLatin1(Addresses.at(std::size_t(index % 6 % 5)));
}

std::optional<QString> SeedCatalogue::userAgent(int index)
{
    if (index % 7 == 6)
        return std::nullopt;
    return QString::fromLatin1(UserAgents.at(std::size_t(index % 7 % 6)));
}

std::optional<SeedCatalogue::Place> SeedCatalogue::place(int index)
{
    if (index % 4 == 3)
        return std::nullopt;
    const PlaceEntry& entry = Places.at(std::size_t(index % 4 % 3));
    return Place {QString::fromLatin1(entry.country), QString::fromUtf8(entry.city), entry.latitude, entry.longitude};
}

std::optional<int> SeedCatalogue::riskScore(int index)
{
    const int score = Scores.at(std::size_t(index % int(Scores.size())));
    return score < 0 ? std::nullopt : std::optional<int>(score);
}

QStringList SeedCatalogue::riskFactors(std::optional<int> score)
{
    if (!score || *score < 20)
        return {};
    if (*score < 50)
        return {QStringLiteral("new_device")};
    if (*score < 70)
        return {QStringLiteral("new_device"), QStringLiteral("new_country")};
    if (*score < BlockFrom)
        return {QStringLiteral("impossible_travel"), QStringLiteral("new_country")};
    return {
        QStringLiteral("tor_exit_node"), QStringLiteral("impossible_travel"), QStringLiteral("credential_stuffing")};
}

QString SeedCatalogue::riskAction(int score)
{
    if (score >= BlockFrom)
        return QStringLiteral("block");
    if (score >= 50)
        return QStringLiteral("challenge_mfa");
    return QStringLiteral("allow");
}

} // namespace UserAdmin::DevServer
