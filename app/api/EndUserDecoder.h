// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserDetail.h"
#include "api/EndUserPage.h"
#include "api/RevokeResult.h"

#include <QByteArray>

#include <optional>

namespace UserAdmin {

/// Decodes the three end-user answers in either shape (contract sections 1 and 6), deciding the shape per response.
/// On failure returns nullopt and sets `error` to a Decoding error naming the field; nothing is half-filled.
class EndUserDecoder
{
public:
    static std::optional<EndUserPage> decodePage(const QByteArray& body, ApiError& error);
    static std::optional<EndUserDetail> decodeDetail(const QByteArray& body, ApiError& error);
    static std::optional<RevokeResult> decodeRevoke(const QByteArray& body, ApiError& error);
};

} // namespace UserAdmin
