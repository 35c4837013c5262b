// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// Who asks for a device code (contracts 4.1 and 9.5): the platform's own admin client by default; on a 2026
/// server, organization staff use a device flow of one of their organization's services instead.
struct DeviceClient
{
    QString clientId = QStringLiteral("platform-admin-cli");
    QString organization = QStringLiteral("platform");
    QString service = QStringLiteral("admin-cli");

    /// The platform device flow, which the 2026 server keeps for platform owners.
    bool isPlatformClient() const
    {
        return organization == QLatin1String("platform") && service == QLatin1String("admin-cli");
    }
    friend bool operator==(const DeviceClient&, const DeviceClient&) = default;
};

} // namespace UserAdmin
