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
    QHash<qint64, QString> ages; ///< relative() by ageKey()
    QHash<std::pair<qint64, qint64>, QString> withAges; ///< localWithRelative() by UTC minute and ageKey()

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
        ages.clear();
        withAges.clear();
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

/// How old a time is, in the unit relative() names it in; one key per distinct phrase.
struct Age
{
    enum Unit { Moment, Minutes, Hours, Days, Months, Years };
    bool future = false;
    Unit unit = Moment;
    qint64 count = 0;

    qint64 key() const { return (count * 8 + unit) * 2 + (future ? 1 : 0); }
};

Age ageOf(const QDateTime& utc, const QDateTime& now)
{
    const qint64 seconds = utc.secsTo(now);
    Age age;
    age.future = seconds < 0;
    const qint64 magnitude = age.future ? -seconds : seconds;
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (magnitude < minute)
        age.unit = Age::Moment;
    else if (magnitude < hour)
        age = {age.future, Age::Minutes, magnitude / minute};
    else if (magnitude < day)
        age = {age.future, Age::Hours, magnitude / hour};
    else if (magnitude < 60 * day)
        age = {age.future, Age::Days, magnitude / day};
    else if (magnitude < 730 * day)
        age = {age.future, Age::Months, magnitude / (30 * day)};
    else
        age = {age.future, Age::Years, magnitude / (365 * day)};
    return age;
}

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
    // A page shows few distinct ages ("3 days ago" again and again): each phrase is translated once per locale.
    LocaleCache& c = cache();
    const Age age = ageOf(utc, now);
    if (const auto it = c.ages.constFind(age.key()); it != c.ages.constEnd())
        return *it;
    if (c.ages.size() >= MaxCachedMinutes)
        c.ages.clear();
    const QString text = phrase(age.future, age.unit, age.count);
    c.ages.insert(age.key(), text);
    return text;
}

QString DisplayText::phrase(bool future, int unit, qint64 count)
{
    const auto say = [future, count](const char* past, const char* ahead) {
        return future ? tr(ahead, nullptr, int(count)) : tr(past, nullptr, int(count));
    };
    switch (unit) {
    case Age::Moment:
        return future ? tr("in a moment") : tr("just now");
    case Age::Minutes:
        return say(QT_TR_N_NOOP("%n minute(s) ago"), QT_TR_N_NOOP("in %n minute(s)"));
    case Age::Hours:
        return say(QT_TR_N_NOOP("%n hour(s) ago"), QT_TR_N_NOOP("in %n hour(s)"));
    case Age::Days:
        return say(QT_TR_N_NOOP("%n day(s) ago"), QT_TR_N_NOOP("in %n day(s)"));
    case Age::Months:
        return say(QT_TR_N_NOOP("%n month(s) ago"), QT_TR_N_NOOP("in %n month(s)"));
    default:
        break;
    }
    return say(QT_TR_N_NOOP("%n year(s) ago"), QT_TR_N_NOOP("in %n year(s)"));
}

QString DisplayText::localWithRelative(const QDateTime& utc, const QDateTime& now)
{
    LocaleCache& c = cache();
    const std::pair<qint64, qint64> key {utc.toSecsSinceEpoch() / 60, ageOf(utc, now).key()};
    if (const auto it = c.withAges.constFind(key); it != c.withAges.constEnd())
        return *it;
    if (c.withAges.size() >= MaxCachedMinutes)
        c.withAges.clear();
    //: %1 is a local date and time, %2 a relative age such as "3 hours ago"
    const QString text = tr("%1 (%2)").arg(localDateTime(utc), relative(utc, now));
    c.withAges.insert(key, text);
    return text;
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
