// SPDX-License-Identifier: MIT
// Organizations (contract 5.1/5.2), members (5.3) and services (5.4): the first byte picks the decoder.
#include "FuzzDecoding.h"

#include "api/OrganizationDecoder.h"

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

void checkCount(const std::optional<qint64>& count)
{
    FUZZ_CHECK(!count || *count >= 0);
}

void checkOrganization(const Organization& organization)
{
    FUZZ_CHECK(!organization.id.isEmpty());
    FUZZ_CHECK(!organization.slug.isEmpty());
    FUZZ_CHECK(isWellFormed(organization.slug));
    FUZZ_CHECK(!organization.displayName().isEmpty() || organization.slug.isEmpty());
    FUZZ_CHECK(organization.status == Organization::statusFromString(organization.statusText));
    checkCount(organization.maxServices);
    checkCount(organization.maxUsers);
    checkCount(organization.membershipCount);
    checkCount(organization.serviceCount);
    checkTimestamp(organization.createdAt);
    checkTimestamp(organization.updatedAt);
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
        const auto list = OrganizationDecoder::decodeOrganizationList(body, error);
        if (!failedCleanly(list, error))
            for (const Organization& organization : *list)
                checkOrganization(organization);
        break;
    }
    case 1: {
        const auto organization = OrganizationDecoder::decodeOrganization(body, error);
        if (!failedCleanly(organization, error))
            checkOrganization(*organization);
        break;
    }
    case 2: {
        const auto members = OrganizationDecoder::decodeMembers(body, error);
        if (!failedCleanly(members, error))
            for (const OrganizationMember& member : *members)
                FUZZ_CHECK(!member.userId.isEmpty());
        break;
    }
    default: {
        const auto services = OrganizationDecoder::decodeServices(body, error);
        if (failedCleanly(services, error))
            break;
        for (qsizetype i = 0; i < services->size(); ++i) {
            const Service& service = services->at(i);
            FUZZ_CHECK(!service.slug.isEmpty());
            FUZZ_CHECK(isWellFormed(service.slug));
            checkCount(service.subscriptionCount);
            checkTimestamp(service.createdAt);
            // Sorted by name (case-insensitive), then slug.
            if (i > 0) {
                const Service& previous = services->at(i - 1);
                const int byName = previous.name.compare(service.name, Qt::CaseInsensitive);
                FUZZ_CHECK(byName < 0 || (byName == 0 && previous.slug <= service.slug));
            }
        }
        break;
    }
    }
    return 0;
}
