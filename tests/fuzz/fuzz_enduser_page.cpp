// SPDX-License-Identifier: MIT
// The end-user list answer (contract 1.2 / 6 / 9.2) in every shape.
#include "FuzzCheck.h"

#include "api/EndUserDecoder.h"
#include "api/EndUserQuery.h"

#include <QSet>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

void checkUsage(const ServiceUsage& usage)
{
    FUZZ_CHECK_HARDENED(isWellFormed(usage.slug));
    for (const auto& time : {usage.firstLoginAt, usage.lastLoginAt, usage.currentPeriodEnd, usage.subscribedAt})
        checkTimestamp(time);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ApiError error;
    const auto page = EndUserDecoder::decodePage(bytes(data, size), error);
    if (!page) {
        FUZZ_CHECK(error.kind == ApiError::Kind::Decoding);
        FUZZ_CHECK(!error.technical.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!error.isError());
    const PageInfo& info = page->pageInfo;
    FUZZ_CHECK(info.page >= 1);
    FUZZ_CHECK(info.limit >= 1 && info.limit <= EndUserQuery::MaxLimit);
    FUZZ_CHECK(!info.total || *info.total >= 0);
    if (const auto pages = info.pageCount())
        FUZZ_CHECK(*pages >= 1);
    // Rows beyond `limit` are dropped (finding 3 of issue 14). (serverRowCount is set by ListEndUsersJob, not here.)
    FUZZ_CHECK_HARDENED(page->users.size() <= info.limit);
    // The first row shown and the last stay far from overflowing (finding 2).
    FUZZ_CHECK((info.page - 1) <= (std::numeric_limits<qint64>::max() - info.limit) / info.limit);

    for (const EndUserSummary& user : page->users) {
        FUZZ_CHECK_HARDENED(!user.id.isEmpty());
        FUZZ_CHECK_HARDENED(isWellFormed(user.id));
        checkTimestamp(user.createdAt);
        checkTimestamp(user.lastLoginAt);
        for (const ServiceUsage& usage : user.subscriptions)
            checkUsage(usage);
        for (const LinkedIdentity& identity : user.identities)
            checkTimestamp(identity.linkedAt);
        // services: derived from the subscriptions ([REF], [2026]) they are distinct; a [SEED] server's own list is
        // taken as sent, so a duplicate there shows twice until the decoder de-duplicates it (found by fuzzing).
        const bool distinct =
            QSet<QString>(user.services.cbegin(), user.services.cend()).size() == user.services.size();
        if (user.shape == ResponseShape::Seed)
            FUZZ_CHECK_HARDENED(distinct);
        else
            FUZZ_CHECK(distinct);
    }
    return 0;
}
