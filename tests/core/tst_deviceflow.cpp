// SPDX-License-Identifier: MIT
// DeviceFlow (contract 4.1) end to end against sso-dev-server: approval, schedule, 429 slow-down, expiry, cancel.
#include "DevServer.h"
#include "api/ApiClient.h"
#include "auth/DeviceFlow.h"
#include "auth/JwtClaims.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using namespace UserAdmin::Test;
using namespace std::chrono_literals;

class TestDeviceFlow : public QObject
{
    Q_OBJECT
private:
    static QStringList args(QStringList extra)
    {
        return QStringList {QStringLiteral("--seed-users"),
                            QStringLiteral("0"),
                            QStringLiteral("--quiet"),
                            QStringLiteral("--device-interval"),
                            QStringLiteral("1")}
        + extra;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<DeviceAuthorization>();
        qRegisterMetaType<TokenResponse>();
        qRegisterMetaType<ApiError>();
    }

    void autoApproved()
    {
        DevServer server(args({QStringLiteral("--auto-approve"), QStringLiteral("admin@acme.test")}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client);
        QSignalSpy code(&flow, &DeviceFlow::codeReceived);
        QSignalSpy succeeded(&flow, &DeviceFlow::succeeded);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        QSignalSpy scheduled(&flow, &DeviceFlow::pollScheduled);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        // The first poll waits `interval` after the code (1 s here), never less.
        QCOMPARE(scheduled.first().at(0).value<std::chrono::milliseconds>(), 1000ms);
        QCOMPARE(code.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto authorization = code.at(0).at(0).value<DeviceAuthorization>();
        QVERIFY(
            QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$")).match(authorization.userCode).hasMatch());
        QVERIFY(authorization.verificationUri.isValid());
        const auto tokens = succeeded.at(0).at(0).value<TokenResponse>();
        const auto claims = JwtClaims::fromToken(tokens.accessToken);
        QVERIFY(claims);
        QCOMPARE(claims->email, QStringLiteral("admin@acme.test"));
        QVERIFY(!flow.isActive());
        QCOMPARE(flow.pollCount(), 1);
        // Stops after the first token: nothing is scheduled, so nothing more will be sent.
        QVERIFY(!flow.hasPendingPoll());
        QCOMPARE(server.requests(QStringLiteral("/auth/token")).size(), 1);
        const QJsonObject codeRequest = server.requests(QStringLiteral("/auth/device/code")).at(0).toObject();
        QCOMPARE(codeRequest[QStringLiteral("content_type")].toString(), QStringLiteral("application/json"));
        QCOMPARE(codeRequest[QStringLiteral("authorization")].toString(), QStringLiteral("none"));
    }

    void pendingThenApprovedAtTheGivenPace()
    {
        DevServer server(args({}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client);
        QSignalSpy code(&flow, &DeviceFlow::codeReceived);
        QSignalSpy succeeded(&flow, &DeviceFlow::succeeded);
        QSignalSpy scheduled(&flow, &DeviceFlow::pollScheduled);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(flow.pollCount(), 2, 5000);
        // Two polls, one interval apart.
        QCOMPARE(scheduled.at(1).at(0).value<std::chrono::milliseconds>(), 1000ms);
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() == 3, 5000); // the answer to poll 2 scheduled poll 3
        // "Check now" right after a poll must wait for the rest of the interval: never a poll at once.
        flow.checkNow();
        QCOMPARE(scheduled.size(), 4);
        const auto wait = scheduled.last().at(0).value<std::chrono::milliseconds>();
        QVERIFY2(wait > 0ms && wait <= 1000ms, qPrintable(QString::number(wait.count())));
        QCOMPARE(flow.pollCount(), 2);
        QVERIFY(server.approveDevice(code.at(0).at(0).value<DeviceAuthorization>().userCode,
                                     QStringLiteral("owner@acme.test")));
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 5000);
        for (const auto& arguments : std::as_const(scheduled))
            QVERIFY(arguments.at(0).value<std::chrono::milliseconds>() >= 0ms);
        QCOMPARE(JwtClaims::fromToken(succeeded.at(0).at(0).value<TokenResponse>().accessToken)->email,
                 QStringLiteral("owner@acme.test"));
    }

    void slowsDownOnRateLimit()
    {
        DevServer server(args({QStringLiteral("--rate-burst-device"),
                               QStringLiteral("2"),
                               QStringLiteral("--rate-refill"),
                               QStringLiteral("3")}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client);
        QSignalSpy scheduled(&flow, &DeviceFlow::pollScheduled);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        // code (1 credit), poll 1 (1 credit), poll 2 -> 429: interval 1 s -> 6 s.
        QTRY_VERIFY_WITH_TIMEOUT(flow.interval() == 6s, 8000);
        QVERIFY(flow.isActive());
        QCOMPARE(failed.size(), 0);
        QVERIFY(scheduled.last().at(0).value<std::chrono::milliseconds>() >= 5000ms);
        QCOMPARE(server.requests(QStringLiteral("/auth/token")).last()[QStringLiteral("status")].toInt(), 429);
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Cancelled);
    }

    void stopsAtExpiry()
    {
        DevServer server(args({QStringLiteral("--device-expires-in"), QStringLiteral("3")}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 8000);
        QCOMPARE(failed.at(0).at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Expired);
        const qsizetype polls = server.requests(QStringLiteral("/auth/token")).size();
        QVERIFY(polls >= 1 && polls <= 3);
        QVERIFY(!flow.hasPendingPoll()); // no polling after expiry
    }

    void cancelStopsPolling()
    {
        DevServer server(args({}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client);
        QSignalSpy code(&flow, &DeviceFlow::codeReceived);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, 5000);
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Cancelled);
        QVERIFY(!flow.hasPendingPoll()); // nothing scheduled: nothing will be sent
        QCOMPARE(server.requests(QStringLiteral("/auth/token")).size(), 0);
    }

    void unknownClientFails()
    {
        DevServer server(args({}));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ApiClient client;
        client.setBaseUrl(server.baseUrl());
        DeviceFlow flow(&client,
                        DeviceClient {QStringLiteral("not-a-platform-client"),
                                      QStringLiteral("platform"),
                                      QStringLiteral("admin-cli")});
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Error);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::BadRequest);
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"
