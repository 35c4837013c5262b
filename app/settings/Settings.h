// SPDX-License-Identifier: MIT
#pragma once

#include "api/DeviceClient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace UserAdmin {

/// Every key the program keeps in QSettings, in one place: where it connects (the last server, per server origin
/// the member who signed in last and the organization opened last) and how the window was laid out. Never a token.
class Settings
{
public:
    static QUrl lastServerUrl();
    static void setLastServerUrl(const QUrl& url);
    /// The member who signed in last on that server (to find their keychain entry).
    static QString lastMember(const QString& origin);
    static void setLastMember(const QString& origin, const QString& email);
    static void forgetMember(const QString& origin);
    static QString lastOrganization(const QString& origin);
    static void setLastOrganization(const QString& origin, const QString& slug);
    /// How the member signed in last on that server ("device", "password" or "token"); empty when never.
    static QString signInMethod(const QString& origin);
    static void setSignInMethod(const QString& origin, const QString& method);
    /// Who asks for device codes on that server (contract 9.5); the platform's own client when never set.
    static DeviceClient deviceClient(const QString& origin);
    static void setDeviceClient(const QString& origin, const DeviceClient& client);

    /// The main window's layout, as QMainWindow / QSplitter / QHeaderView save it.
    struct WindowLayout
    {
        QByteArray geometry;
        QByteArray state;
        QByteArray splitter;
        QByteArray tableHeader;
    };
    static WindowLayout windowLayout();
    static void setWindowLayout(const WindowLayout& layout);
    /// End-users per page (25, 50 or 100; default 50).
    static int pageSize();
    static void setPageSize(int size);
    /// Revocations of a bulk action in flight at once (1..4; default 2).
    static int bulkMaxInFlight();
    static void setBulkMaxInFlight(int count);
    /// Whether a revocation needs a reason (free text, e.g. a ticket number); default true.
    static bool reasonRequired();
    static void setReasonRequired(bool required);

private:
    static QString originKey(const QString& origin);
};

} // namespace UserAdmin
