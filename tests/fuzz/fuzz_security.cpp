// SPDX-License-Identifier: MIT
// Risk events and the organization audit log of the 2026 server (contract 9.6): the first byte picks the decoder.
#include "FuzzDecoding.h"

#include "api/SecurityDecoder.h"

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

void checkCoordinate(const std::optional<double>& value, double limit)
{
    FUZZ_CHECK(!value || (*value >= -limit && *value <= limit));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = bytes(data + 1, size - 1);
    ApiError error;
    if (data[0] % 2 == 0) {
        const auto events = SecurityDecoder::decodeRiskEvents(body, error);
        if (failedCleanly(events, error))
            return 0;
        // One page of the bare array: at most the largest page the endpoint serves.
        FUZZ_CHECK(events->size() <= 100);
        for (const RiskEvent& event : *events) {
            FUZZ_CHECK(event.riskScore >= 0 && event.riskScore <= 100);
            FUZZ_CHECK(event.action == RiskEvent::actionFromString(event.actionText));
            checkCoordinate(event.latitude, 90);
            checkCoordinate(event.longitude, 180);
            checkTimestamp(event.createdAt);
        }
        return 0;
    }
    const auto page = SecurityDecoder::decodeAuditLog(body, error);
    if (failedCleanly(page, error))
        return 0;
    FUZZ_CHECK(page->page >= 1);
    FUZZ_CHECK(page->limit >= 1 && page->limit <= 100);
    FUZZ_CHECK(page->total >= 0);
    FUZZ_CHECK(page->entries.size() <= page->limit);
    for (const ServerAuditEntry& entry : page->entries)
        checkTimestamp(entry.createdAt);
    return 0;
}
