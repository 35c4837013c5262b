// SPDX-License-Identifier: MIT
#include "api/ServerAddress.h"

#include <QTest>

using namespace UserAdmin;
using Problem = ServerAddress::Problem;

// What a person types as the server, turned into the URL the client uses.
class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void fromUserInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("problem");
        QTest::newRow("host") << QStringLiteral("sso.example.com") << false
                              << QUrl(QStringLiteral("https://sso.example.com")) << int(Problem::None);
        QTest::newRow("host and port") << QStringLiteral(" sso.example.com:8443 ") << false
                                       << QUrl(QStringLiteral("https://sso.example.com:8443")) << int(Problem::None);
        QTest::newRow("path prefix") << QStringLiteral("https://example.com/sso?x=1#y") << false
                                     << QUrl(QStringLiteral("https://example.com/sso")) << int(Problem::None);
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:8080") << false
                                  << QUrl(QStringLiteral("http://127.0.0.1:8080")) << int(Problem::None);
        QTest::newRow("localhost") << QStringLiteral("localhost:8080") << false
                                   << QUrl(QStringLiteral("http://localhost:8080")) << int(Problem::None);
        QTest::newRow("explicit http refused")
            << QStringLiteral("http://sso.example.com") << false << QUrl(QStringLiteral("http://sso.example.com"))
            << int(Problem::InsecureHttp);
        QTest::newRow("explicit http allowed") << QStringLiteral("http://sso.example.com") << true
                                               << QUrl(QStringLiteral("http://sso.example.com")) << int(Problem::None);
        QTest::newRow("ftp") << QStringLiteral("ftp://sso.example.com") << true
                             << QUrl(QStringLiteral("ftp://sso.example.com")) << int(Problem::UnsupportedScheme);
        QTest::newRow("empty") << QStringLiteral("   ") << false << QUrl() << int(Problem::Empty);
        QTest::newRow("no host") << QStringLiteral("https://") << false << QUrl() << int(Problem::NotAUrl);
    }

    void fromUserInput()
    {
        QFETCH(QString, typed);
        QFETCH(bool, allowInsecure);
        QFETCH(QUrl, url);
        QFETCH(int, problem);
        const ServerAddress::Result result = ServerAddress::fromUserInput(typed, allowInsecure);
        QCOMPARE(int(result.problem), problem);
        QCOMPARE(result.url, url);
        QCOMPARE(result.ok(), problem == int(Problem::None));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
