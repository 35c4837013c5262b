// SPDX-License-Identifier: MIT
#include "api/TransportPolicy.h"

#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Transport policy of issue 3: https by default, plain http only to loopback unless allowed.
class TestTransportPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void policy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https remote") << QStringLiteral("https://sso.example.com") << false << true;
        QTest::newRow("http remote") << QStringLiteral("http://sso.example.com") << false << false;
        QTest::newRow("http remote allowed") << QStringLiteral("http://sso.example.com") << true << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false << true;
        QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10") << false << true;
        QTest::newRow("http localhost") << QStringLiteral("http://LocalHost:1") << false << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << false << true;
        QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example") << false << false;
        QTest::newRow("http 10.x") << QStringLiteral("http://10.0.0.1") << false << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://sso.example.com") << true << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false << false;
    }

    void policy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, accepted);
        QCOMPARE(TransportPolicy::check(QUrl(url), allowInsecure) == TransportPolicy::Refusal::None, accepted);
    }

    void refusalSaysWhy()
    {
        using R = TransportPolicy::Refusal;
        QCOMPARE(TransportPolicy::check(QUrl(QStringLiteral("http://sso.example.com")), false), R::InsecureHttp);
        QCOMPARE(TransportPolicy::check(QUrl(QStringLiteral("ftp://sso.example.com")), true), R::UnsupportedScheme);
        QCOMPARE(TransportPolicy::check(QUrl(QStringLiteral("https://")), false), R::InvalidUrl);
    }

    void origin()
    {
        QCOMPARE(TransportPolicy::origin(QUrl(QStringLiteral("https://SSO.example.com/x"))),
                 QStringLiteral("https://sso.example.com:443"));
        QCOMPARE(TransportPolicy::origin(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))),
                 QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(TransportPolicy::origin(QUrl(QStringLiteral("https://a.example")))
                != TransportPolicy::origin(QUrl(QStringLiteral("http://a.example"))));
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
