// SPDX-License-Identifier: MIT
#include "Timestamps.h"

#include <chrono>
#include <cstdio>

namespace UserAdmin::DevServer {

namespace {

// Howard Hinnant's civil_from_days: fast and exact, used while seeding a million users.
void civilFromDays(qint64 days, int* year, unsigned* month, unsigned* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = int(y + (*month <= 2 ? 1 : 0));
}

QString format(qint64 seconds, const char* fraction, const char* zone)
{
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, &year, &month, &day);
    char buffer[64];
    const int length = std::snprintf(buffer,
                                     sizeof buffer,
                                     "%04d-%02u-%02uT%02d:%02d:%02d%s%s",
                                     year,
                                     month,
                                     day,
                                     int(rest / 3600),
                                     int(rest / 60 % 60),
                                     int(rest % 60),
                                     fraction,
                                     zone);
    return QString::fromLatin1(buffer, length);
}

} // namespace

QString Timestamps::fromEpoch(qint64 secondsSinceEpoch)
{
    return format(secondsSinceEpoch, "", "Z");
}

QString Timestamps::envelopeNow()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, ".%09lld", static_cast<long long>(nanos % 1000000000));
    return format(nanos / 1000000000, fraction, "+00:00");
}

QString Timestamps::legacy(const QString& stored, quint64 salt)
{
    if (stored.isEmpty() || !stored.endsWith(QLatin1Char('Z')))
        return stored;
    static const int digitsByKind[] = {0, 3, 6, 9};
    const int digits = digitsByKind[salt % 4];
    if (digits == 0)
        return stored;
    QString fraction = QString::number(100000000 + (salt / 4) % 900000000).left(digits);
    if (fraction.endsWith(QLatin1Char('0')))
        fraction[digits - 1] = QLatin1Char('7');
    return stored.chopped(1) + QLatin1Char('.') + fraction + QLatin1Char('Z');
}

QString Timestamps::naive(const QString& stored, quint64 salt)
{
    const QString zoned = legacy(stored, salt);
    return zoned.endsWith(QLatin1Char('Z')) ? zoned.chopped(1) : zoned;
}

qint64 Timestamps::nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace UserAdmin::DevServer
