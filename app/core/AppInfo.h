// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// Identity of this build: names, version, Qt version and git revision.
class AppInfo
{
public:
    static QString applicationName();
    static QString organizationName();
    static QString version();
    static QString gitRevision();
    /// Multi-line text printed by --version.
    static QString versionText();
};

} // namespace UserAdmin
