// SPDX-License-Identifier: MIT
// The claims of an access token (contract 4.5), read without checking the signature.
#include "FuzzCheck.h"

#include "auth/JwtClaims.h"

#include <chrono>

using namespace UserAdmin;
using namespace UserAdminFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString token = QString::fromUtf8(bytes(data, size));
    JwtClaims::Problem problem = JwtClaims::Problem::Expired;
    const auto claims = JwtClaims::fromToken(token, &problem);
    if (!claims) {
        FUZZ_CHECK(problem != JwtClaims::Problem::None);
        return 0;
    }
    FUZZ_CHECK(problem == JwtClaims::Problem::None);
    FUZZ_CHECK(token.count(QLatin1Char('.')) == 2);
    FUZZ_CHECK(!claims->subject.isEmpty());
    FUZZ_CHECK(claims->expiresAt.has_value());
    // `exp` that is fractional or out of range is refused, never 1970 or an invalid date (finding 7 of issue 14).
    FUZZ_CHECK(claims->expiresAt->isValid() && isSaneTimestamp(*claims->expiresAt));
    FUZZ_CHECK(claims->expiresAt->toSecsSinceEpoch() >= 0); // `exp: 0` is 1970: a token long expired, and said so
    FUZZ_CHECK(!claims->issuedAt || (claims->issuedAt->isValid() && isSaneTimestamp(*claims->issuedAt)));
    // A token with CR or LF would become an injected header line (finding 5).
    FUZZ_CHECK(!token.contains(QLatin1Char('\r')) && !token.contains(QLatin1Char('\n')));

    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const bool soon = claims->expiresBefore(now, std::chrono::seconds(60));
    if (!claims->expiresBefore(now))
        FUZZ_CHECK(soon || *claims->expiresAt >= now.addSecs(60));
    (void)claims->scopedOrganization();
    (void)claims->isPreauthentication();
    return 0;
}
