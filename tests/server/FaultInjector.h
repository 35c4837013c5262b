// SPDX-License-Identifier: MIT
#pragma once

#include "Fault.h"

#include <QList>
#include <optional>

namespace UserAdmin::DevServer {

/// The active faults, consulted once per request (the first matching fault applies).
class FaultInjector
{
public:
    int add(Fault fault);
    void clear();
    /// The first fault matching the request, with its remaining count decremented.
    std::optional<Fault> take(const QByteArray& method, const QString& path);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace UserAdmin::DevServer
