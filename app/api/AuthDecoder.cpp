// SPDX-License-Identifier: MIT
#include "api/AuthDecoder.h"

#include "api/JsonReader.h"
#include "api/OrganizationDecoder.h"

namespace UserAdmin {

namespace {
constexpr qint64 MaxLifetimeSeconds = 366LL * 24 * 3600; ///< nothing a server grants lasts longer than a year
constexpr qint64 MaxIntervalSeconds = 3600;
} // namespace

std::optional<DeviceAuthorization> AuthDecoder::decodeDeviceAuthorization(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<DeviceAuthorization>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        DeviceAuthorization result;
        result.deviceCode = reader.requireString(root, u"device_code");
        result.userCode = reader.requireString(root, u"user_code").toUpper();
        const QString uri = reader.requireString(root, u"verification_uri");
        result.verificationUri = QUrl(uri, QUrl::StrictMode);
        if (reader.ok() && !result.verificationUri.isValid())
            reader.fail(QStringLiteral("verification_uri"), QStringLiteral("not a valid URL"));
        if (const auto complete = reader.optionalString(root, u"verification_uri_complete"))
            result.verificationUriComplete = QUrl(*complete, QUrl::StrictMode);
        result.expiresInSeconds = int(reader.optionalInteger(root, u"expires_in", 1, MaxLifetimeSeconds).value_or(900));
        result.intervalSeconds = int(reader.optionalInteger(root, u"interval", 0, MaxIntervalSeconds).value_or(5));
        result.intervalSeconds = std::max(1, result.intervalSeconds);
        return result;
    });
}

std::optional<TokenResponse> AuthDecoder::decodeTokenResponse(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<TokenResponse>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        TokenResponse result;
        result.accessToken = reader.requireString(root, u"access_token");
        if (reader.ok() && result.accessToken.isEmpty())
            reader.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
        result.refreshToken = reader.optionalString(root, u"refresh_token").value_or(QString());
        result.expiresInSeconds = reader.optionalInteger(root, u"expires_in", 0, MaxLifetimeSeconds);
        return result;
    });
}

std::optional<CurrentUser> AuthDecoder::decodeCurrentUser(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<CurrentUser>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        CurrentUser result;
        result.id = reader.requireString(root, u"id");
        result.email = reader.requireString(root, u"email");
        result.org = reader.optionalString(root, u"org").value_or(QString());
        result.service = reader.optionalString(root, u"service").value_or(QString());
        if (const auto permissions = reader.optionalArray(root, u"permissions"))
            result.permissions = reader.stringList(*permissions, u"permissions");
        return result;
    });
}

std::optional<SelectedOrganization> AuthDecoder::decodeSelectedOrganization(const QByteArray& body, ApiError& error)
{
    // The organization part is decoded like any organization entry; the rest here.
    auto organization = OrganizationDecoder::decodeOrganization(body, error);
    if (!organization)
        return std::nullopt;
    return JsonReader::decodeObject<SelectedOrganization>(
        body, error, [&organization](JsonReader& reader, const QJsonObject& root) {
            SelectedOrganization result;
            result.organization = *organization;
            const QJsonObject membership = reader.requireObject(root, u"membership");
            {
                JsonReader::Scope scope(reader, QStringLiteral("membership"));
                result.role = MemberRole::fromString(reader.requireString(membership, u"role"));
            }
            result.tokens.accessToken = reader.requireString(root, u"access_token");
            if (reader.ok() && result.tokens.accessToken.isEmpty())
                reader.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
            result.tokens.refreshToken = reader.optionalString(root, u"refresh_token").value_or(QString());
            result.tokens.expiresInSeconds = reader.optionalInteger(root, u"expires_in", 0, MaxLifetimeSeconds);
            return result;
        });
}

} // namespace UserAdmin
