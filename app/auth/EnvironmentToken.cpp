// SPDX-License-Identifier: MIT
#include "auth/EnvironmentToken.h"

#include <QtGlobal>

namespace UserAdmin {

std::optional<QString> EnvironmentToken::read()
{
    const QString value = qEnvironmentVariable("SSO_USER_ADMIN_TOKEN").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace UserAdmin
