// SPDX-License-Identifier: MIT
#include "settings/ConnectionSettings.h"

#include <QSettings>

namespace UserAdmin {

QUrl ConnectionSettings::lastServerUrl()
{
    return QSettings().value(QStringLiteral("connection/serverUrl")).toUrl();
}

void ConnectionSettings::setLastServerUrl(const QUrl& url)
{
    QSettings().setValue(QStringLiteral("connection/serverUrl"), url);
}

QString ConnectionSettings::memberKey(const QString& origin)
{
    // Origins contain ':' and '/', which QSettings treats as separators.
    return QStringLiteral("connection/members/") + QString::fromLatin1(QUrl::toPercentEncoding(origin.toLower()));
}

QString ConnectionSettings::lastMember(const QString& origin)
{
    return QSettings().value(memberKey(origin)).toString();
}

void ConnectionSettings::setLastMember(const QString& origin, const QString& email)
{
    QSettings().setValue(memberKey(origin), email);
}

void ConnectionSettings::forgetMember(const QString& origin)
{
    QSettings().remove(memberKey(origin));
}

} // namespace UserAdmin
