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
    /// Accepts `T`/`t`/space as separator, `Z`/`z`/`±hh:mm`, 0 to 9 fraction digits (truncated to
    /// milliseconds). Returns a UTC QDateTime, or nullopt when the text is not such a timestamp.
    static std::optional<QDateTime> parse(QStringView text);
    /// `2025-01-15T10:30:00.123Z` (milliseconds only when non-zero).
    static QString toIsoString(const QDateTime& utc);
};

} // namespace UserAdmin
