// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace UserAdmin {

/// What the program remembers about where it connects (in QSettings, never a token): the last server URL and,
/// per server origin, the member who signed in last (to find their keychain entry).
class ConnectionSettings
{
public:
    static QUrl lastServerUrl();
    static void setLastServerUrl(const QUrl& url);
    static QString lastMember(const QString& origin);
    static void setLastMember(const QString& origin, const QString& email);
    static void forgetMember(const QString& origin);

private:
    static QString memberKey(const QString& origin);
};

} // namespace UserAdmin
