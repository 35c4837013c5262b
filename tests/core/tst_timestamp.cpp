// SPDX-License-Identifier: MIT
#include "api/Timestamp.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Contract section 7: every timestamp variant the servers emit.
class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2025, 10, 19);
        auto utc = [&](int h, int m, int s, int ms) { return QDateTime(day, QTime(h, m, s, ms), Qt::UTC); };
        QTest::newRow("seed Z no fraction") << QStringLiteral("2025-10-19T08:15:02Z") << true << utc(8, 15, 2, 0);
        QTest::newRow("3 digits") << QStringLiteral("2025-10-19T08:15:02.123Z") << true << utc(8, 15, 2, 123);
        QTest::newRow("6 digits") << QStringLiteral("2025-10-19T08:15:02.123456Z") << true << utc(8, 15, 2, 123);
        QTest::newRow("9 digits") << QStringLiteral("2025-10-19T08:15:02.123456789Z") << true << utc(8, 15, 2, 123);
        QTest::newRow("9 digits rounding down")
            << QStringLiteral("2025-10-19T08:15:02.999999999Z") << true << utc(8, 15, 2, 999);
        QTest::newRow("1 digit") << QStringLiteral("2025-10-19T08:15:02.5Z") << true << utc(8, 15, 2, 500);
        QTest::newRow("2 digits") << QStringLiteral("2025-10-19T08:15:02.05Z") << true << utc(8, 15, 2, 50);
        QTest::newRow("envelope +00:00 9 digits")
            << QStringLiteral("2025-10-19T08:15:02.123456789+00:00") << true << utc(8, 15, 2, 123);
        QTest::newRow("+00:00 no fraction") << QStringLiteral("2025-10-19T08:15:02+00:00") << true << utc(8, 15, 2, 0);
        QTest::newRow("positive offset") << QStringLiteral("2025-10-19T10:15:02+02:00") << true << utc(8, 15, 2, 0);
        QTest::newRow("negative offset") << QStringLiteral("2025-10-19T03:45:02-04:30") << true << utc(8, 15, 2, 0);
        QTest::newRow("lower-case z and t") << QStringLiteral("2025-10-19t08:15:02z") << true << utc(8, 15, 2, 0);
        QTest::newRow("space separator") << QStringLiteral("2025-10-19 08:15:02Z") << true << utc(8, 15, 2, 0);
        QTest::newRow("offset crosses midnight")
            << QStringLiteral("2025-10-20T01:00:00+03:00") << true << QDateTime(day, QTime(22, 0), Qt::UTC);
        QTest::newRow("empty") << QString() << false << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << false << QDateTime();
        QTest::newRow("no zone") << QStringLiteral("2025-10-19T08:15:02") << false << QDateTime();
        QTest::newRow("UTC suffix form") << QStringLiteral("2025-10-19 08:15:02 UTC") << false << QDateTime();
        QTest::newRow("N/A") << QStringLiteral("N/A") << false << QDateTime();
        QTest::newRow("plain date") << QStringLiteral("2025-10-19") << false << QDateTime();
        QTest::newRow("10 fraction digits")
            << QStringLiteral("2025-10-19T08:15:02.1234567890Z") << false << QDateTime();
        QTest::newRow("dot without digits") << QStringLiteral("2025-10-19T08:15:02.Z") << false << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2025-13-19T08:15:02Z") << false << QDateTime();
        QTest::newRow("February 30") << QStringLiteral("2025-02-30T08:15:02Z") << false << QDateTime();
        QTest::newRow("hour 24") << QStringLiteral("2025-10-19T24:00:00Z") << false << QDateTime();
        QTest::newRow("trailing text") << QStringLiteral("2025-10-19T08:15:02Zjunk") << false << QDateTime();
        QTest::newRow("offset without colon") << QStringLiteral("2025-10-19T08:15:02+0000") << false << QDateTime();
        QTest::newRow("non-ASCII digit") << QStringLiteral("2025-10-19T08:15:0\u0662Z") << false << QDateTime();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDateTime, expected);
        const auto parsed = Timestamp::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        }
    }

    void naiveMeansUtcOnlyWhereAllowed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int h, int m, int s, int ms) {
            return QDateTime(QDate(2025, 10, 19), QTime(h, m, s, ms), Qt::UTC);
        };
        QTest::newRow("2026 user, 9 digits")
            << QStringLiteral("2025-10-19T08:15:02.123456789") << true << utc(8, 15, 2, 123);
        QTest::newRow("2026 user, no fraction") << QStringLiteral("2025-10-19T08:15:02") << true << utc(8, 15, 2, 0);
        QTest::newRow("with Z still fine") << QStringLiteral("2025-10-19T08:15:02Z") << true << utc(8, 15, 2, 0);
        QTest::newRow("with offset still fine")
            << QStringLiteral("2025-10-19T10:15:02+02:00") << true << utc(8, 15, 2, 0);
        QTest::newRow("date only") << QStringLiteral("2025-10-19") << false << QDateTime();
        QTest::newRow("trailing space") << QStringLiteral("2025-10-19T08:15:02 ") << false << QDateTime();
    }

    void naiveMeansUtcOnlyWhereAllowed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDateTime, expected);
        const auto parsed = Timestamp::parse(text, Timestamp::Zone::NaiveIsUtc);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }

    void roundTrip()
    {
        const QDateTime value(QDate(2025, 1, 15), QTime(10, 30, 0, 120), Qt::UTC);
        QCOMPARE(Timestamp::toIsoString(value), QStringLiteral("2025-01-15T10:30:00.120Z"));
        QCOMPARE(Timestamp::parse(Timestamp::toIsoString(value)), value);
        QCOMPARE(Timestamp::toIsoString(value.addMSecs(-120)), QStringLiteral("2025-01-15T10:30:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
