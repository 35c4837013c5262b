// SPDX-License-Identifier: MIT
#include "auth/JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;

// Contract 4.5: the payload is base64url without padding; sub, email, exp are read without a signature check.
class TestJwtClaims : public QObject
{
    Q_OBJECT
private:
    static QString token(const QJsonObject& payload)
    {
        const auto encode = [](const QByteArray& data) {
            return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        return encode(R"({"alg":"RS256","typ":"JWT"})") + u'.'
            + encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + QStringLiteral(".c2ln");
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decodes()
    {
        const auto claims = JwtClaims::fromToken(token({{QStringLiteral("sub"), QStringLiteral("u-1")},
                                                        {QStringLiteral("email"), QStringLiteral("zoë@acme.test")},
                                                        {QStringLiteral("is_platform_owner"), true},
                                                        {QStringLiteral("exp"), 1760862902},
                                                        {QStringLiteral("iat"), 1760776502}}));
        QVERIFY(claims);
        QCOMPARE(claims->subject, QStringLiteral("u-1"));
        QCOMPARE(claims->email, QStringLiteral("zoë@acme.test"));
        QVERIFY(claims->isPlatformOwner);
        QCOMPARE(claims->org, QString());
        QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(1760862902, Qt::UTC));
        QCOMPARE(claims->issuedAt, QDateTime::fromSecsSinceEpoch(1760776502, Qt::UTC));
        const QDateTime exp = *claims->expiresAt;
        QVERIFY(!claims->expiresBefore(exp.addSecs(-400), std::chrono::seconds(300)));
        QVERIFY(claims->expiresBefore(exp.addSecs(-200), std::chrono::seconds(300)));
        QVERIFY(claims->expiresBefore(exp));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        using P = JwtClaims::Problem;
        QTest::newRow("empty") << QString() << int(P::NotAJwt);
        QTest::newRow("two parts") << QStringLiteral("a.b") << int(P::NotAJwt);
        // Characters no token has are refused before anything is decoded (issue 14).
        QTest::newRow("not base64") << QStringLiteral("a.!!!.c") << int(P::InvalidCharacters);
        QTest::newRow("line break") << QStringLiteral("a.b.c\r\nX-Injected: 1") << int(P::InvalidCharacters);
        QTest::newRow("not JSON") << QStringLiteral("a.")
                + QString::fromLatin1(QByteArray("hello").toBase64(QByteArray::Base64UrlEncoding
                                                                   | QByteArray::OmitTrailingEquals))
                + QStringLiteral(".c")
                                  << int(P::PayloadNotJson);
        QTest::newRow("no sub") << token({{QStringLiteral("exp"), 1}}) << int(P::NoSubject);
        QTest::newRow("no exp") << token({{QStringLiteral("sub"), QStringLiteral("u")}}) << int(P::NoExpiry);
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        JwtClaims::Problem problem = JwtClaims::Problem::None;
        QVERIFY(!JwtClaims::fromToken(text, &problem));
        QCOMPARE(int(problem), expected);
    }
};

QTEST_GUILESS_MAIN(TestJwtClaims)
#include "tst_jwtclaims.moc"
