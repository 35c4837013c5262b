// SPDX-License-Identifier: MIT
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "useradmin.api")
Q_LOGGING_CATEGORY(lcAuth, "useradmin.auth")

namespace UserAdmin {

QString Logging::redactedToken(QStringView token)
{
    if (token.isEmpty())
        return QStringLiteral("<none>");
    return QStringLiteral("<redacted %1 chars>").arg(token.size());
}

} // namespace UserAdmin
