// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin::DevServer {

/// Timestamp formats of the contract (section 7): data fields, error envelopes and the legacy style.
class Timestamps
{
public:
    /// "2025-01-15T10:30:00Z" for Unix seconds.
    static QString fromEpoch(qint64 secondsSinceEpoch);
    /// The current time in the error-envelope style: nine fraction digits and "+00:00".
    static QString envelopeNow();
    /// A stored "…Z" value in the reference server's style: 0, 3, 6 or 9 fraction digits, chosen by salt.
    static QString legacy(const QString& stored, quint64 salt);
    /// The same without a zone: the 2026 server's naive timestamps ("2025-10-19T08:15:02.123456"), meaning UTC.
    static QString naive(const QString& stored, quint64 salt);
    static qint64 nowSeconds();
};

} // namespace UserAdmin::DevServer
