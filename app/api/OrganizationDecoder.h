// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Organization.h"
#include "api/OrganizationMember.h"
#include "api/Service.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace UserAdmin {

/// Decodes organizations (5.1/5.2), member lists (5.3) and services (5.4).
class OrganizationDecoder
{
public:
    /// A bare array of organization entries (or, tolerated, `{"organizations": [...]}`).
    static std::optional<QList<Organization>> decodeOrganizationList(const QByteArray& body, ApiError& error);
    static std::optional<Organization> decodeOrganization(const QByteArray& body, ApiError& error);
    static std::optional<QList<OrganizationMember>> decodeMembers(const QByteArray& body, ApiError& error);
    /// Sorted by name (case-insensitive), then slug: the server's order is random.
    static std::optional<QList<Service>> decodeServices(const QByteArray& body, ApiError& error);
};

} // namespace UserAdmin
