// SPDX-License-Identifier: MIT
#include "api/AuthDecoder.h"

#include "api/JsonReader.h"

namespace UserAdmin {

std::optional<DeviceAuthorization> AuthDecoder::decodeDeviceAuthorization(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    DeviceAuthorization result;
    if (root) {
        result.deviceCode = reader.requireString(*root, u"device_code");
        result.userCode = reader.requireString(*root, u"user_code").toUpper();
        const QString uri = reader.requireString(*root, u"verification_uri");
        result.verificationUri = QUrl(uri, QUrl::StrictMode);
        if (reader.ok() && !result.verificationUri.isValid())
            reader.fail(QStringLiteral("verification_uri"), QStringLiteral("not a valid URL"));
        if (const auto complete = reader.optionalString(*root, u"verification_uri_complete"))
            result.verificationUriComplete = QUrl(*complete, QUrl::StrictMode);
        result.expiresInSeconds = int(reader.optionalInteger(*root, u"expires_in").value_or(900));
        result.intervalSeconds = int(std::max<qint64>(1, reader.optionalInteger(*root, u"interval").value_or(5)));
    }
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return result;
}

std::optional<TokenResponse> AuthDecoder::decodeTokenResponse(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    TokenResponse result;
    if (root) {
        result.accessToken = reader.requireString(*root, u"access_token");
        if (reader.ok() && result.accessToken.isEmpty())
            reader.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
        result.refreshToken = reader.optionalString(*root, u"refresh_token").value_or(QString());
        result.expiresInSeconds = reader.optionalInteger(*root, u"expires_in");
    }
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return result;
}

std::optional<CurrentUser> AuthDecoder::decodeCurrentUser(const QByteArray& body, ApiError& error)
{
    JsonReader reader;
    const auto root = reader.parseObject(body);
    CurrentUser result;
    if (root) {
        result.id = reader.requireString(*root, u"id");
        result.email = reader.requireString(*root, u"email");
        result.org = reader.optionalString(*root, u"org").value_or(QString());
        result.service = reader.optionalString(*root, u"service").value_or(QString());
    }
    if (!reader.ok()) {
        error = reader.error();
        return std::nullopt;
    }
    return result;
}

} // namespace UserAdmin
