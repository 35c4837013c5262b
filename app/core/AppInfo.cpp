// SPDX-License-Identifier: MIT
#include "core/AppInfo.h"

#include "GitRevision.h"
#include "Version.h"

#include <QtGlobal>

namespace UserAdmin {

QString AppInfo::applicationName()
{
    return QStringLiteral("sso-user-admin");
}

QString AppInfo::organizationName()
{
    return QStringLiteral("sso-user-admin");
}

QString AppInfo::version()
{
    return QStringLiteral(USERADMIN_VERSION);
}

QString AppInfo::gitRevision()
{
    return QStringLiteral(USERADMIN_GIT_REVISION);
}

QString AppInfo::versionText()
{
    return QStringLiteral("SSO User Admin %1\nQt %2 (built with %3)\nRevision %4\n")
        .arg(version(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), gitRevision());
}

} // namespace UserAdmin
