// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// The codes of a device authorization request (contract 4.1, step 1).
struct DeviceAuthorization
{
    QString deviceCode; ///< secret: never displayed or logged
    QString userCode; ///< shown to the person, in upper case
    QUrl verificationUri;
    QUrl verificationUriComplete; ///< empty unless the server sends one
    int expiresInSeconds = 900;
    int intervalSeconds = 5;
};

} // namespace UserAdmin
