// SPDX-License-Identifier: MIT
// The end-user list answer (contract 1.2 / 6 / 9.2) in every shape.
#include "FuzzDecoding.h"

#include "api/EndUserDecoder.h"
#include "api/EndUserQuery.h"

#include <QSet>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

void checkUsage(const ServiceUsage& usage)
{
    FUZZ_CHECK(isWellFormed(usage.slug));
    for (const auto& time : {usage.firstLoginAt, usage.lastLoginAt, usage.currentPeriodEnd, usage.subscribedAt})
        checkTimestamp(time);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ApiError error;
    const auto page = EndUserDecoder::decodePage(bytes(data, size), error);
    if (failedCleanly(page, error))
        return 0;
    const PageInfo& info = page->pageInfo;
    FUZZ_CHECK(info.page >= 1);
    FUZZ_CHECK(info.limit >= 1 && info.limit <= EndUserQuery::MaxLimit);
    FUZZ_CHECK(!info.total || *info.total >= 0);
    if (const auto pages = info.pageCount())
        FUZZ_CHECK(*pages >= 1);
    // Rows beyond `limit` are kept here and dropped by ListEndUsersJob, which logs it once (finding 3 of issue 14;
    // tst_hostilejobs): the decoder's part is to stay linear however many rows come.
    // The first row shown and the last stay far from overflowing (finding 2).
    FUZZ_CHECK((info.page - 1) <= (std::numeric_limits<qint64>::max() - info.limit) / info.limit);

    for (const EndUserSummary& user : page->users) {
        FUZZ_CHECK(!user.id.isEmpty());
        FUZZ_CHECK(isWellFormed(user.id));
        checkTimestamp(user.createdAt);
        checkTimestamp(user.lastLoginAt);
        for (const ServiceUsage& usage : user.subscriptions)
            checkUsage(usage);
        for (const LinkedIdentity& identity : user.identities)
            checkTimestamp(identity.linkedAt);
        // services are distinct in every shape: derived from the subscriptions ([REF], [2026]), or a [SEED] server's
        // own list with its repetitions dropped (found by fuzzing).
        FUZZ_CHECK(QSet<QString>(user.services.cbegin(), user.services.cend()).size() == user.services.size());
    }
    return 0;
}
