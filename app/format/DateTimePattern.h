// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace UserAdmin {

/// A QLocale date/time format string compiled once into fields and literals, so formatting a value neither parses
/// the format again nor looks up the locale's names: QLocale::toString(QDateTime, QString) does both on every call.
/// Years are always written with four digits. `Minutes` drops seconds and milliseconds with their separator.
class DateTimePattern
{
public:
    enum Precision { Seconds, Minutes };

    DateTimePattern() = default;
    DateTimePattern(const QLocale& locale, const QString& format, Precision precision);

    /// `local` formatted as the locale would, in its own digits and names.
    QString format(const QDateTime& local) const;

private:
    enum class Field {
        Literal,
        Year,
        Month,
        MonthShort,
        MonthLong,
        Day,
        DayShort,
        DayLong,
        Hour,
        Hour12,
        Minute,
        Second,
        Millisecond,
        AmPmUpper,
        AmPmLower,
        TimeZone
    };
    struct Token
    {
        Field field = Field::Literal;
        int width = 1; ///< zero-padded width of a number
        QString text; ///< Literal
    };

    void appendNumber(QString& out, int value, int width) const;

    QList<Token> m_tokens;
    QString m_monthShort[12];
    QString m_monthLong[12];
    QString m_dayShort[7];
    QString m_dayLong[7];
    QString m_am;
    QString m_pm;
    QLocale m_locale {QLocale::C};
    bool m_asciiDigits = true;
};

} // namespace UserAdmin
