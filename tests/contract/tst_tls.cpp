// SPDX-License-Identifier: MIT
// sso-dev-server --tls with certificates made for the test run (TestCertificates): a trusted certificate
// works, an untrusted, expired or wrong-host one fails the handshake with that reason, and a redirect from
// https to http can be served. Then the app's own client against it: trusted through --ca-file, and refusing an
// untrusted, expired or wrong-host certificate and a redirect from https to http, each with the reason
// that ErrorPresenter puts into words (tst_errorpresenter checks those sentences).
#include "DevServer.h"
#include "TestCertificates.h"
#include "api/ApiClient.h"
#include "api/WhoAmIJob.h"
#include "startup/ConfigureClient.h"
#include "startup/StartOptions.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using UserAdmin::ApiError;
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

/// What the app's client made of one `GET /api/user`.
struct ClientOutcome
{
    ApiError error;
    QString email;
};

/// One WhoAmIJob through an ApiClient configured as the program does it from its command line.
ClientOutcome whoAmI(const QUrl& server, const QString& caFile, const QString& token)
{
    UserAdmin::StartOptions options;
    options.server = server;
    options.caFile = caFile;
    UserAdmin::ApiClient client;
    QString message;
    if (!UserAdmin::configureClient(client, options, &message))
        qWarning("configureClient: %s", qPrintable(message));
    client.setAccessToken(token);
    client.setTransferTimeout(std::chrono::seconds(20));
    ClientOutcome outcome;
    auto* job = new UserAdmin::WhoAmIJob(&client);
    QPointer<UserAdmin::WhoAmIJob> alive(job);
    QObject::connect(job, &UserAdmin::ApiJob::finished, job, [&outcome, job] {
        outcome.error = job->error();
        outcome.email = job->user().email;
    });
    job->start();
    if (!QTest::qWaitFor([&alive] { return alive.isNull(); }, 30000))
        qWarning("the job did not finish");
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

    void clientTrustsTheCaFile();
    void clientRefusesAnUntrustedCertificate();
    void clientRefusesAnExpiredCertificate();
    void clientRefusesAWrongHostName();
    void clientRefusesARedirectToHttp();

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

void TestTls::clientTrustsTheCaFile()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    const ClientOutcome outcome = whoAmI(server->baseUrl(), m_certificates.caFile(), token);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.describe()));
    QCOMPARE(outcome.email, QStringLiteral("owner@acme.test"));
}

void TestTls::clientRefusesAnUntrustedCertificate()
{
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    server->clearRequests();
    const ClientOutcome outcome = whoAmI(server->baseUrl(), QString(), token);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QVERIFY2(outcome.error.tlsError == QSslError::UnableToGetLocalIssuerCertificate
                 || outcome.error.tlsError == QSslError::SelfSignedCertificateInChain,
             qPrintable(outcome.error.describe()));
    QVERIFY(outcome.error.neverReachedServer());
    QCOMPARE(server->requests(QStringLiteral("/api/user")).size(), 0);
}

void TestTls::clientRefusesAnExpiredCertificate()
{
    const auto server = startWith(TestCertificates::Kind::Expired);
    QVERIFY(server);
    server->setIgnoreSslErrors(true);
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    server->clearRequests();
    const ClientOutcome outcome = whoAmI(server->baseUrl(), m_certificates.caFile(), token);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QCOMPARE(outcome.error.tlsError, QSslError::CertificateExpired);
    QCOMPARE(server->requests(QStringLiteral("/api/user")).size(), 0);
}

void TestTls::clientRefusesAWrongHostName()
{
    const auto server = startWith(TestCertificates::Kind::WrongHost);
    QVERIFY(server);
    server->setIgnoreSslErrors(true);
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    server->clearRequests();
    const ClientOutcome outcome = whoAmI(server->baseUrl(), m_certificates.caFile(), token);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QCOMPARE(outcome.error.tlsError, QSslError::HostNameMismatch);
    QCOMPARE(server->requests(QStringLiteral("/api/user")).size(), 0);
}

void TestTls::clientRefusesARedirectToHttp()
{
    // The https server sends the client on to a plain-http server (same loopback host, which the transport policy
    // would otherwise allow): the client must not follow, and nothing reaches the plain one.
    const auto server = startWith(TestCertificates::Kind::Valid);
    QVERIFY(server);
    DevServer plain({QStringLiteral("--seed-users"), QStringLiteral("0"), QStringLiteral("--quiet")});
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    QCOMPARE(plain.baseUrl().scheme(), QStringLiteral("http"));
    const QString token = server->tokenFor(QStringLiteral("owner@acme.test"));
    QVERIFY(server->addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                              {QStringLiteral("kind"), QStringLiteral("redirect")},
                              {QStringLiteral("location"), plain.url(QStringLiteral("/api/user")).toString()}})
            > 0);
    plain.clearRequests();
    const ClientOutcome outcome = whoAmI(server->baseUrl(), m_certificates.caFile(), token);
    QCOMPARE(outcome.error.kind, ApiError::Kind::InsecureTransport);
    QCOMPARE(outcome.error.refusal, UserAdmin::TransportPolicy::Refusal::InsecureHttp);
    QVERIFY(outcome.email.isEmpty());
    QCOMPARE(outcome.error.refusedHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(plain.requests(QStringLiteral("/api/user")).size(), 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
