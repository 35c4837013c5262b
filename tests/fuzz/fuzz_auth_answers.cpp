// SPDX-License-Identifier: MIT
// The sign-in answers (contract 4.1/4.3/4.6, 9.4/9.5): device code, token (device, refresh, login, MFA), who-am-I
// and the organization selection. The first byte picks the decoder.
#include "FuzzDecoding.h"

#include "api/AuthDecoder.h"

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

constexpr qint64 MaxLifetimeSeconds = 366LL * 24 * 3600;

/// What may go into an Authorization header: visible ASCII only (finding 5 of issue 14: CR/LF became a header line).
bool isHeaderSafe(const QString& token)
{
    for (const QChar c : token)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}

bool isOpenableScheme(const QUrl& url)
{
    return url.scheme() == u"https" || url.scheme() == u"http";
}

void checkTokens(const TokenResponse& tokens)
{
    FUZZ_CHECK(!tokens.accessToken.isEmpty());
    FUZZ_CHECK(isHeaderSafe(tokens.accessToken));
    FUZZ_CHECK(isHeaderSafe(tokens.refreshToken));
    FUZZ_CHECK(!tokens.expiresInSeconds
               || (*tokens.expiresInSeconds >= 0 && *tokens.expiresInSeconds <= MaxLifetimeSeconds));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = bytes(data + 1, size - 1);
    ApiError error;
    switch (data[0] % 4) {
    case 0: {
        const auto device = AuthDecoder::decodeDeviceAuthorization(body, error);
        if (failedCleanly(device, error))
            break;
        FUZZ_CHECK(!device->deviceCode.isEmpty());
        FUZZ_CHECK(!device->userCode.isEmpty());
        FUZZ_CHECK(device->verificationUri.isValid());
        FUZZ_CHECK(device->expiresInSeconds >= 1 && device->expiresInSeconds <= MaxLifetimeSeconds);
        FUZZ_CHECK(device->intervalSeconds >= 1 && device->intervalSeconds <= 3600);
        // The poll timer takes milliseconds in an int.
        FUZZ_CHECK(qint64(device->intervalSeconds) * 1000 <= std::numeric_limits<int>::max());
        // Only https: (or http: on loopback) may reach QDesktopServices::openUrl (finding 4).
        FUZZ_CHECK(isOpenableScheme(device->verificationUri));
        FUZZ_CHECK(device->verificationUriComplete.isEmpty() || isOpenableScheme(device->verificationUriComplete));
        break;
    }
    case 1: {
        const auto tokens = AuthDecoder::decodeTokenResponse(body, error);
        if (!failedCleanly(tokens, error))
            checkTokens(*tokens);
        break;
    }
    case 2: {
        const auto user = AuthDecoder::decodeCurrentUser(body, error);
        if (failedCleanly(user, error))
            break;
        FUZZ_CHECK(!user->id.isEmpty());
        if (user->permissions)
            for (const QString& permission : *user->permissions)
                FUZZ_CHECK(!permission.isEmpty());
        break;
    }
    default: {
        const auto selected = AuthDecoder::decodeSelectedOrganization(body, error);
        if (failedCleanly(selected, error))
            break;
        checkTokens(selected->tokens);
        FUZZ_CHECK(!selected->organization.slug.isEmpty());
        checkTimestamp(selected->organization.createdAt);
        break;
    }
    }
    return 0;
}
