// SPDX-License-Identifier: MIT
// RFC 3339 timestamps (contract 7), both zone rules: a parsed time is valid UTC and survives a round trip.
#include "FuzzCheck.h"

#include "api/Timestamp.h"

using namespace UserAdmin;
using namespace UserAdminFuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const Timestamp::Zone zone = (data[0] & 1) ? Timestamp::Zone::NaiveIsUtc : Timestamp::Zone::Required;
    const QString text = QString::fromUtf8(bytes(data + 1, size - 1));
    const auto time = Timestamp::parse(text, zone);
    if (!time)
        return 0;
    checkTimestamp(time);
    // Whatever has a zone is accepted under either rule, with the same meaning.
    if (zone == Timestamp::Zone::Required)
        FUZZ_CHECK(Timestamp::parse(text, Timestamp::Zone::NaiveIsUtc) == time);
    if (!isSaneTimestamp(*time))
        return 0;
    const QString iso = Timestamp::toIsoString(*time);
    const auto again = Timestamp::parse(iso);
    FUZZ_CHECK(again && *again == *time);
    FUZZ_CHECK(Timestamp::toIsoString(*again) == iso);
    return 0;
}
