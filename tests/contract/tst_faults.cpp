// SPDX-License-Identifier: MIT
// Fault injection, the request journal and the request log of sso-dev-server.
#include "DevServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using UserAdmin::Test::DevServer;

namespace {

const QString Users = QStringLiteral("/api/organizations/acme-corp/users");

/// Sends one raw HTTP/1.1 request and returns every byte received until the server closes or timeoutMs.
QByteArray rawExchange(const QUrl& base, const QByteArray& request, int timeoutMs, bool* closed)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.flush();
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    *closed = false;
    while (timer.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(100))
            received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            received += socket.readAll();
            *closed = true;
            break;
        }
    }
    return received;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void statusFault_data();
    void statusFault();
    void statusFaultWithBody();
    void redirect();
    void malformed();
    void truncated();
    void closeBeforeAnyByte();
    void closeAfterHandling();
    void latencyDoesNotBlockOthers();
    void trickle();
    void matching();
    void countForEverAndClear();
    void faultOption();
    void databaseFailureStopsTheStart();
    void journal();
    void logLines();
    void controlIsNotRecorded();

private:
    DevServer m_server;
    QString m_admin;
};

void TestFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.tokenFor(QStringLiteral("admin@acme.test"));
}

void TestFaults::cleanupTestCase()
{
    m_server.stop();
}

void TestFaults::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
}

void TestFaults::statusFault_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("500") << 500 << QStringLiteral("INTERNAL_SERVER_ERROR");
    QTest::newRow("503") << 503 << QStringLiteral("SERVICE_UNAVAILABLE");
    QTest::newRow("502") << 502 << QStringLiteral("INTERNAL_SERVER_ERROR");
}

void TestFaults::statusFault()
{
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QVERIFY(m_server.addFault({{QStringLiteral("path"), Users},
                               {QStringLiteral("kind"), QStringLiteral("status")},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("count"), 2}})
            > 0);
    for (int i = 0; i < 2; ++i) {
        const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), errorCode);
        QVERIFY(!reply.json()[QStringLiteral("timestamp")].toString().isEmpty());
    }
    QCOMPARE(m_server.send("GET", Users, m_admin).status, 200);
}

void TestFaults::statusFaultWithBody()
{
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 429},
                       {QStringLiteral("body"), QStringLiteral("slow down")}});
    DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.body, QByteArrayLiteral("slow down"));
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 403},
                       {QStringLiteral("body"),
                        QJsonObject {{QStringLiteral("error"), QStringLiteral("x")},
                                     {QStringLiteral("error_code"), QStringLiteral("ORGANIZATION_NOT_ACTIVE")}}}});
    reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ORGANIZATION_NOT_ACTIVE"));
}

void TestFaults::redirect()
{
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("redirect")},
                       {QStringLiteral("location"), QStringLiteral("https://sso.invalid/login")}});
    const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), QByteArrayLiteral("https://sso.invalid/login"));
}

void TestFaults::malformed()
{
    m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("malformed")}});
    const DevServer::Reply reply = m_server.send("GET", Users, m_admin);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QJsonParseError error {};
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFaults::truncated()
{
    const QByteArray whole = m_server.send("GET", Users + QStringLiteral("?limit=5"), m_admin).body;
    m_server.addFault({{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("truncated")}});
    const DevServer::Reply reply = m_server.send("GET", Users + QStringLiteral("?limit=5"), m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length").toLongLong(), qint64(reply.body.size()));
    QCOMPARE(reply.body.size(), whole.size() / 2);
    QVERIFY(whole.startsWith(reply.body));
    QJsonParseError error {};
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFaults::closeBeforeAnyByte()
{
    const QString john = m_server.send("GET", Users + QStringLiteral("?search=john%40customer.com"), m_admin)
                             .json()[QStringLiteral("users")][0][QStringLiteral("id")]
                             .toString();
    m_server.addFault({{QStringLiteral("path"), Users + QStringLiteral("/*/sessions")},
                       {QStringLiteral("kind"), QStringLiteral("close")},
                       {QStringLiteral("method"), QStringLiteral("DELETE")}});
    bool closed = false;
    const QByteArray request = "DELETE " + (Users + QLatin1Char('/') + john + QStringLiteral("/sessions")).toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Authorization: Bearer "
        + m_admin.toLatin1() + "\r\n\r\n";
    const QByteArray received = rawExchange(m_server.baseUrl(), request, 5000, &closed);
    QVERIFY(closed);
    QVERIFY2(received.isEmpty(), received.constData());
    // Nothing happened: john still has his two sessions.
    QCOMPARE(m_server.send("GET", Users + QLatin1Char('/') + john, m_admin)
                 .json()[QStringLiteral("sessions")][QStringLiteral("active_count")]
                 .toInt(),
             2);
    const QJsonArray records = m_server.requests(Users + QStringLiteral("/*/sessions"), QStringLiteral("DELETE"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0)[QStringLiteral("status")].toInt(), 0);
}

void TestFaults::closeAfterHandling()
{
    // "handle": the request takes effect, then the answer is lost - what a client's transport must survive.
    const QString forty = m_server.send("GET", Users + QStringLiteral("?search=forty.sessions"), m_admin)
                              .json()[QStringLiteral("users")][0][QStringLiteral("id")]
                              .toString();
    m_server.addFault({{QStringLiteral("path"), Users + QStringLiteral("/*/sessions")},
                       {QStringLiteral("kind"), QStringLiteral("close")},
                       {QStringLiteral("handle"), true}});
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server.url(Users + QLatin1Char('/') + forty + QStringLiteral("/sessions")));
    request.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    QNetworkReply* reply = manager.deleteResource(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    // QNetworkAccessManager silently sends the DELETE again after the close: the server saw two, the
    // caller sees only the second answer (0 revoked), although the first one revoked all 40.
    const QJsonArray records = m_server.requests(Users + QStringLiteral("/*/sessions"), QStringLiteral("DELETE"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0)[QStringLiteral("status")].toInt(), 0);
    QCOMPARE(records.at(1)[QStringLiteral("status")].toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object()[QStringLiteral("sessions_revoked")].toInt(-1), 0);
    reply->deleteLater();
    QCOMPARE(m_server.send("GET", Users + QLatin1Char('/') + forty, m_admin)
                 .json()[QStringLiteral("sessions")][QStringLiteral("active_count")]
                 .toInt(),
             0);
}

void TestFaults::latencyDoesNotBlockOthers()
{
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("latency")},
                       {QStringLiteral("ms"), 1500}});
    QNetworkAccessManager manager;
    QNetworkRequest slowRequest(m_server.url(Users + QStringLiteral("?limit=3")));
    slowRequest.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    QNetworkRequest fastRequest(m_server.url(QStringLiteral("/api/user")));
    fastRequest.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* slow = manager.get(slowRequest);
    QTest::qWait(100);
    QNetworkReply* fast = manager.get(fastRequest);
    QSignalSpy fastFinished(fast, &QNetworkReply::finished);
    QVERIFY(fastFinished.wait(5000));
    // Order, not a clock: the fast answer came while the delayed one was still held back.
    QVERIFY2(!slow->isFinished(), "a delayed request blocked another one");
    QSignalSpy slowFinished(slow, &QNetworkReply::finished);
    QVERIFY(slowFinished.wait(5000));
    QVERIFY(timer.elapsed() >= 1450);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(slow->readAll()).object()[QStringLiteral("users")].toArray().size(), 3);
    slow->deleteLater();
    fast->deleteLater();
    const QJsonArray records = m_server.requests(Users);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.at(0)[QStringLiteral("ms")].toInt() >= 1450);
}

void TestFaults::trickle()
{
    const QByteArray whole = m_server.send("GET", Users + QStringLiteral("?limit=20"), m_admin).body;
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("trickle")},
                       {QStringLiteral("ms"), 1000}});
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server.url(Users + QStringLiteral("?limit=20")));
    request.setRawHeader("Authorization", "Bearer " + m_admin.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = manager.get(request);
    QSignalSpy progress(reply, &QNetworkReply::readyRead);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(timer.elapsed() >= 800);
    QVERIFY(progress.count() >= 3); // the body arrived in pieces
    QCOMPARE(reply->readAll(), whole);
    reply->deleteLater();
}

void TestFaults::matching()
{
    // A glob over the organization, a method filter, and an exact path that does not match.
    m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/*/users")},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 500},
                       {QStringLiteral("method"), QStringLiteral("POST")}});
    QCOMPARE(m_server.send("GET", Users, m_admin).status, 200);
    m_server.clearFaults();
    m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/organizations/*/users")},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 500}});
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/globex"), m_admin).status, 200);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/organizations/globex/users"), m_admin).status, 500);
    m_server.addFault({{QStringLiteral("path"), QStringLiteral("/api/user")},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 500}});
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user/x"), m_admin).status, 404);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/user"), m_admin).status, 500);
    // Faults apply before authentication too: the client sees exactly what was injected.
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 504}});
    QCOMPARE(m_server.send("GET", Users).status, 504);
    QCOMPARE(m_server
                 .control("POST",
                          QStringLiteral("/__control/faults"),
                          {{QStringLiteral("path"), Users}, {QStringLiteral("kind"), QStringLiteral("explode")}})
                 .status,
             400);
}

void TestFaults::countForEverAndClear()
{
    m_server.addFault({{QStringLiteral("path"), Users},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 500},
                       {QStringLiteral("count"), -1}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server.send("GET", Users, m_admin).status, 500);
    m_server.clearFaults();
    QCOMPARE(m_server.send("GET", Users, m_admin).status, 200);
}

void TestFaults::faultOption()
{
    DevServer server({QStringLiteral("--fault"),
                      QStringLiteral("path=/api/user,kind=status,status=503,count=1"),
                      QStringLiteral("--fault"),
                      QStringLiteral("path=/api/organizations,kind=malformed,count=-1"),
                      QStringLiteral("--print-token"),
                      QStringLiteral("owner@acme.test")});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.send("GET", QStringLiteral("/api/user"), server.printedToken()).status, 503);
    QCOMPARE(server.send("GET", QStringLiteral("/api/user"), server.printedToken()).status, 200);
    for (int i = 0; i < 2; ++i)
        QVERIFY(server.send("GET", QStringLiteral("/api/organizations"), server.printedToken()).jsonArray().isEmpty());
    DevServer broken({QStringLiteral("--fault"), QStringLiteral("kind=status")});
    QVERIFY(!broken.start(10000));
}

void TestFaults::databaseFailureStopsTheStart()
{
    // A database that cannot be created is reported, not ignored: the server exits with the reason.
    DevServer server({QStringLiteral("--db"), QStringLiteral("/proc/sso-dev-server-test/db.sqlite")});
    QVERIFY(!server.start(10000));
    QVERIFY2(server.errorString().contains(QStringLiteral("sso-dev-server: cannot open /proc/sso-dev-server-test")),
             qPrintable(server.errorString()));
}

void TestFaults::journal()
{
    m_server.send("GET", Users + QStringLiteral("?search=john%2Btest&limit=5&page=1"), m_admin);
    m_server.send("GET", Users + QStringLiteral("?search=a+b"), m_admin);
    m_server.send("POST", QStringLiteral("/api/auth/logout"), QStringLiteral("gone"));
    m_server.send("GET",
                  QStringLiteral("/api/user"),
                  {},
                  {},
                  {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic eDp5")}});
    const QJsonArray all = m_server.requests();
    QCOMPARE(all.size(), 4);
    const QJsonObject first = all.at(0).toObject();
    QCOMPARE(first[QStringLiteral("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(first[QStringLiteral("path")].toString(), Users);
    QCOMPARE(first[QStringLiteral("query")].toString(), QStringLiteral("search=john%2Btest&limit=5&page=1"));
    QCOMPARE(first[QStringLiteral("query_items")].toObject(),
             QJsonObject({{QStringLiteral("search"), QStringLiteral("john+test")},
                          {QStringLiteral("limit"), QStringLiteral("5")},
                          {QStringLiteral("page"), QStringLiteral("1")}}));
    QCOMPARE(first[QStringLiteral("authorization")].toString(), QStringLiteral("bearer"));
    QCOMPARE(first[QStringLiteral("status")].toInt(), 200);
    QVERIFY(first[QStringLiteral("ms")].isDouble());
    QCOMPARE(all.at(1)[QStringLiteral("query_items")][QStringLiteral("search")].toString(), QStringLiteral("a b"));
    QCOMPARE(all.at(2)[QStringLiteral("status")].toInt(), 204);
    QCOMPARE(all.at(3)[QStringLiteral("authorization")].toString(), QStringLiteral("other"));
    QCOMPARE(all.at(3)[QStringLiteral("status")].toInt(), 401);
    QCOMPARE(m_server.requests(QStringLiteral("/api/*/users")).size(), 2);
    QCOMPARE(m_server.requests({}, QStringLiteral("POST")).size(), 1);
    const QByteArray dump = QJsonDocument(all).toJson();
    QVERIFY(!dump.contains(m_admin.toLatin1()));
    m_server.clearRequests();
    QVERIFY(m_server.requests().isEmpty());
}

void TestFaults::logLines()
{
    m_server.send("GET", Users + QStringLiteral("?search=zo&limit=2"), m_admin);
    m_server.send(
        "POST", QStringLiteral("/api/auth/refresh"), {}, QByteArrayLiteral("{\"refresh_token\":\"secret-refresh\"}"));
    // The server logs a request after answering it: wait for the second line, not for a guessed delay.
    QByteArray log;
    QVERIFY(QTest::qWaitFor(
        [this, &log] {
            log = m_server.log(); // everything so far
            return log.contains("POST /api/auth/refresh 401 ");
        },
        10000));
    QVERIFY(
        QRegularExpression(QStringLiteral("GET /api/organizations/acme-corp/users\\?search=zo&limit=2 200 \\d+ms\n"))
            .match(QString::fromUtf8(log))
            .hasMatch());
    QVERIFY(log.contains("POST /api/auth/refresh 401 "));
    QVERIFY(!log.contains(m_admin.toLatin1()));
    QVERIFY(!log.contains(m_admin.section(QLatin1Char('.'), 2).toLatin1()));
    QVERIFY(!log.contains("secret-refresh"));
    QVERIFY(!log.contains("__control"));
}

void TestFaults::controlIsNotRecorded()
{
    QCOMPARE(m_server.control("GET", QStringLiteral("/__control/health")).json(),
             QJsonObject({{QStringLiteral("ok"), true}}));
    m_server.tokenFor(QStringLiteral("admin@acme.test"));
    QVERIFY(m_server.requests().isEmpty());
    QCOMPARE(m_server.control("GET", QStringLiteral("/__control/nope")).status, 404);
    QCOMPARE(m_server
                 .control("POST",
                          QStringLiteral("/__control/token"),
                          {{QStringLiteral("email"), QStringLiteral("john@customer.com")}})
                 .status,
             404);
    const QJsonObject endUser =
        m_server.control("GET", QStringLiteral("/__control/end-user?email=JOHN%40customer.com")).json();
    QCOMPARE(endUser[QStringLiteral("email")].toString(), QStringLiteral("john@customer.com"));
    QCOMPARE(endUser[QStringLiteral("organizations")].toArray(), QJsonArray({QStringLiteral("acme-corp")}));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
