// SPDX-License-Identifier: MIT
#include "format/DisplayText.h"

#include <QLocale>
#include <QRegularExpression>

namespace UserAdmin {

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
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return locale.toString(utc.toLocalTime(), format);
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
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
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

} // namespace UserAdmin
