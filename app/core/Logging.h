// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace UserAdmin {

/// Helpers that keep secrets out of log lines.
class Logging
{
public:
    /// A short, non-reversible stand-in for a token ("<token …abcd>" style is avoided: nothing of it is shown).
    static QString redactedToken(QStringView token);
};

} // namespace UserAdmin
