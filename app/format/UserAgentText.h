// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace UserAdmin {

/// A short, readable form of a User-Agent header for a table cell: "Firefox on Linux", "Chrome on Android",
/// "curl". The full string belongs in the tooltip; this never claims more than the header says.
class UserAgentText
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::UserAgentText)
public:
    static QString shortForm(const QString& userAgent);
};

} // namespace UserAdmin
