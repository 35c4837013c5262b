// SPDX-License-Identifier: MIT
#include "DeviceGrants.h"

#include <QRandomGenerator>
#include <QUuid>

namespace UserAdmin::DevServer {

DeviceGrants::DeviceGrants(int expiresInSeconds, int intervalSeconds)
    : m_expiresIn(expiresInSeconds)
    , m_interval(intervalSeconds)
{ }

DeviceGrants::Code
DeviceGrants::issue(const QString& clientId, qint64 nowMs, const QString& orgSlug, const QString& serviceSlug)
{
    // Upper-case letters and digits without look-alikes (no 0, O, 1, I, L), the 2026 server's alphabet.
    static const QLatin1String alphabet("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    QString userCode;
    do {
        userCode.clear();
        for (int i = 0; i < 8; ++i) {
            if (i == 4)
                userCode += QLatin1Char('-');
            userCode += QLatin1Char(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
        }
    } while (m_deviceCodeByUserCode.contains(userCode));
    Code code;
    code.deviceCode = QUuid::createUuid().toString(QUuid::WithoutBraces);
    code.userCode = userCode;
    code.clientId = clientId;
    code.expiresAtMs = nowMs + qint64(m_expiresIn) * 1000;
    code.orgSlug = orgSlug;
    code.serviceSlug = serviceSlug;
    m_byDeviceCode.insert(code.deviceCode, code);
    m_deviceCodeByUserCode.insert(code.userCode, code.deviceCode);
    return code;
}

const DeviceGrants::Code* DeviceGrants::findByDeviceCode(const QString& deviceCode) const
{
    const auto it = m_byDeviceCode.constFind(deviceCode);
    return it == m_byDeviceCode.constEnd() ? nullptr : &it.value();
}

const DeviceGrants::Code* DeviceGrants::findByUserCode(const QString& userCode) const
{
    const auto it = m_deviceCodeByUserCode.constFind(userCode);
    return it == m_deviceCodeByUserCode.constEnd() ? nullptr : findByDeviceCode(it.value());
}

void DeviceGrants::redeem(const QString& deviceCode)
{
    const auto it = m_byDeviceCode.find(deviceCode);
    if (it != m_byDeviceCode.end())
        it->redeemed = true;
}

bool DeviceGrants::approve(const QString& userCode, const QString& email, qint64 nowMs)
{
    const auto it = m_deviceCodeByUserCode.constFind(userCode);
    if (it == m_deviceCodeByUserCode.constEnd())
        return false;
    Code& code = m_byDeviceCode[it.value()];
    if (nowMs >= code.expiresAtMs)
        return false;
    code.approvedBy = email;
    return true;
}

} // namespace UserAdmin::DevServer
