// SPDX-License-Identifier: MIT
// The end-user detail (contract 1.3 / 6 / 9.3) in every shape, and the revoke answer (1.4): the first byte picks.
#include "FuzzDecoding.h"

#include "api/EndUserDecoder.h"

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

void checkTime(const std::optional<QDateTime>& time)
{
    checkTimestamp(time);
}

void checkDetail(const QByteArray& body)
{
    ApiError error;
    const auto detail = EndUserDecoder::decodeDetail(body, error);
    if (failedCleanly(detail, error))
        return;
    FUZZ_CHECK(!detail->id.isEmpty());
    FUZZ_CHECK(isWellFormed(detail->id));
    for (const auto& time : {detail->emailVerifiedAt,
                             detail->createdAt,
                             detail->updatedAt,
                             detail->lastLoginAt,
                             detail->deletedAt,
                             detail->sessions.lastCreatedAt})
        checkTime(time);
    FUZZ_CHECK(!detail->sessions.activeCount || *detail->sessions.activeCount >= 0);
    if (detail->lastLoginSource == EndUserDetail::LastLoginSource::None)
        FUZZ_CHECK(!detail->lastLoginAt);
    for (const LinkedIdentity& identity : detail->linkedIdentities)
        checkTime(identity.linkedAt);
    for (const ServiceUsage& usage : detail->services) {
        checkTime(usage.firstLoginAt);
        checkTime(usage.lastLoginAt);
        checkTime(usage.subscribedAt);
        checkTime(usage.currentPeriodEnd);
    }
    if (detail->sessionList) {
        FUZZ_CHECK(detail->shape == ResponseShape::Platform2026);
        for (const EndUserSession& session : *detail->sessionList) {
            FUZZ_CHECK(!session.id.isEmpty());
            checkTime(session.expiresAt);
            checkTime(session.refreshTokenExpiresAt);
            checkTime(session.createdAt);
        }
    }
    if (detail->recentSignIns) {
        for (const SignInEvent& event : *detail->recentSignIns) {
            FUZZ_CHECK(!event.riskScore || (*event.riskScore >= 0 && *event.riskScore <= 100));
            checkTime(event.createdAt);
        }
        // The contract sends at most 20; more is ignored.
        FUZZ_CHECK(detail->recentSignIns->size() <= 20);
    }
}

void checkRevoke(const QByteArray& body)
{
    ApiError error;
    const auto result = EndUserDecoder::decodeRevoke(body, error);
    if (!result) {
        FUZZ_CHECK(error.kind == ApiError::Kind::Decoding);
        return;
    }
    FUZZ_CHECK(!result->sessionsRevoked || *result->sessionsRevoked >= 0);
    if (result->answerUnreadable)
        FUZZ_CHECK(!result->sessionsRevoked);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = bytes(data + 1, size - 1);
    if (data[0] & 1)
        checkRevoke(body);
    else
        checkDetail(body);
    return 0;
}
