// SPDX-License-Identifier: MIT
#pragma once

#include "FuzzCheck.h"
#include "api/ApiError.h"

#include <optional>

namespace UserAdminFuzz {

/// A decoder's answer is one of two: a value and no error, or no value and a decoding error that says what was wrong.
/// True when it failed (so the target has no value to check further).
template<typename T>
bool failedCleanly(const std::optional<T>& result, const UserAdmin::ApiError& error)
{
    if (result) {
        FUZZ_CHECK(!error.isError());
        return false;
    }
    FUZZ_CHECK(error.kind == UserAdmin::ApiError::Kind::Decoding);
    FUZZ_CHECK(!error.technical.isEmpty());
    return true;
}

} // namespace UserAdminFuzz
