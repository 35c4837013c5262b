// SPDX-License-Identifier: MIT
// The fault kinds of sso-dev-server for the hostile-server matrix (README.md, "Faults"): slow, reset, hanging,
// huge and compressed answers, answers changed on the way out, redirect loops and cross-origin redirects.
#include "DevServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");

QByteArray request(const QString& path, const QString& token)
{
    return "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toLatin1()
        + "\r\n\r\n";
}

} // namespace

class TestFaultKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void dripSendsOneByteAtATime();
    void dripDefaultIsOneBytePerSecond();
    void resetMidBody();
    void hangUntilTheClientGivesUp();
    void hugeBody();
    void gzipBomb();
    void gzipSmallInflatesToZeros();
    void invalidUtf8();
    void wrongContentType();
    void duplicateKeys();
    void patchedNumbers_data();
    void patchedNumbers();
    void moreRowsThanLimit();
    void redirectLoop();
    void crossOriginRedirect();
    void faultOptionWithNewKeys();
    void badFaults_data();
    void badFaults();

private:
    DevServer m_server {{QStringLiteral("--seed-users"), QStringLiteral("60"), QStringLiteral("--quiet")}};
    QString m_admin;
};

void TestFaultKinds::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
}

void TestFaultKinds::cleanupTestCase()
{
    m_server.stop();
}

void TestFaultKinds::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
}

void TestFaultKinds::dripSendsOneByteAtATime()
{
    const QByteArray whole = m_server.send("GET", QStringLiteral("/api/user"), m_admin).body;
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("drip")},
                               {QStringLiteral("ms"), 5}})
            > 0);
    QElapsedTimer timer;
    timer.start();
    const DevServer::Reply reply = m_server.send("GET", QStringLiteral("/api/user"), m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, whole);
    // Head and body one byte every 5 ms: the body alone cannot have come faster than that.
    QVERIFY(timer.elapsed() >= 5 * whole.size());
}

void TestFaultKinds::dripDefaultIsOneBytePerSecond()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("drip")}})
            > 0);
    QTcpSocket socket;
    socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request(QStringLiteral("/api/user"), m_admin));
    QVERIFY(socket.waitForReadyRead(5000));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(socket.readAll(), QByteArrayLiteral("H"));
    QVERIFY(socket.waitForReadyRead(5000));
    QCOMPARE(socket.readAll(), QByteArrayLiteral("T"));
    QVERIFY(timer.elapsed() >= 900);
    socket.abort();
}

void TestFaultKinds::resetMidBody()
{
    const DevServer::Reply normal = m_server.send("GET", Users + QStringLiteral("?limit=20"), m_admin);
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("reset")}})
            > 0);
    // A plain socket, because Qt reports a reset and an orderly close alike.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(m_server.baseUrl().port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout {10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    const QByteArray out = request(Users + QStringLiteral("?limit=20"), m_admin);
    QCOMPARE(::send(fd, out.constData(), std::size_t(out.size()), 0), ssize_t(out.size()));
    QByteArray received;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
        received.append(buffer, qsizetype(got));
    const int error = errno;
    ::close(fd);
    QCOMPARE(got, ssize_t(-1));
    QCOMPARE(error, ECONNRESET);
    const qsizetype bodyStart = received.indexOf("\r\n\r\n") + 4;
    QVERIFY(received.contains("Content-Length: " + QByteArray::number(normal.body.size())));
    QCOMPARE(received.mid(bodyStart), normal.body.left(normal.body.size() / 2));
    QTRY_COMPARE(m_server.requests(Users).size(), 2);
    QCOMPARE(m_server.requests(Users).last()[QStringLiteral("status")].toInt(), 0);
}

void TestFaultKinds::hangUntilTheClientGivesUp()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("hang")}})
            > 0);
    QNetworkAccessManager manager;
    QNetworkRequest hanging(m_server.url(QStringLiteral("/api/user")));
    hanging.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    hanging.setTransferTimeout(300);
    QNetworkReply* reply = manager.get(hanging);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();
    // Recorded, without an answer, once the client has gone.
    QTRY_COMPARE(m_server.requests(QStringLiteral("/api/user")).size(), 1);
    QCOMPARE(m_server.requests(QStringLiteral("/api/user")).at(0)[QStringLiteral("status")].toInt(), 0);
    // Other requests are served meanwhile and afterwards.
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), m_admin).status, 200);
}

void TestFaultKinds::hugeBody()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("huge")}}) > 0);
    const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArrayLiteral("20000000"));
    QCOMPARE(reply.body.size(), 20000000);
    QVERIFY(reply.body.startsWith("{\"padding\":\"aaaa"));
    QVERIFY(reply.body.endsWith("aaaa\"}"));
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("padding")).toString().size(),
             20000000 - 14);
}

void TestFaultKinds::gzipBomb()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("gzip")}}) > 0);
    // Asking for the identity encoding keeps Qt from inflating it here; the server sends gzip regardless.
    const DevServer::Reply reply = m_server.send(
        "GET", Users, m_admin, {}, {{QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Encoding"), QByteArrayLiteral("gzip"));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(reply.body.size() < 8 * 1024 * 1024); // small on the wire...
    QVERIFY(reply.body.startsWith("\x1f\x8b\x08"));
    // ...and 1 GiB inflated: the gzip trailer's length field.
    const QByteArray size = reply.body.right(4);
    QCOMPARE(quint32(quint8(size[0])) | quint32(quint8(size[1])) << 8 | quint32(quint8(size[2])) << 16
                 | quint32(quint8(size[3])) << 24,
             quint32(1) << 30);
}

void TestFaultKinds::gzipSmallInflatesToZeros()
{
    // A small one through Qt's own inflation, which checks the CRC and the length.
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users},
                               {QStringLiteral("kind"), QStringLiteral("gzip")},
                               {QStringLiteral("bytes"), 100003}})
            > 0);
    const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.networkError, 0);
    QCOMPARE(reply.body, QByteArray(100003, '\0'));
}

void TestFaultKinds::invalidUtf8()
{
    QVERIFY(
        m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("invalid_utf8")}})
        > 0);
    const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("\xC0\xAF\x80\xFF"));
    QJsonParseError error {};
    QJsonDocument::fromJson(reply.body, &error);
    QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);
}

void TestFaultKinds::wrongContentType()
{
    const QByteArray whole = m_server.send("GET", Users, m_admin).body;
    QVERIFY(
        m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("content_type")}})
        > 0);
    DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    QCOMPARE(reply.body, whole);
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users},
                               {QStringLiteral("kind"), QStringLiteral("content_type")},
                               {QStringLiteral("content_type"), QStringLiteral("application/xml")}})
            > 0);
    reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/xml"));
}

void TestFaultKinds::duplicateKeys()
{
    QVERIFY(
        m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("duplicate_keys")}})
        > 0);
    const QByteArray body = m_server.send("GET", Users + QStringLiteral("?limit=3"), m_admin).body;
    // Every top-level member twice: a decoy of the same type first, the real value second.
    QVERIFY2(body.startsWith("{\"pagination\":{},\"pagination\":{\"limit\":3,\"page\":1,\"total\":"),
             body.left(80).constData());
    QVERIFY(body.contains(",\"users\":[],\"users\":[{"));
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("duplicate_keys")}})
            > 0);
    const QByteArray user = m_server.send("GET", QStringLiteral("/api/user"), m_admin).body;
    QVERIFY2(user.contains("\"email\":\"duplicate\",\"email\":\"admin@acme.test\""), user.constData());
}

void TestFaultKinds::patchedNumbers_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QByteArray>("expected"); // text the body contains
    QTest::newRow("limit 0") << QJsonObject {{QStringLiteral("set"),
                                              QJsonObject {{QStringLiteral("pagination.limit"), 0}}}}
                             << QByteArrayLiteral("\"limit\":0");
    QTest::newRow("negative total") << QJsonObject {{QStringLiteral("set"),
                                                     QJsonObject {{QStringLiteral("pagination.total"), -5}}}}
                                    << QByteArrayLiteral("\"total\":-5");
    QTest::newRow("total 2^63-1") << QJsonObject {{QStringLiteral("set_raw"),
                                                   QJsonObject {{QStringLiteral("pagination.total"),
                                                                 QStringLiteral("9223372036854775807")}}}}
                                  << QByteArrayLiteral("\"total\":9223372036854775807}");
    QTest::newRow("page as a string")
        << QJsonObject {{QStringLiteral("set"), QJsonObject {{QStringLiteral("pagination.page"), QStringLiteral("1")}}}}
        << QByteArrayLiteral("\"page\":\"1\"");
}

void TestFaultKinds::patchedNumbers()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QByteArray, expected);
    spec.insert(QStringLiteral("path"), Users);
    spec.insert(QStringLiteral("kind"), QStringLiteral("patch"));
    QVERIFY(m_server.addFault(spec) > 0);
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?limit=10"), m_admin);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.contains(expected), reply.body.left(120).constData());
    // The rows are the real ones.
    QCOMPARE(reply.json()[QStringLiteral("users")].toArray().size(), 10);
}

void TestFaultKinds::moreRowsThanLimit()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users},
                               {QStringLiteral("kind"), QStringLiteral("patch")},
                               {QStringLiteral("set"), QJsonObject {{QStringLiteral("pagination.limit"), 2}}}})
            > 0);
    const QJsonObject body = m_server.send("GET", Users + QStringLiteral("?limit=50"), m_admin).json();
    QCOMPARE(body[QStringLiteral("pagination")][QStringLiteral("limit")].toInt(), 2);
    QCOMPARE(body[QStringLiteral("users")].toArray().size(), 50);
}

void TestFaultKinds::redirectLoop()
{
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("redirect")},
                               {QStringLiteral("location"), m_server.url(QStringLiteral("/api/user")).toString()},
                               {QStringLiteral("count"), -1}})
            > 0);
    QNetworkAccessManager manager;
    QNetworkRequest looping(m_server.url(QStringLiteral("/api/user")));
    looping.setMaximumRedirectsAllowed(10);
    QNetworkReply* reply = manager.get(looping);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
    reply->deleteLater();
    QVERIFY(m_server.requests(QStringLiteral("/api/user")).size() >= 11); // followed until Qt's limit
}

void TestFaultKinds::crossOriginRedirect()
{
    const QString elsewhere = QStringLiteral("http://127.0.0.2:%1/api/user").arg(m_server.baseUrl().port());
    QVERIFY(m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                               {QStringLiteral("kind"), QStringLiteral("redirect")},
                               {QStringLiteral("status"), 307},
                               {QStringLiteral("location"), elsewhere},
                               {QStringLiteral("count"), 2}})
            > 0);
    const DevServer::Reply raw = m_server.send("GET", QStringLiteral("/api/user"), m_admin);
    QCOMPARE(raw.status, 307);
    QCOMPARE(raw.header("Location"), elsewhere.toLatin1());
    QNetworkAccessManager manager;
    QNetworkRequest same(m_server.url(QStringLiteral("/api/user")));
    same.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply* reply = manager.get(same);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::InsecureRedirectError);
    reply->deleteLater();
}

void TestFaultKinds::faultOptionWithNewKeys()
{
    DevServer server({QStringLiteral("--seed-users"),
                      QStringLiteral("0"),
                      QStringLiteral("--fault"),
                      QStringLiteral("path=/api/user,kind=huge,bytes=1000,count=-1"),
                      QStringLiteral("--fault"),
                      QStringLiteral("path=/api/organizations,kind=content_type,content_type=text/plain")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString token = server.tokenFor(QStringLiteral("owner@acme.test"));
    QCOMPARE(server.send("GET", QStringLiteral("/api/user"), token).body.size(), 1000);
    QCOMPARE(server.send("GET", QStringLiteral("/api/organizations"), token).header("Content-Type"),
             QByteArrayLiteral("text/plain"));
}

void TestFaultKinds::badFaults_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::newRow("bytes too small") << QJsonObject {{QStringLiteral("path"), Users},
                                                     {QStringLiteral("kind"), QStringLiteral("huge")},
                                                     {QStringLiteral("bytes"), 3}};
    QTest::newRow("bytes too large") << QJsonObject {{QStringLiteral("path"), Users},
                                                     {QStringLiteral("kind"), QStringLiteral("gzip")},
                                                     {QStringLiteral("bytes"), 1e12}};
    QTest::newRow("negative ms") << QJsonObject {
        {QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("drip")}, {QStringLiteral("ms"), -1}};
    QTest::newRow("raw value not text") << QJsonObject {
        {QStringLiteral("path"), Users},
        {QStringLiteral("kind"), QStringLiteral("patch")},
        {QStringLiteral("set_raw"), QJsonObject {{QStringLiteral("total"), 5}}}};
}

void TestFaultKinds::badFaults()
{
    QFETCH(QJsonObject, spec);
    QCOMPARE(m_server.addFault(spec), -1);
}

QTEST_GUILESS_MAIN(TestFaultKinds)
#include "tst_faultkinds.moc"
