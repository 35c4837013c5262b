// SPDX-License-Identifier: MIT
#include "format/DateTimePattern.h"

#include <algorithm>

namespace UserAdmin {

DateTimePattern::DateTimePattern(const QLocale& locale, const QString& format, Precision precision)
    : m_locale(locale)
    , m_asciiDigits(locale.zeroDigit() == QLatin1String("0"))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator); // a year is "2027", not "2,027"
    for (int i = 0; i < 12; ++i) {
        m_monthShort[i] = locale.monthName(i + 1, QLocale::ShortFormat);
        m_monthLong[i] = locale.monthName(i + 1, QLocale::LongFormat);
    }
    for (int i = 0; i < 7; ++i) {
        m_dayShort[i] = locale.dayName(i + 1, QLocale::ShortFormat);
        m_dayLong[i] = locale.dayName(i + 1, QLocale::LongFormat);
    }
    m_am = locale.amText();
    m_pm = locale.pmText();

    // The syntax of QDateTime::toString(): runs of d, M, y, h, H, m, s, z, t, a/A/ap/AP; text in '…' with '' a quote.
    auto literal = [this](const QString& text) {
        if (!m_tokens.isEmpty() && m_tokens.last().field == Field::Literal)
            m_tokens.last().text += text;
        else
            m_tokens.append({Field::Literal, 1, text});
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == u'\'') {
            if (run >= 2) { // '' is a quote
                literal(QString(run / 2, u'\''));
                i += run / 2 * 2;
                continue;
            }
            QString text;
            qsizetype j = i + 1;
            for (; j < format.size(); ++j) {
                if (format.at(j) != u'\'') {
                    text += format.at(j);
                } else if (j + 1 < format.size() && format.at(j + 1) == u'\'') {
                    text += u'\'';
                    ++j;
                } else {
                    break;
                }
            }
            literal(text);
            i = j + 1;
            continue;
        }
        const int n = int(run);
        switch (c.unicode()) {
        case u'y':
            m_tokens.append({Field::Year, 4, {}});
            break;
        case u'M':
            m_tokens.append({n >= 4 ? Field::MonthLong : n == 3 ? Field::MonthShort : Field::Month, n, {}});
            break;
        case u'd':
            m_tokens.append({n >= 4 ? Field::DayLong : n == 3 ? Field::DayShort : Field::Day, n, {}});
            break;
        case u'h':
            m_tokens.append({Field::Hour12, std::min(n, 2), {}});
            break;
        case u'H':
            m_tokens.append({Field::Hour, std::min(n, 2), {}});
            break;
        case u'm':
            m_tokens.append({Field::Minute, std::min(n, 2), {}});
            break;
        case u's':
        case u'z':
            if (precision == Minutes) {
                // Drop the separator that introduced the field too ("15:20:07" → "15:20", "07.123" → "07").
                if (!m_tokens.isEmpty() && m_tokens.last().field == Field::Literal) {
                    QString& text = m_tokens.last().text;
                    if (text.endsWith(u':') || text.endsWith(u'.'))
                        text.chop(1);
                    if (text.isEmpty())
                        m_tokens.removeLast();
                }
            } else if (c == u's') {
                m_tokens.append({Field::Second, std::min(n, 2), {}});
            } else {
                m_tokens.append({Field::Millisecond, n >= 3 ? 3 : 1, {}});
            }
            break;
        case u'A':
        case u'a': {
            // "AP" and "ap" are one field, like "A" and "a".
            const bool upper = c == u'A';
            m_tokens.append({upper ? Field::AmPmUpper : Field::AmPmLower, 1, {}});
            run = (i + 1 < format.size() && format.at(i + 1) == (upper ? u'P' : u'p')) ? 2 : 1;
            break;
        }
        case u't':
            m_tokens.append({Field::TimeZone, 1, {}});
            break;
        default:
            literal(QString(run, c));
            break;
        }
        i += run;
    }
    // "h" is the 12-hour clock only where the format shows AM/PM.
    const bool twelveHour = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const Token& t) {
        return t.field == Field::AmPmUpper || t.field == Field::AmPmLower;
    });
    if (!twelveHour) {
        for (Token& token : m_tokens) {
            if (token.field == Field::Hour12)
                token.field = Field::Hour;
        }
    }
}

void DateTimePattern::appendNumber(QString& out, int value, int width) const
{
    if (!m_asciiDigits) {
        out += m_locale.toString(value).rightJustified(width, m_locale.zeroDigit().at(0));
        return;
    }
    QChar digits[10];
    int n = 0;
    do {
        digits[n++] = QChar(u'0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 10);
    for (int i = n; i < width; ++i)
        out += u'0';
    while (n > 0)
        out += digits[--n];
}

QString DateTimePattern::format(const QDateTime& local) const
{
    const QDate date = local.date();
    const QTime time = local.time();
    QString out;
    out.reserve(24);
    for (const Token& token : m_tokens) {
        switch (token.field) {
        case Field::Literal:
            out += token.text;
            break;
        case Field::Year:
            appendNumber(out, date.year(), 4);
            break;
        case Field::Month:
            appendNumber(out, date.month(), token.width);
            break;
        case Field::MonthShort:
            out += m_monthShort[date.month() - 1];
            break;
        case Field::MonthLong:
            out += m_monthLong[date.month() - 1];
            break;
        case Field::Day:
            appendNumber(out, date.day(), token.width);
            break;
        case Field::DayShort:
            out += m_dayShort[date.dayOfWeek() - 1];
            break;
        case Field::DayLong:
            out += m_dayLong[date.dayOfWeek() - 1];
            break;
        case Field::Hour:
            appendNumber(out, time.hour(), token.width);
            break;
        case Field::Hour12:
            appendNumber(out, time.hour() % 12 == 0 ? 12 : time.hour() % 12, token.width);
            break;
        case Field::Minute:
            appendNumber(out, time.minute(), token.width);
            break;
        case Field::Second:
            appendNumber(out, time.second(), token.width);
            break;
        case Field::Millisecond:
            appendNumber(out, time.msec(), token.width);
            break;
        case Field::AmPmUpper:
            out += (time.hour() < 12 ? m_am : m_pm).toUpper();
            break;
        case Field::AmPmLower:
            out += (time.hour() < 12 ? m_am : m_pm).toLower();
            break;
        case Field::TimeZone:
            out += local.timeZoneAbbreviation();
            break;
        }
    }
    return out;
}

} // namespace UserAdmin
