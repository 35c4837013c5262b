// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// Start-up choices from the command line.
struct StartOptions
{
    QUrl server; ///< empty: the last server used
    QString organization; ///< slug to open first; empty: the last one used on that server
    bool allowInsecureHttp = false;
    QString caFile;
};

} // namespace UserAdmin
