// SPDX-License-Identifier: MIT
#include "format/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace UserAdmin;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("prefixed");
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("plain") << QStringLiteral("a@x.test") << QByteArray("a@x.test") << QByteArray("a@x.test");
        QTest::newRow("empty") << QString() << QByteArray() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"");
        QTest::newRow("quotes") << QStringLiteral("<b>\"x\",y</b>@z.com") << QByteArray("\"<b>\"\"x\"\",y</b>@z.com\"")
                                << QByteArray("\"<b>\"\"x\"\",y</b>@z.com\"");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"")
                                         << QByteArray("\"a\r\nb\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QByteArray("'=1+2") << QByteArray("=1+2");
        QTest::newRow("plus") << QStringLiteral("+49 30") << QByteArray("'+49 30") << QByteArray("+49 30");
        QTest::newRow("minus") << QStringLiteral("-5") << QByteArray("'-5") << QByteArray("-5");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)") << QByteArray("@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1") << QByteArray("\t=1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=HYPERLINK(\"u\",\"x\")") << QByteArray("\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"")
            << QByteArray("\"=HYPERLINK(\"\"u\"\",\"\"x\"\")\"");
        QTest::newRow("not at the start") << QStringLiteral("a=b") << QByteArray("a=b") << QByteArray("a=b");
        QTest::newRow("utf-8") << QStringLiteral("Jürgen “x”") << QByteArray("J\xc3\xbcrgen \xe2\x80\x9cx\xe2\x80\x9d")
                               << QByteArray("J\xc3\xbcrgen \xe2\x80\x9cx\xe2\x80\x9d");
    }
    void fields()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, prefixed);
        QFETCH(QByteArray, raw);
        QCOMPARE(CsvWriter::encodeField(field), prefixed);
        QCOMPARE(CsvWriter::encodeField(field, CsvWriter::FormulaGuard::Off), raw);
    }

    void rowsEndInCrLf()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRow({QStringLiteral("Account"), QStringLiteral("Count")}));
        QVERIFY(writer.writeRow({QStringLiteral("a,b"), QString(), QStringLiteral("3")}));
        QCOMPARE(buffer.data(), QByteArray("Account,Count\r\n\"a,b\",,3\r\n"));
    }

    void reportsADeviceThatCannotBeWritten()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(&buffer);
        QVERIFY(!writer.writeRow({QStringLiteral("x")}));
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.writeRow({QStringLiteral("y")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
