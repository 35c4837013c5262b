// SPDX-License-Identifier: MIT
#include "settings/Settings.h"

#include <QSettings>

#include <algorithm>

namespace UserAdmin {

namespace {
const QString ServerUrlKey = QStringLiteral("connection/serverUrl");
const QString MembersGroup = QStringLiteral("connection/members/");
const QString ServersGroup = QStringLiteral("Servers/");
const QString WindowGroup = QStringLiteral("MainWindow/");
} // namespace

QString Settings::originKey(const QString& origin)
{
    // Origins contain ':' and '/', which QSettings treats as separators.
    return QString::fromLatin1(QUrl::toPercentEncoding(origin.isEmpty() ? QStringLiteral("none") : origin.toLower()));
}

QUrl Settings::lastServerUrl()
{
    return QSettings().value(ServerUrlKey).toUrl();
}

void Settings::setLastServerUrl(const QUrl& url)
{
    QSettings().setValue(ServerUrlKey, url);
}

QString Settings::lastMember(const QString& origin)
{
    return QSettings().value(MembersGroup + originKey(origin)).toString();
}

void Settings::setLastMember(const QString& origin, const QString& email)
{
    QSettings().setValue(MembersGroup + originKey(origin), email);
}

void Settings::forgetMember(const QString& origin)
{
    QSettings().remove(MembersGroup + originKey(origin));
}

QString Settings::lastOrganization(const QString& origin)
{
    return QSettings().value(ServersGroup + originKey(origin) + QStringLiteral("/lastOrganization")).toString();
}

void Settings::setLastOrganization(const QString& origin, const QString& slug)
{
    QSettings().setValue(ServersGroup + originKey(origin) + QStringLiteral("/lastOrganization"), slug);
}

QString Settings::signInMethod(const QString& origin)
{
    return QSettings().value(ServersGroup + originKey(origin) + QStringLiteral("/signInMethod")).toString();
}

void Settings::setSignInMethod(const QString& origin, const QString& method)
{
    QSettings().setValue(ServersGroup + originKey(origin) + QStringLiteral("/signInMethod"), method);
}

DeviceClient Settings::deviceClient(const QString& origin)
{
    const QSettings settings;
    const QString group = ServersGroup + originKey(origin) + QStringLiteral("/deviceClient/");
    const DeviceClient platform;
    DeviceClient client;
    client.clientId = settings.value(group + QStringLiteral("clientId"), platform.clientId).toString();
    client.organization = settings.value(group + QStringLiteral("organization"), platform.organization).toString();
    client.service = settings.value(group + QStringLiteral("service"), platform.service).toString();
    // A half-empty entry (edited by hand) would only produce a refused request: fall back to the platform client.
    if (client.clientId.isEmpty() || client.organization.isEmpty() || client.service.isEmpty())
        return platform;
    return client;
}

void Settings::setDeviceClient(const QString& origin, const DeviceClient& client)
{
    QSettings settings;
    const QString group = ServersGroup + originKey(origin) + QStringLiteral("/deviceClient/");
    settings.setValue(group + QStringLiteral("clientId"), client.clientId);
    settings.setValue(group + QStringLiteral("organization"), client.organization);
    settings.setValue(group + QStringLiteral("service"), client.service);
}

Settings::WindowLayout Settings::windowLayout()
{
    const QSettings settings;
    WindowLayout layout;
    layout.geometry = settings.value(WindowGroup + QStringLiteral("geometry")).toByteArray();
    layout.state = settings.value(WindowGroup + QStringLiteral("state")).toByteArray();
    layout.splitter = settings.value(WindowGroup + QStringLiteral("splitter")).toByteArray();
    layout.tableHeader = settings.value(WindowGroup + QStringLiteral("tableHeader")).toByteArray();
    return layout;
}

void Settings::setWindowLayout(const WindowLayout& layout)
{
    QSettings settings;
    settings.setValue(WindowGroup + QStringLiteral("geometry"), layout.geometry);
    settings.setValue(WindowGroup + QStringLiteral("state"), layout.state);
    settings.setValue(WindowGroup + QStringLiteral("splitter"), layout.splitter);
    settings.setValue(WindowGroup + QStringLiteral("tableHeader"), layout.tableHeader);
}

int Settings::pageSize()
{
    const int size = QSettings().value(WindowGroup + QStringLiteral("pageSize"), 50).toInt();
    return size == 25 || size == 100 ? size : 50;
}

void Settings::setPageSize(int size)
{
    QSettings().setValue(WindowGroup + QStringLiteral("pageSize"), size);
}

int Settings::bulkMaxInFlight()
{
    return std::clamp(QSettings().value(QStringLiteral("Revocation/maxInFlight"), 2).toInt(), 1, 4);
}

void Settings::setBulkMaxInFlight(int count)
{
    QSettings().setValue(QStringLiteral("Revocation/maxInFlight"), count);
}

bool Settings::reasonRequired()
{
    return QSettings().value(QStringLiteral("Revocation/reasonRequired"), true).toBool();
}

void Settings::setReasonRequired(bool required)
{
    QSettings().setValue(QStringLiteral("Revocation/reasonRequired"), required);
}

} // namespace UserAdmin
