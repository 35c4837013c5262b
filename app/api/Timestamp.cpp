// SPDX-License-Identifier: MIT
#include "api/Timestamp.h"

namespace UserAdmin {

namespace {

bool readDigits(QStringView text, qsizetype pos, qsizetype count, int& out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    out = value;
    return true;
}

bool expect(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text.at(pos) == QChar(c);
}

} // namespace

std::optional<QDateTime> Timestamp::parse(QStringView text, Zone zone)
{
    // YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, 0, 4, year) || !expect(text, 4, u'-') || !readDigits(text, 5, 2, month)
        || !expect(text, 7, u'-') || !readDigits(text, 8, 2, day))
        return std::nullopt;
    if (text.size() <= 10)
        return std::nullopt;
    const QChar separator = text.at(10);
    if (separator != u'T' && separator != u't' && separator != u' ')
        return std::nullopt;
    if (!readDigits(text, 11, 2, hour) || !expect(text, 13, u':') || !readDigits(text, 14, 2, minute)
        || !expect(text, 16, u':') || !readDigits(text, 17, 2, second))
        return std::nullopt;
    qsizetype pos = 19;
    int milliseconds = 0;
    if (expect(text, pos, u'.')) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            if (digits < 3)
                milliseconds = milliseconds * 10 + (text.at(pos).unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            milliseconds *= 10;
    }
    int offsetSeconds = 0;
    if (pos >= text.size()) {
        if (zone != Zone::NaiveIsUtc)
            return std::nullopt;
    } else if (const QChar sign = text.at(pos); sign == u'Z' || sign == u'z') {
        ++pos;
    } else if (sign == u'+' || sign == u'-') {
        int offsetHours = 0, offsetMinutes = 0;
        if (!readDigits(text, pos + 1, 2, offsetHours) || !expect(text, pos + 3, u':')
            || !readDigits(text, pos + 4, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // An offset may push the instant out of the four-digit years (0001-01-01T00:00+01:00 is in year 0, which
    // Qt calls -1; 9999-12-31T23:59-01:00 is in 10000): refused rather than shown as a strange date.
    const QDateTime result = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    const int resultYear = result.date().year();
    if (!result.isValid() || resultYear < 1 || resultYear > 9999)
        return std::nullopt;
    return result;
}

QString Timestamp::toIsoString(const QDateTime& utc)
{
    const QDateTime value = utc.toUTC();
    return value.toString(value.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace UserAdmin
