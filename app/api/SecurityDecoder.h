// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/RiskEvent.h"
#include "api/ServerAuditEntry.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace UserAdmin {

/// Decodes the 2026 server's security answers (contract 9.6): the bare array of risk events and the audit log page.
/// Pure functions over the body; out-of-range values (a score outside 0..100, a page below 1, a negative total, more
/// entries than the limit) are decoding errors naming the field; nothing is half-filled.
class SecurityDecoder
{
public:
    static std::optional<QList<RiskEvent>> decodeRiskEvents(const QByteArray& body, ApiError& error);
    static std::optional<ServerAuditPage> decodeAuditLog(const QByteArray& body, ApiError& error);
};

} // namespace UserAdmin
