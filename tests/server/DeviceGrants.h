// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace UserAdmin::DevServer {

/// The server side of the device authorization grant (contract 4.1): codes issued, approved and redeemed,
/// kept in memory. The client's counterpart is app/auth/DeviceFlow, which polls them.
class DeviceGrants
{
public:
    struct Code
    {
        QString deviceCode;
        QString userCode;
        QString clientId;
        qint64 expiresAtMs = 0;
        QString approvedBy; // member email once approved
        QString orgSlug; // "platform" for the platform flow
        QString serviceSlug; // "admin-cli" for the platform flow
        bool redeemed = false;
        bool isPlatform() const { return orgSlug == QLatin1String("platform"); }
    };

    DeviceGrants(int expiresInSeconds, int intervalSeconds);
    Code issue(const QString& clientId,
               qint64 nowMs,
               const QString& orgSlug = QStringLiteral("platform"),
               const QString& serviceSlug = QStringLiteral("admin-cli"));
    /// Marks an approved code as exchanged for a token.
    void redeem(const QString& deviceCode);
    /// nullptr when unknown.
    const Code* findByDeviceCode(const QString& deviceCode) const;
    const Code* findByUserCode(const QString& userCode) const;
    /// Approves a pending, unexpired code; false when unknown or expired.
    bool approve(const QString& userCode, const QString& email, qint64 nowMs);

    int expiresInSeconds() const { return m_expiresIn; }
    int intervalSeconds() const { return m_interval; }

private:
    int m_expiresIn;
    int m_interval;
    QHash<QString, Code> m_byDeviceCode;
    QHash<QString, QString> m_deviceCodeByUserCode;
};

} // namespace UserAdmin::DevServer
