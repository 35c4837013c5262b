// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "auth/JwtClaims.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "signin/DeviceSignInPage.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Admin = QStringLiteral("admin@acme.test");
const QString PlatformOwner = QStringLiteral("platform.owner@example.test");

struct Fixture
{
    explicit Fixture(const QUrl& server)
        : page(&client)
        , tokens(&page, &SignInPage::tokensReceived)
        , errors(&page, &SignInPage::errorOccurred)
    {
        client.setBaseUrl(server);
        page.serverChanged(client.origin());
        page.show();
        page.activate();
    }

    template<typename T = QPushButton>
    T* child(const char* name) const
    {
        T* widget = page.findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void type(const char* field, const QString& text) const
    {
        child<QLineEdit>(field)->clear();
        QTest::keyClicks(child<QLineEdit>(field), text);
    }
    /// Gets a code and waits until it is shown.
    bool showCode() const
    {
        QTest::mouseClick(child("startDeviceFlow"), Qt::LeftButton);
        return QTest::qWaitFor([this] { return !page.userCode().isEmpty(); }, 10000);
    }
    QString lastError() const { return errors.isEmpty() ? QString() : errors.last().at(0).toString(); }

    ApiClient client;
    DeviceSignInPage page;
    QSignalSpy tokens;
    QSignalSpy errors;
};

} // namespace

class TestDeviceSignInPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_devicesigninpage"));
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                            QStringLiteral("--shape"),
                                                            QStringLiteral("2026"),
                                                            QStringLiteral("--seed-users"),
                                                            QStringLiteral("20"),
                                                            QStringLiteral("--device-interval"),
                                                            QStringLiteral("1")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        QSettings().clear();
        m_server->clearRequests();
    }

    void platformClientByDefault()
    {
        Fixture f(m_server->baseUrl());
        QVERIFY(!f.child<QGroupBox>("deviceClientBox")->isVisible()); // folded away for most people
        QVERIFY(f.page.deviceClient().isPlatformClient());
        QCOMPARE(f.page.deviceClient().clientId, QStringLiteral("platform-admin-cli"));
        QCOMPARE(f.child<QLineEdit>("deviceClientId")->accessibleName(), QStringLiteral("Client ID"));
        QCOMPARE(f.child<QLineEdit>("deviceService")->accessibleName(), QStringLiteral("Service"));
    }

    void platformFlowRefusedForOrganizationStaffPointsToTheWayOut()
    {
        Fixture f(m_server->baseUrl());
        QVERIFY(f.showCode());
        QVERIFY(m_server->approveDevice(f.page.userCode(), Admin));
        QVERIFY(f.errors.wait(15000));
        QVERIFY2(f.lastError().startsWith(u"This server lets only platform owners sign in with the browser this way."),
                 qPrintable(f.lastError()));
        QVERIFY(f.lastError().contains(u"Platform device authorization requires a current platform owner"));
        QCOMPARE(f.tokens.size(), 0);
        // Advanced opens, where the organization's own service can be named; no dead code stays.
        QVERIFY(f.child<QGroupBox>("deviceClientBox")->isVisible());
        QVERIFY(f.page.userCode().isEmpty());
        QVERIFY(f.child("startDeviceFlow")->isVisible());
    }

    void platformOwnerSignsInWithThePlatformClient()
    {
        Fixture f(m_server->baseUrl());
        QVERIFY(f.showCode());
        QVERIFY(m_server->approveDevice(f.page.userCode(), PlatformOwner));
        QVERIFY(f.tokens.wait(15000));
        const auto claims = JwtClaims::fromToken(f.tokens.last().at(0).value<TokenResponse>().accessToken);
        QVERIFY(claims);
        QCOMPARE(claims->email, PlatformOwner);
        QVERIFY(claims->isPlatformOwner);
    }

    void serviceDeviceFlowIsRememberedPerServer()
    {
        {
            Fixture f(m_server->baseUrl());
            QTest::mouseClick(f.child<QToolButton>("deviceAdvanced"), Qt::LeftButton);
            QVERIFY(f.child<QGroupBox>("deviceClientBox")->isVisible());
            f.type("deviceClientId", QStringLiteral("client-desktop"));
            f.type("deviceOrganization", QStringLiteral("acme-corp"));
            f.type("deviceService", QStringLiteral("desktop"));
            QVERIFY(f.showCode());
            QVERIFY(m_server->approveDevice(f.page.userCode(), Admin));
            QVERIFY(f.tokens.wait(15000));
            const TokenResponse tokens = f.tokens.last().at(0).value<TokenResponse>();
            const auto claims = JwtClaims::fromToken(tokens.accessToken);
            QVERIFY(claims);
            QCOMPARE(claims->email, Admin);
            QCOMPARE(claims->audience, QStringLiteral("service:acme-corp/desktop"));
            QVERIFY(tokens.refreshToken.isEmpty()); // the organization's selection brings one (contract 9.5)
            const QJsonArray codes = m_server->requests(QStringLiteral("/auth/device/code"), QStringLiteral("POST"));
            QCOMPARE(codes.size(), 1);
        }
        // The next dialog for this server offers that service, unfolded so that it can be checked.
        Fixture again(m_server->baseUrl());
        QCOMPARE(
            again.page.deviceClient(),
            (DeviceClient {QStringLiteral("client-desktop"), QStringLiteral("acme-corp"), QStringLiteral("desktop")}));
        QVERIFY(again.child<QGroupBox>("deviceClientBox")->isVisible());
        // Another server still starts with the platform's client.
        again.page.serverChanged(QStringLiteral("https://sso.example.com"));
        QVERIFY(again.page.deviceClient().isPlatformClient());
        // And going back to the platform's client is one button.
        again.page.serverChanged(again.client.origin());
        QTest::mouseClick(again.child("usePlatformClient"), Qt::LeftButton);
        QVERIFY(again.page.deviceClient().isPlatformClient());
    }

    void unknownServiceClientShowsTheServersWords()
    {
        Fixture f(m_server->baseUrl());
        QTest::mouseClick(f.child<QToolButton>("deviceAdvanced"), Qt::LeftButton);
        f.type("deviceClientId", QStringLiteral("client-nothing"));
        f.type("deviceOrganization", QStringLiteral("acme-corp"));
        f.type("deviceService", QStringLiteral("desktop"));
        QTest::mouseClick(f.child("startDeviceFlow"), Qt::LeftButton);
        QVERIFY(f.errors.wait());
        QVERIFY2(f.lastError().contains(u"(HTTP status 400)"), qPrintable(f.lastError()));
        QVERIFY(f.page.userCode().isEmpty());
        // Nothing was kept: a client the server refused is not offered next time.
        QVERIFY(Settings::deviceClient(f.client.origin()).isPlatformClient());
    }

    void incompleteClientIsNotSent()
    {
        Fixture f(m_server->baseUrl());
        QTest::mouseClick(f.child<QToolButton>("deviceAdvanced"), Qt::LeftButton);
        f.child<QLineEdit>("deviceService")->clear();
        QTest::mouseClick(f.child("startDeviceFlow"), Qt::LeftButton);
        QCOMPARE(f.lastError(),
                 QStringLiteral("Enter the client ID, the organization and the service under Advanced, or use the "
                                "platform's client."));
        QCOMPARE(m_server->requests(QStringLiteral("/auth/device/code")).size(), 0);
    }

    // Issue 14: the page shows the very address "Open browser" opens.
    void showsTheAddressItOpens()
    {
        Fixture f(m_server->baseUrl());
        QVERIFY(f.showCode());
        const QString tooltip = f.child("openBrowser")->toolTip();
        QVERIFY2(tooltip.startsWith(u"Opens http://127.0.0.1:"), qPrintable(tooltip));
        const QString opened = tooltip.mid(QStringLiteral("Opens ").size());
        QVERIFY2(f.child<QLabel>("verificationUri")->text().contains(opened),
                 qPrintable(f.child<QLabel>("verificationUri")->text()));
    }

    // Issue 14: a `file:` (or any non-web) sign-in page from the server is refused before anything opens.
    void nonWebSignInPageIsRefused()
    {
        m_server->clearFaults();
        const QJsonObject body {{QStringLiteral("device_code"), QStringLiteral("dc")},
                                {QStringLiteral("user_code"), QStringLiteral("ABCD-EFGH")},
                                {QStringLiteral("verification_uri"), QStringLiteral("file:///etc/passwd")},
                                {QStringLiteral("expires_in"), 600},
                                {QStringLiteral("interval"), 1}};
        QVERIFY(m_server->addFault({{QStringLiteral("path"), QStringLiteral("/auth/device/code")},
                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                    {QStringLiteral("status"), 200},
                                    {QStringLiteral("body"), body}})
                > 0);
        Fixture f(m_server->baseUrl());
        QTest::mouseClick(f.child("startDeviceFlow"), Qt::LeftButton);
        QVERIFY(f.errors.wait(10000));
        QVERIFY2(f.lastError().contains(u"not an https address"), qPrintable(f.lastError()));
        QVERIFY(f.page.userCode().isEmpty());
        QVERIFY(!f.child("openBrowser")->isVisible());
        QVERIFY(f.child("startDeviceFlow")->isVisible());
        m_server->clearFaults();
    }

private:
    std::unique_ptr<DevServer> m_server;
};

QTEST_MAIN(TestDeviceSignInPage)
#include "tst_devicesigninpage.moc"
