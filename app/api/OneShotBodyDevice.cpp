// SPDX-License-Identifier: MIT
#include "api/OneShotBodyDevice.h"

#include <cstring>

namespace UserAdmin {

OneShotBodyDevice::OneShotBodyDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBodyDevice::bytesAvailable() const
{
    return (m_data.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBodyDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::max<qint64>(0, std::min<qint64>(maxSize, m_data.size() - m_position));
    if (count == 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

} // namespace UserAdmin
