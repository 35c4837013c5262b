// SPDX-License-Identifier: MIT
#include "api/UrlEncoding.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Contract section 0 (path segments) and 1.1 (query values): what is put on the wire.
class TestUrlEncoding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathSegment_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QStringLiteral("acme-corp") << QByteArray("acme-corp");
        QTest::newRow("slash") << QStringLiteral("a/b") << QByteArray("a%2Fb");
        QTest::newRow("dot-dot slash") << QStringLiteral("../x") << QByteArray("..%2Fx");
        QTest::newRow("query chars") << QStringLiteral("a?b#c") << QByteArray("a%3Fb%23c");
        QTest::newRow("percent and space") << QStringLiteral("100% x") << QByteArray("100%25%20x");
        QTest::newRow("non-ASCII") << QStringLiteral("zoë") << QByteArray("zo%C3%AB");
    }

    void pathSegment()
    {
        QFETCH(QString, segment);
        QFETCH(QByteArray, encoded);
        QCOMPARE(UrlEncoding::encodePathSegment(segment), encoded);
    }

    void queryValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus") << QStringLiteral("john+test@x.com") << QByteArray("john%2Btest%40x.com");
        QTest::newRow("ampersand hash") << QStringLiteral("a&b#c=d") << QByteArray("a%26b%23c%3Dd");
        QTest::newRow("percent space") << QStringLiteral("100% real") << QByteArray("100%25%20real");
        QTest::newRow("non-ASCII") << QStringLiteral("zoë.müller") << QByteArray("zo%C3%AB.m%C3%BCller");
        QTest::newRow("markup") << QStringLiteral("<b>'") << QByteArray("%3Cb%3E%27");
    }

    void queryValue()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(UrlEncoding::encodeQueryValue(value), encoded);
    }

    void buildUrlKeepsEncoding()
    {
        const QUrl url = UrlEncoding::buildUrl(QUrl(QStringLiteral("https://sso.example.com/")),
                                               {QStringLiteral("api"), QStringLiteral("users"), QStringLiteral("../x")},
                                               {{QStringLiteral("search"), QStringLiteral("john+test@x.com")},
                                                {QStringLiteral("page"), QStringLiteral("1")}});
        QCOMPARE(url.toEncoded(),
                 QByteArray("https://sso.example.com/api/users/..%2Fx?search=john%2Btest%40x.com&page=1"));
        QCOMPARE(url.path(), QStringLiteral("/api/users/../x")); // decoded view; on the wire it stays one segment
    }

    void buildUrlWithPrefix()
    {
        const QUrl url = UrlEncoding::buildUrl(QUrl(QStringLiteral("https://host:8443/sso/?x=1#f")),
                                               {QStringLiteral("api"), QStringLiteral("a/b")});
        QCOMPARE(url.toEncoded(), QByteArray("https://host:8443/sso/api/a%2Fb"));
    }

    void dotSegmentsAreRefused_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("empty") << QString();
    }

    void dotSegmentsAreRefused()
    {
        QFETCH(QString, segment);
        QVERIFY(!UrlEncoding::isSafePathSegment(segment));
        QVERIFY(
            !UrlEncoding::buildUrl(QUrl(QStringLiteral("https://host")), {QStringLiteral("api"), segment}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUrlEncoding)
#include "tst_urlencoding.moc"
