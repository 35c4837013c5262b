// SPDX-License-Identifier: MIT
#include "api/AuthDecoder.h"

#include "api/JsonReader.h"
#include "api/OrganizationDecoder.h"
#include "api/TokenSyntax.h"
#include "api/TransportPolicy.h"

namespace UserAdmin {

namespace {
constexpr qint64 MaxLifetimeSeconds = 366LL * 24 * 3600; ///< nothing a server grants lasts longer than a year
constexpr qint64 MaxIntervalSeconds = 3600;

/// The server decides what address the browser opens: only https, or http to this computer (the transport
/// policy without --allow-insecure-http). `file:`, `smb:` and the like never reach QDesktopServices.
QUrl openableUrl(JsonReader& reader, const QString& text, QStringView key)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!reader.ok())
        return {};
    if (!url.isValid() || url.isRelative()) {
        reader.fail(reader.path(key), QStringLiteral("not a valid URL"));
        return {};
    }
    if (TransportPolicy::check(url, false) != TransportPolicy::Refusal::None || !url.userName().isEmpty()) {
        reader.fail(reader.path(key), QStringLiteral("only https (or http to this computer) may be opened"));
        return {};
    }
    return url;
}

/// Tokens become an `Authorization` header: a CR/LF or any character outside the token alphabet is refused here.
QString readToken(JsonReader& reader, const QJsonObject& root, QStringView key, bool required)
{
    const QString token =
        required ? reader.requireString(root, key) : reader.optionalString(root, key).value_or(QString());
    if (!reader.ok())
        return {};
    if (required && token.isEmpty()) {
        reader.fail(reader.path(key), QStringLiteral("empty"));
        return {};
    }
    if (!token.isEmpty() && !TokenSyntax::isWellFormed(token)) {
        reader.fail(reader.path(key), QStringLiteral("contains characters a token cannot have"));
        return {};
    }
    return token;
}

} // namespace

std::optional<DeviceAuthorization> AuthDecoder::decodeDeviceAuthorization(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<DeviceAuthorization>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        DeviceAuthorization result;
        result.deviceCode = reader.requireString(root, u"device_code");
        result.userCode = reader.requireString(root, u"user_code").toUpper();
        if (reader.ok() && result.deviceCode.isEmpty())
            reader.fail(QStringLiteral("device_code"), QStringLiteral("empty"));
        if (reader.ok() && result.userCode.isEmpty())
            reader.fail(QStringLiteral("user_code"), QStringLiteral("empty"));
        const QString uri = reader.requireString(root, u"verification_uri");
        result.verificationUri = openableUrl(reader, uri, u"verification_uri");
        if (const auto complete = reader.optionalString(root, u"verification_uri_complete"))
            result.verificationUriComplete = openableUrl(reader, *complete, u"verification_uri_complete");
        // Both are range-checked before the narrowing: an out-of-range value is a decoding error, never a wrap.
        const qint64 expiresIn = reader.optionalInteger(root, u"expires_in", 1, MaxLifetimeSeconds).value_or(900);
        const qint64 interval = reader.optionalInteger(root, u"interval", 0, MaxIntervalSeconds).value_or(5);
        result.expiresInSeconds = int(expiresIn);
        result.intervalSeconds = std::max(1, int(interval));
        return result;
    });
}

std::optional<TokenResponse> AuthDecoder::decodeTokenResponse(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<TokenResponse>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        TokenResponse result;
        result.accessToken = readToken(reader, root, u"access_token", true);
        result.refreshToken = readToken(reader, root, u"refresh_token", false);
        result.expiresInSeconds = reader.optionalInteger(root, u"expires_in", 0, MaxLifetimeSeconds);
        return result;
    });
}

std::optional<CurrentUser> AuthDecoder::decodeCurrentUser(const QByteArray& body, ApiError& error)
{
    return JsonReader::decodeObject<CurrentUser>(body, error, [](JsonReader& reader, const QJsonObject& root) {
        CurrentUser result;
        result.id = reader.requireId(root, u"id");
        result.email = reader.requireString(root, u"email");
        result.org = reader.optionalString(root, u"org").value_or(QString());
        result.service = reader.optionalString(root, u"service").value_or(QString());
        if (const auto permissions = reader.optionalArray(root, u"permissions")) {
            result.permissions = reader.stringList(*permissions, u"permissions");
            result.permissions->removeIf(
                [](const QString& permission) { return permission.isEmpty(); }); // grants nothing
        }
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
            result.tokens.accessToken = readToken(reader, root, u"access_token", true);
            result.tokens.refreshToken = readToken(reader, root, u"refresh_token", false);
            result.tokens.expiresInSeconds = reader.optionalInteger(root, u"expires_in", 0, MaxLifetimeSeconds);
            return result;
        });
}

} // namespace UserAdmin
