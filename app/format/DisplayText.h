// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace UserAdmin {

/// Turns values into the words a person reads: local date and time in their locale, relative age,
/// exact UTC for tooltips, and "Unknown" / "Never" / "Yes" / "No" for facts that may be missing.
///
/// Dates always show four-digit years ("29.11.2026", never "29.11.26"). The default locale's formats are compiled
/// once per locale change (a page of a table formats hundreds of cells, and its repaints ask for the same ones again),
/// and formatted times, ages ("3 days ago") and both together are cached until the locale changes (which
/// Translations::install() changes together with the translators).
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::DisplayText)
public:
    static QString unknown();
    static QString never();
    static QString yesNo(std::optional<bool> value);

    /// Local date and time to the minute in the default locale's short format, e.g. "16/01/2025 15:20".
    static QString localDateTime(const QDateTime& utc);
    /// Local date in the default locale's short format with a four-digit year, e.g. "16.01.2025".
    static QString localDate(const QDateTime& utc);
    /// "3 hours ago", "in 2 days", "just now"; relative to now.
    static QString relative(const QDateTime& utc, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Local time followed by the relative hint: "16/01/2025 15:20 (3 hours ago)".
    static QString localWithRelative(const QDateTime& utc, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The exact instant for tooltips: "2025-01-16 14:20:00 UTC".
    static QString exactUtc(const QDateTime& utc);

    /// A timestamp that may be missing. `missingMeansNever` for last-login fields of a server that reports null
    /// for "never signed in"; otherwise a missing value is unknown.
    static QString timestamp(const std::optional<QDateTime>& value, bool missingMeansNever);
    static QString timestampTooltip(const std::optional<QDateTime>& value);

    /// Longest server text shown in a cell (an email, a name, a list of services); longer text is cut.
    static constexpr qsizetype MaxShownLength = 1000;
    /// `text` when it has at most `maximum` characters, else its first ones and "…" (never half a surrogate pair).
    static QString capped(const QString& text, qsizetype maximum = MaxShownLength);

private:
    /// relative()'s words for an age of `count` units (DisplayText.cpp's Age), translated.
    static QString phrase(bool future, int unit, qint64 count);
};

} // namespace UserAdmin
