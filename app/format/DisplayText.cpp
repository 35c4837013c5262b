// SPDX-License-Identifier: MIT
#include "format/DisplayText.h"

#include "format/DateTimePattern.h"

#include <QHash>
#include <QLocale>

namespace UserAdmin {

namespace {

/// The default locale's compiled formats and the times formatted with them, rebuilt when the default locale changes.
struct LocaleCache
{
    QLocale locale {QLocale::C};
    bool ready = false;
    DateTimePattern dateTime;
    DateTimePattern date;
    QHash<qint64, QString> minutes; ///< localDateTime() by UTC minute

    void refresh()
    {
        const QLocale current;
        if (ready && current == locale)
            return;
        locale = current;
        ready = true;
        dateTime = DateTimePattern(locale, locale.dateTimeFormat(QLocale::ShortFormat), DateTimePattern::Minutes);
        date = DateTimePattern(locale, locale.dateFormat(QLocale::ShortFormat), DateTimePattern::Minutes);
        minutes.clear();
    }
};

LocaleCache& cache()
{
    thread_local LocaleCache instance;
    instance.refresh();
    return instance;
}

// A table page shows at most a few hundred distinct times; beyond that the cache starts again rather than grow.
constexpr qsizetype MaxCachedMinutes = 4096;

void appendPadded(QString& out, int value, int width)
{
    if (value < 0) {
        out += u'-';
        value = -value;
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

} // namespace

QString DisplayText::unknown()
{
    //: A fact the server did not report
    return tr("Unknown");
}

QString DisplayText::never()
{
    //: Last login of someone who never signed in
    return tr("Never");
}

QString DisplayText::yesNo(std::optional<bool> value)
{
    if (!value)
        return unknown();
    return *value ? tr("Yes") : tr("No");
}

QString DisplayText::localDateTime(const QDateTime& utc)
{
    // Minutes are enough in tables and panes; the exact instant is in the tooltip.
    LocaleCache& c = cache();
    const qint64 minute = utc.toSecsSinceEpoch() / 60;
    if (const auto it = c.minutes.constFind(minute); it != c.minutes.constEnd())
        return *it;
    if (c.minutes.size() >= MaxCachedMinutes)
        c.minutes.clear();
    const QString text = c.dateTime.format(utc.toLocalTime());
    c.minutes.insert(minute, text);
    return text;
}

QString DisplayText::localDate(const QDateTime& utc)
{
    return cache().date.format(utc.toLocalTime());
}

QString DisplayText::relative(const QDateTime& utc, const QDateTime& now)
{
    const qint64 seconds = utc.secsTo(now);
    const bool future = seconds < 0;
    const qint64 magnitude = future ? -seconds : seconds;
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (magnitude < minute)
        return future ? tr("in a moment") : tr("just now");
    auto phrase = [future](qint64 count, const char* past, const char* ahead) {
        return future ? tr(ahead, nullptr, int(count)) : tr(past, nullptr, int(count));
    };
    if (magnitude < hour)
        return phrase(magnitude / minute, QT_TR_N_NOOP("%n minute(s) ago"), QT_TR_N_NOOP("in %n minute(s)"));
    if (magnitude < day)
        return phrase(magnitude / hour, QT_TR_N_NOOP("%n hour(s) ago"), QT_TR_N_NOOP("in %n hour(s)"));
    if (magnitude < 60 * day)
        return phrase(magnitude / day, QT_TR_N_NOOP("%n day(s) ago"), QT_TR_N_NOOP("in %n day(s)"));
    if (magnitude < 730 * day)
        return phrase(magnitude / (30 * day), QT_TR_N_NOOP("%n month(s) ago"), QT_TR_N_NOOP("in %n month(s)"));
    return phrase(magnitude / (365 * day), QT_TR_N_NOOP("%n year(s) ago"), QT_TR_N_NOOP("in %n year(s)"));
}

QString DisplayText::localWithRelative(const QDateTime& utc, const QDateTime& now)
{
    //: %1 is a local date and time, %2 a relative age such as "3 hours ago"
    return tr("%1 (%2)").arg(localDateTime(utc), relative(utc, now));
}

QString DisplayText::exactUtc(const QDateTime& utc)
{
    // A fixed, locale-independent form: built directly rather than by parsing a format string per call.
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    QString out;
    out.reserve(23);
    appendPadded(out, d.year(), 4);
    out += u'-';
    appendPadded(out, d.month(), 2);
    out += u'-';
    appendPadded(out, d.day(), 2);
    out += u' ';
    appendPadded(out, time.hour(), 2);
    out += u':';
    appendPadded(out, time.minute(), 2);
    out += u':';
    appendPadded(out, time.second(), 2);
    out += QStringLiteral(" UTC");
    return out;
}

QString DisplayText::timestamp(const std::optional<QDateTime>& value, bool missingMeansNever)
{
    if (value && value->isValid())
        return localWithRelative(*value);
    return missingMeansNever ? never() : unknown();
}

QString DisplayText::timestampTooltip(const std::optional<QDateTime>& value)
{
    return value && value->isValid() ? exactUtc(*value) : QString();
}

QString DisplayText::capped(const QString& text, qsizetype maximum)
{
    if (text.size() <= maximum)
        return text;
    qsizetype cut = std::max<qsizetype>(0, maximum);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace UserAdmin
