// SPDX-License-Identifier: MIT
// sso-dev-server --tls with certificates made for the test run (TestCertificates): a trusted certificate
// works, an untrusted, expired or wrong-host one fails the handshake with that reason, and a redirect from
// https to http can be served.
#include "DevServer.h"
#include "TestCertificates.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using UserAdmin::Test::DevServer;
using UserAdmin::Test::TestCertificates;

namespace {

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    int status = 0;
};

/// One GET through a QNetworkAccessManager that trusts the system's and the given certificate authorities.
Outcome get(const QUrl& url, const QList<QSslCertificate>& authorities)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(authorities);
    request.setSslConfiguration(ssl);
    QNetworkReply* reply = manager.get(request);
    Outcome outcome;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&outcome](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            outcome.sslErrors << error.error();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    outcome.error = reply->error();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return outcome;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trustedCertificate();
    void untrustedCertificate();
    void expiredCertificate();
    void wrongHostName();
    void plainHttpToTheTlsPort();
    void redirectFromHttpsToHttp();
    void badOptions();

private:
    std::unique_ptr<DevServer> startWith(TestCertificates::Kind kind);

    TestCertificates m_certificates;
    QList<QSslCertificate> m_authority;
};

void TestTls::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    m_authority = QSslCertificate::fromPath(m_certificates.caFile());
    QCOMPARE(m_authority.size(), 1);
}

std::unique_ptr<DevServer> TestTls::startWith(TestCertificates::Kind kind)
{
    auto server = std::make_unique<DevServer>(
        QStringList {QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")}
        + m_certificates.serverArguments(kind));
    if (!server->start()) {
        qWarning("%s", qPrintable(server->errorString()));
        return nullptr;
    }
    server->setCaCertificates(m_authority);
    return server;
}

void TestTls::trustedCertificate()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    QVERIFY(!token.isEmpty());
    const DevServer::Reply reply = server->send("GET", QStringLiteral("/api/user"), token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QStringLiteral("email")].toString(), QStringLiteral("owner@acme.test"));
    // localhost is in the certificate too.
    QUrl byName = server->url(QStringLiteral("/__control/health"));
    byName.setHost(QStringLiteral("localhost"));
    const Outcome outcome = get(byName, m_authority);
    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, 200);
}

void TestTls::untrustedCertificate()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    const Outcome outcome = get(server->url(QStringLiteral("/__control/health")), {});
    QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(outcome.sslErrors.contains(QSslError::UnableToGetLocalIssuerCertificate)
            || outcome.sslErrors.contains(QSslError::SelfSignedCertificateInChain));
}

void TestTls::expiredCertificate()
{
    const auto server = startWith(TestCertificates::Kind::Expired);
    QVERIFY(server);
    const Outcome outcome = get(server->url(QStringLiteral("/__control/health")), m_authority);
    QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(outcome.sslErrors.contains(QSslError::CertificateExpired));
    QVERIFY(!outcome.sslErrors.contains(QSslError::HostNameMismatch));
    // The tests can still reach its control endpoint.
    server->setIgnoreSslErrors(true);
    QVERIFY(!server->tokenFor(QStringLiteral("owner@acme.test")).isEmpty());
}

void TestTls::wrongHostName()
{
    const auto server = startWith(TestCertificates::Kind::WrongHost);
    QVERIFY(server);
    const Outcome outcome = get(server->url(QStringLiteral("/__control/health")), m_authority);
    QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(outcome.sslErrors.contains(QSslError::HostNameMismatch));
    QVERIFY(!outcome.sslErrors.contains(QSslError::CertificateExpired));
}

void TestTls::plainHttpToTheTlsPort()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    QUrl plain = server->url(QStringLiteral("/__control/health"));
    plain.setScheme(QStringLiteral("http"));
    const Outcome outcome = get(plain, {});
    QVERIFY(outcome.error != QNetworkReply::NoError);
    QCOMPARE(outcome.status, 0);
}

void TestTls::redirectFromHttpsToHttp()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    QUrl insecure = server->url(QStringLiteral("/api/user"));
    insecure.setScheme(QStringLiteral("http"));
    QVERIFY(server->addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                              {QStringLiteral("kind"), QStringLiteral("redirect")},
                              {QStringLiteral("location"), insecure.toString()}})
            > 0);
    const DevServer::Reply reply = server->send("GET", QStringLiteral("/api/user"));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), insecure.toEncoded());
    // Qt's default redirect policy will not follow it.
    QVERIFY(server->addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                              {QStringLiteral("kind"), QStringLiteral("redirect")},
                              {QStringLiteral("location"), insecure.toString()}})
            > 0);
    const Outcome outcome = get(server->url(QStringLiteral("/api/user")), m_authority);
    QCOMPARE(outcome.error, QNetworkReply::InsecureRedirectError);
}

void TestTls::badOptions()
{
    DevServer noKey({QStringLiteral("--tls"),
                     QStringLiteral("--cert"),
                     m_certificates.certificateFile(TestCertificates::Kind::Valid)});
    QVERIFY(!noKey.start(10000));
    QVERIFY(noKey.errorString().contains(QStringLiteral("--tls, --cert and --key go together")));
    DevServer wrongKey({QStringLiteral("--tls"),
                        QStringLiteral("--cert"),
                        m_certificates.certificateFile(TestCertificates::Kind::Valid),
                        QStringLiteral("--key"),
                        m_certificates.caFile()});
    QVERIFY(!wrongKey.start(10000));
    QVERIFY(wrongKey.errorString().contains(QStringLiteral("--key: no unencrypted RSA or EC key")));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
