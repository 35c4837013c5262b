// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace UserAdmin {

/// RFC 3339 timestamps as the servers emit them (contract section 7), parsed without Qt's ISO parser.
class Timestamp
{
public:
    /// Whether a timestamp without a zone is accepted.
    enum class Zone {
        Required, ///< RFC 3339: `Z` or an offset
        NaiveIsUtc, ///< the 2026 server's `user.*` fields: no zone, meaning UTC (contract 9.1)
    };

    /// Accepts `T`/`t`/space as separator, `Z`/`z`/`±hh:mm`, 0 to 9 fraction digits (truncated to
    /// milliseconds). Returns a UTC QDateTime, or nullopt when the text is not such a timestamp.
    static std::optional<QDateTime> parse(QStringView text, Zone zone = Zone::Required);
    /// `2025-01-15T10:30:00.123Z` (milliseconds only when non-zero).
    static QString toIsoString(const QDateTime& utc);
};

} // namespace UserAdmin
