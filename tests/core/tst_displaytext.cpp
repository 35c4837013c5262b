// SPDX-License-Identifier: MIT
#include "format/DisplayText.h"
#include "i18n/Translations.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace UserAdmin;

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Translations::install(this, QLocale(QLocale::English, QLocale::UnitedStates))); }

    void relative_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(5) << QStringLiteral("just now");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 minute ago");
        QTest::newRow("minutes") << qint64(59 * 60) << QStringLiteral("59 minutes ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 10) << QStringLiteral("3 hours ago");
        QTest::newRow("one day") << qint64(86400) << QStringLiteral("1 day ago");
        QTest::newRow("months") << qint64(90LL * 86400) << QStringLiteral("3 months ago");
        QTest::newRow("years") << qint64(800LL * 86400) << QStringLiteral("2 years ago");
        QTest::newRow("future") << qint64(-2 * 3600) << QStringLiteral("in 2 hours");
        QTest::newRow("soon") << qint64(-10) << QStringLiteral("in a moment");
    }
    void relative()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QCOMPARE(DisplayText::relative(now.addSecs(-secondsAgo), now), expected);
    }

    void exactUtcIgnoresTheLocalZone()
    {
        const QDateTime instant(QDate(2025, 1, 16), QTime(14, 20, 5), Qt::UTC);
        QCOMPARE(DisplayText::exactUtc(instant), QStringLiteral("2025-01-16 14:20:05 UTC"));
        QCOMPARE(DisplayText::exactUtc(instant.toOffsetFromUtc(3600)), QStringLiteral("2025-01-16 14:20:05 UTC"));
    }

    void missingValuesAreNeverOrUnknown()
    {
        QCOMPARE(DisplayText::timestamp(std::nullopt, true), QStringLiteral("Never"));
        QCOMPARE(DisplayText::timestamp(std::nullopt, false), QStringLiteral("Unknown"));
        QCOMPARE(DisplayText::timestamp(QDateTime(), false), QStringLiteral("Unknown"));
        QCOMPARE(DisplayText::timestampTooltip(std::nullopt), QString());
        QCOMPARE(DisplayText::yesNo(std::nullopt), QStringLiteral("Unknown"));
        QCOMPARE(DisplayText::yesNo(true), QStringLiteral("Yes"));
        QCOMPARE(DisplayText::yesNo(false), QStringLiteral("No"));
    }

    void germanAndFrenchAreInstalled_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("never");
        QTest::addColumn<QString>("hours");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Nie") << QStringLiteral("vor 3 Stunden");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Jamais") << QStringLiteral("il y a 3 heures");
    }
    void germanAndFrenchAreInstalled()
    {
        QFETCH(QString, language);
        QFETCH(QString, never);
        QFETCH(QString, hours);
        QObject owner;
        QVERIFY(Translations::install(&owner, QLocale(language)));
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QCOMPARE(DisplayText::never(), never);
        QCOMPARE(DisplayText::relative(now.addSecs(-3 * 3600), now), hours);
        // Back to English for the other tests: the translators die with `owner`.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void fourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("date");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("29.11.2026 14:05")
                            << QStringLiteral("29.11.2026");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("11/29/2026 2:05 PM")
                               << QStringLiteral("11/29/2026");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("29/11/2026 14:05")
                               << QStringLiteral("29/11/2026");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("29/11/2026 14:05")
                            << QStringLiteral("29/11/2026");
    }
    void fourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, dateTime);
        QFETCH(QString, date);
        QLocale::setDefault(QLocale(locale));
        const QDateTime instant = QDateTime(QDate(2026, 11, 29), QTime(14, 5, 33), Qt::LocalTime).toUTC();
        QCOMPARE(DisplayText::localDateTime(instant), dateTime);
        QCOMPARE(DisplayText::localDate(instant), date);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The compiled formats write what QLocale writes, in every locale, except for the four-digit year and the seconds.
    void sameAsTheLocaleWithFourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* name : {"de_DE",
                                 "en_US",
                                 "fr_FR",
                                 "ja_JP",
                                 "ar_EG",
                                 "fa_IR",
                                 "ru_RU",
                                 "ko_KR",
                                 "zh_CN",
                                 "hi_IN",
                                 "pt_BR",
                                 "es_ES",
                                 "nl_NL",
                                 "sv_SE",
                                 "pl_PL",
                                 "he_IL",
                                 "th_TH",
                                 "C"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void sameAsTheLocaleWithFourDigitYears()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        QLocale::setDefault(l);
        QString format = l.dateTimeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        if (!format.contains(QStringLiteral("yyyy")))
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        for (int hour : {0, 9, 12, 23}) {
            const QDateTime local(QDate(2027, 2, 3), QTime(hour, 7, 9), Qt::LocalTime);
            QCOMPARE(DisplayText::localDateTime(local.toUTC()), l.toString(local, format));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void changingTheLocaleChangesTheFormat()
    {
        const QDateTime instant = QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::LocalTime).toUTC();
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(DisplayText::localDateTime(instant), QStringLiteral("04.03.2026 05:06"));
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(DisplayText::localDateTime(instant), QStringLiteral("04/03/2026 05:06"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void presentValueShowsLocalTimeAndAge()
    {
        const QDateTime instant = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 30);
        const QString text = DisplayText::timestamp(instant, true);
        QVERIFY2(text.startsWith(DisplayText::localDateTime(instant)), qPrintable(text));
        QVERIFY2(
            !DisplayText::localDateTime(instant).contains(instant.toLocalTime().toString(QStringLiteral(":mm:ss"))),
            qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(2 hours ago)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
