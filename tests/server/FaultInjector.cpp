// SPDX-License-Identifier: MIT
#include "FaultInjector.h"

namespace UserAdmin::DevServer {

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (!fault.matches(method, path))
            continue;
        Fault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace UserAdmin::DevServer
