// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthSession.h"
#include "auth/DeviceFlow.h"
#include "auth/MemoryTokenStore.h"
#include "i18n/Translations.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Admin = QStringLiteral("admin@acme.test");
const QString Member = QStringLiteral("member@acme.test");
const QString TokenPath = QStringLiteral("/auth/token");

/// 8 characters without look-alikes (no 0, O, 1, I), hyphen in the middle (contract 4.1).
const QRegularExpression UserCodePattern(QStringLiteral("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"));

QStringList serverArguments(std::initializer_list<const char*> extra)
{
    QStringList arguments {QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("20")};
    for (const char* argument : extra)
        arguments << QLatin1String(argument);
    return arguments;
}

/// One dialog with its own client, session and in-memory store.
struct Fixture
{
    explicit Fixture(const QUrl& server)
        : session(&client, &store)
        , dialog(&client, &session)
    {
        dialog.setServerUrl(server);
    }

    template<typename T = QPushButton>
    T* child(const char* name) const
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QString shownCode() const { return child<QLabel>("userCode")->text(); }
    /// Clicks the tab of a way to sign in, as a person would.
    void chooseMethod(SignInDialog::Method method) const
    {
        QTabBar* bar = child<QTabWidget>("signInMethod")->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(method)).center());
    }
    QLabel* error() const { return child<QLabel>("signInError"); }
    void click(const char* name) const { QTest::mouseClick(child(name), Qt::LeftButton); }

    ApiClient client;
    MemoryTokenStore store;
    AuthSession session;
    SignInDialog dialog;
};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void deviceFlowAutoApproved();
    void deviceFlowApprovedThroughControlEndpoint();
    void deviceFlowExpiry();
    void pastedToken_data();
    void pastedToken();
    void switchingPagesDropsTheCode();
    void insecureHttpRefused();
    void serverUrlWithoutScheme_data();
    void serverUrlWithoutScheme();
    void cancelStopsPolling();
    void userDataIsPlainText();
    void passwordWithMfaSignsInAndIsOfferedNextTime();
    void waysAreTabsWithNames();

private:
    std::unique_ptr<DevServer> m_autoApprove;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<DevServer> m_server2026;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signindialog"));
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    m_autoApprove =
        std::make_unique<DevServer>(serverArguments({"--auto-approve", "admin@acme.test", "--device-interval", "1"}));
    QVERIFY2(m_autoApprove->start(), qPrintable(m_autoApprove->errorString()));
    m_server = std::make_unique<DevServer>(serverArguments({"--device-interval", "1"}));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server2026 = std::make_unique<DevServer>(serverArguments({"--shape", "2026"}));
    QVERIFY2(m_server2026->start(), qPrintable(m_server2026->errorString()));
}

void TestSignInDialog::init()
{
    m_server->clearRequests();
    QSettings().clear(); // each test starts with the way offered to someone who never signed in
}

void TestSignInDialog::deviceFlowAutoApproved()
{
    Fixture f(m_autoApprove->baseUrl());
    QSignalSpy accepted(&f.dialog, &QDialog::accepted);
    f.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.dialog));
    QVERIFY(f.child("startDeviceFlow")->isVisible());
    QVERIFY(!f.child("copyUserCode")->isVisible());
    f.click("startDeviceFlow");

    // The code is shown (large, upper case) with its buttons while the first poll (after 1 s) is pending.
    QTRY_VERIFY_WITH_TIMEOUT(!f.shownCode().isEmpty(), 10000);
    QVERIFY2(UserCodePattern.match(f.shownCode()).hasMatch(), qPrintable(f.shownCode()));
    QCOMPARE(f.shownCode(), f.dialog.userCode());
    QVERIFY(f.child("copyUserCode")->isVisible());
    QVERIFY(f.child("openBrowser")->isVisible());
    QVERIFY(f.child("checkNow")->isVisible());
    QVERIFY(!f.child("startDeviceFlow")->isVisible());
    QVERIFY(f.child<QProgressBar>("signInProgress")->isVisible());
    QVERIFY(f.child<QLabel>("verificationUri")->text().contains(u"http"));
    f.click("copyUserCode");
    QCOMPARE(QGuiApplication::clipboard()->text(), f.shownCode());

    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    QVERIFY(!f.dialog.isVisible());
    QVERIFY(f.session.isSignedIn());
    QCOMPARE(f.session.memberEmail(), Admin);
    QCOMPARE(f.session.persistence(), AuthSession::Persistence::Store);
    QVERIFY(f.client.hasAccessToken());
    QTRY_VERIFY(f.store.contains(f.client.origin(), Admin));
    // Exactly one token was taken: polling stopped after the first 200.
    QCOMPARE(m_autoApprove->requests(TokenPath, QStringLiteral("POST")).size(), 1);
}

void TestSignInDialog::deviceFlowApprovedThroughControlEndpoint()
{
    Fixture f(m_server->baseUrl());
    QSignalSpy accepted(&f.dialog, &QDialog::accepted);
    f.dialog.setAutoStart(true);
    f.dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog.userCode().isEmpty(), 10000);
    QVERIFY2(UserCodePattern.match(f.shownCode()).hasMatch(), qPrintable(f.shownCode()));
    // Not approved yet: polls are answered "pending" and the dialog waits.
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests(TokenPath, QStringLiteral("POST")).isEmpty(), 5000);
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(f.child<QLabel>("signInStatus")->text().contains(u"Waiting for approval"));

    QVERIFY(m_server->approveDevice(f.dialog.userCode(), Member));
    f.click("checkNow");
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    QCOMPARE(f.session.memberEmail(), Member);
    QVERIFY(!f.error()->isVisible());
}

void TestSignInDialog::deviceFlowExpiry()
{
    DevServer shortLived(serverArguments({"--device-expires-in", "2", "--device-interval", "1"}));
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    Fixture f(shortLived.baseUrl());
    QSignalSpy accepted(&f.dialog, &QDialog::accepted);
    QSignalSpy rejected(&f.dialog, &QDialog::rejected);
    f.dialog.show();
    f.click("startDeviceFlow");
    QTRY_VERIFY_WITH_TIMEOUT(!f.shownCode().isEmpty(), 10000);

    QTRY_VERIFY_WITH_TIMEOUT(f.error()->isVisible(), 8000);
    QVERIFY2(f.error()->text().contains(u"expired"), qPrintable(f.error()->text()));
    QVERIFY(f.child("startDeviceFlow")->isVisible());
    QCOMPARE(f.child("startDeviceFlow")->text().remove(QLatin1Char('&')), QStringLiteral("Get a new code"));
    QVERIFY(f.shownCode().isEmpty());
    QVERIFY(f.dialog.userCode().isEmpty()); // the dead code is gone
    QVERIFY(!f.child("checkNow")->isVisible());
    QVERIFY(!f.child("copyUserCode")->isVisible());
    QVERIFY(!f.child<QProgressBar>("signInProgress")->isVisible());
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(accepted.size() + rejected.size(), 0);

    // "Get a new code" starts over and clears the error.
    f.click("startDeviceFlow");
    QVERIFY(!f.error()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!f.shownCode().isEmpty(), 10000);
    QVERIFY(f.child("checkNow")->isVisible());
}

void TestSignInDialog::pastedToken_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("keep");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("valid, kept") << QStringLiteral("valid") << true << true << QString();
    QTest::newRow("valid, session only") << QStringLiteral("valid") << false << true << QString();
    QTest::newRow("expired") << QStringLiteral("expired") << true << false << QStringLiteral("expired");
    QTest::newRow("revoked") << QStringLiteral("revoked") << true << false << QStringLiteral("does not accept");
    QTest::newRow("garbage") << QStringLiteral("garbage") << true << false << QStringLiteral("cannot be used");
    QTest::newRow("empty") << QStringLiteral("empty") << true << false << QStringLiteral("Paste the access token");
}

void TestSignInDialog::pastedToken()
{
    QFETCH(QString, kind);
    QFETCH(bool, keep);
    QFETCH(bool, accepted);
    QFETCH(QString, errorPart);

    Fixture f(m_server->baseUrl());
    QSignalSpy acceptedSpy(&f.dialog, &QDialog::accepted);
    f.dialog.show();
    f.chooseMethod(SignInDialog::Method::Token);
    auto* field = f.child<QLineEdit>("accessToken");
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    auto* keepBox = f.child<QCheckBox>("rememberToken");
    QVERIFY(keepBox->isVisible());
    QVERIFY(keepBox->isChecked()); // the default
    keepBox->setChecked(keep);

    QString token;
    if (kind == u"valid")
        token = m_server->tokenFor(Admin);
    else if (kind == u"expired")
        token = m_server->tokenFor(Admin, -600);
    else if (kind == u"garbage")
        token = QStringLiteral("this is not a token");
    else if (kind == u"revoked") {
        // Well-formed and unexpired, but its server session ended: only the server can tell.
        token = m_server->tokenFor(Admin);
        QCOMPARE(m_server->send("POST", QStringLiteral("/api/auth/logout"), token).status, 204);
    }
    if (kind != u"empty")
        QVERIFY(!token.isEmpty());
    QTest::keyClicks(field, token);
    f.click("signInWithToken");

    if (accepted) {
        QTRY_COMPARE(acceptedSpy.size(), 1);
        QCOMPARE(f.session.memberEmail(), Admin);
        QCOMPARE(f.client.accessToken(), token);
        QCOMPARE(f.session.persistence(),
                 keep ? AuthSession::Persistence::Store : AuthSession::Persistence::SessionOnly);
        if (keep)
            QTRY_VERIFY(f.store.contains(f.client.origin(), Admin));
        QCOMPARE(f.store.entryCount(), keep ? 1 : 0); // MemoryTokenStore writes at once
        return;
    }
    QTRY_VERIFY(f.error()->isVisible());
    QVERIFY2(f.error()->text().contains(errorPart), qPrintable(f.error()->text()));
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(acceptedSpy.size(), 0);
    QVERIFY(!f.session.isSignedIn());
    QVERIFY(!f.client.hasAccessToken());
    QCOMPARE(f.store.entryCount(), 0);
    // The person can correct it: a good token then signs in from the same dialog.
    field->clear();
    QTest::keyClicks(field, m_server->tokenFor(Member));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(acceptedSpy.size(), 1);
    QCOMPARE(f.session.memberEmail(), Member);
}

void TestSignInDialog::switchingPagesDropsTheCode()
{
    Fixture f(m_server->baseUrl());
    f.dialog.show();
    f.click("startDeviceFlow");
    QTRY_VERIFY_WITH_TIMEOUT(!f.shownCode().isEmpty(), 10000);
    f.chooseMethod(SignInDialog::Method::Token);
    QVERIFY(f.dialog.userCode().isEmpty());
    const qsizetype polls = m_server->requests(TokenPath, QStringLiteral("POST")).size();
    f.chooseMethod(SignInDialog::Method::Device);
    // Back on the device page: no stale code, no buttons for it, a way to get a new one.
    QVERIFY(f.shownCode().isEmpty());
    QVERIFY(!f.child("copyUserCode")->isVisible());
    QVERIFY(!f.child("checkNow")->isVisible());
    QVERIFY(f.child("startDeviceFlow")->isVisible());
    // The abandoned flow is gone, and with it every timer that could poll.
    QTRY_VERIFY(f.dialog.findChildren<DeviceFlow*>().isEmpty());
    QCOMPARE(m_server->requests(TokenPath, QStringLiteral("POST")).size(), polls);
}

void TestSignInDialog::insecureHttpRefused()
{
    Fixture f(QUrl(QStringLiteral("http://sso.example.com")));
    QSignalSpy finishedRequests(f.client.networkAccessManager(), &QNetworkAccessManager::finished);
    f.dialog.show();
    f.click("startDeviceFlow");
    QVERIFY(f.error()->isVisible());
    QVERIFY2(f.error()->text().contains(u"plain http is only used for this computer"), qPrintable(f.error()->text()));
    QVERIFY(f.dialog.userCode().isEmpty());
    QVERIFY(f.shownCode().isEmpty());
    QVERIFY(!f.child<QProgressBar>("signInProgress")->isVisible());
    QVERIFY(f.client.baseUrl().isEmpty()); // never adopted
    QVERIFY(f.dialog.isVisible());

    // The token path refuses the same address before anything is sent or signed in.
    f.chooseMethod(SignInDialog::Method::Token);
    QTest::keyClicks(f.child<QLineEdit>("accessToken"), m_server->tokenFor(Admin));
    f.click("signInWithToken");
    QVERIFY(f.error()->text().contains(u"plain http is only used for this computer"));
    QVERIFY(!f.session.isSignedIn());
    QVERIFY(f.client.baseUrl().isEmpty());
    // Nothing was started that could send a request.
    QVERIFY(f.dialog.findChildren<ApiJob*>().isEmpty());
    QVERIFY(f.session.findChildren<ApiJob*>().isEmpty());
    QCOMPARE(finishedRequests.size(), 0);
}

void TestSignInDialog::serverUrlWithoutScheme_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("host") << QStringLiteral("sso.example.com") << QUrl(QStringLiteral("https://sso.example.com"));
    QTest::newRow("host and port") << QStringLiteral(" sso.example.com:8443 ")
                                   << QUrl(QStringLiteral("https://sso.example.com:8443"));
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1:8080") << QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("localhost") << QStringLiteral("localhost:8080") << QUrl(QStringLiteral("http://localhost:8080"));
    QTest::newRow("explicit http") << QStringLiteral("http://sso.example.com")
                                   << QUrl(QStringLiteral("http://sso.example.com"));
}

void TestSignInDialog::serverUrlWithoutScheme()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, expected);
    Fixture f(QUrl {});
    f.dialog.show();
    QTest::keyClicks(f.child<QLineEdit>("serverUrl"), typed);
    QCOMPARE(f.dialog.serverUrl(), expected);
}

void TestSignInDialog::cancelStopsPolling()
{
    Fixture f(m_server->baseUrl());
    QSignalSpy rejected(&f.dialog, &QDialog::rejected);
    f.dialog.show();
    f.click("startDeviceFlow");
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog.userCode().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests(TokenPath, QStringLiteral("POST")).size() >= 1, 5000);

    f.click("cancelSignIn");
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
    QVERIFY(!f.dialog.isVisible());
    QVERIFY(f.dialog.userCode().isEmpty());
    const qsizetype polls = m_server->requests(TokenPath, QStringLiteral("POST")).size();
    // The flow is gone, and with it every timer that could poll.
    QTRY_VERIFY(f.dialog.findChildren<DeviceFlow*>().isEmpty());
    QCOMPARE(m_server->requests(TokenPath, QStringLiteral("POST")).size(), polls);
    // Approving the abandoned code now changes nothing here.
    QVERIFY(!f.session.isSignedIn());
}

void TestSignInDialog::userDataIsPlainText()
{
    Fixture f(m_server->baseUrl());
    const QString markup = QStringLiteral("<b>bold</b> &amp; <a href=\"x\">link</a>");
    f.dialog.setNotice(markup);
    f.dialog.show();
    for (const char* name : {"userCode", "verificationUri", "signInStatus", "signInError", "signInNotice"})
        QCOMPARE(f.child<QLabel>(name)->textFormat(), Qt::PlainText);
    QCOMPARE(f.child<QLabel>("signInNotice")->text(), markup);
    QVERIFY(f.child<QLabel>("signInNotice")->isVisible());
    QVERIFY(!f.child<QLabel>("userCode")->accessibleName().isEmpty());
    QCOMPARE(f.child<QLineEdit>("serverUrl")->text(), m_server->baseUrl().toString());
    QVERIFY(!f.child<QLineEdit>("serverUrl")->isReadOnly());
    f.dialog.setServerEditable(false);
    QVERIFY(f.child<QLineEdit>("serverUrl")->isReadOnly());
}

void TestSignInDialog::passwordWithMfaSignsInAndIsOfferedNextTime()
{
    {
        Fixture f(m_server2026->baseUrl());
        QSignalSpy accepted(&f.dialog, &QDialog::accepted);
        f.dialog.show();
        QCOMPARE(f.dialog.method(), SignInDialog::Method::Device); // the default for a server never signed in to
        f.chooseMethod(SignInDialog::Method::Password);
        QCOMPARE(f.dialog.focusWidget(), f.child<QLineEdit>("signInEmail"));
        QTest::keyClicks(f.child<QLineEdit>("signInEmail"), Admin);
        QTest::keyClicks(f.child<QLineEdit>("signInPassword"), QStringLiteral("acme-admin-pass"));
        QTest::keyClick(f.child<QLineEdit>("signInPassword"), Qt::Key_Return);
        auto* code = f.child<QLineEdit>("verificationCode");
        QVERIFY(QTest::qWaitFor([code] { return code->isVisible(); }, 10000));
        QTest::keyClicks(code, m_server2026->totpFor(Admin));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(f.session.memberEmail(), Admin);
        QVERIFY(f.session.hasRefreshToken());
        QVERIFY(f.store.contains(f.client.origin(), Admin));
    }
    // The way that worked is the one offered next time on this server, and only there.
    Fixture again(m_server2026->baseUrl());
    QCOMPARE(again.dialog.method(), SignInDialog::Method::Password);
    Fixture other(m_server->baseUrl());
    QCOMPARE(other.dialog.method(), SignInDialog::Method::Device);
}

void TestSignInDialog::waysAreTabsWithNames()
{
    Fixture f(m_server->baseUrl());
    f.dialog.show();
    auto* tabs = f.child<QTabWidget>("signInMethod");
    QCOMPARE(tabs->count(), 3);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->tabText(i).remove(QLatin1Char('&'));
    QCOMPARE(names,
             (QStringList {
                 QStringLiteral("Browser"), QStringLiteral("Email and password"), QStringLiteral("Access token")}));
    QCOMPARE(tabs->accessibleName(), QStringLiteral("How to sign in"));
    // A half-done password sign-in does not survive leaving its tab.
    f.chooseMethod(SignInDialog::Method::Password);
    QTest::keyClicks(f.child<QLineEdit>("signInEmail"), Admin);
    f.chooseMethod(SignInDialog::Method::Token);
    QCOMPARE(f.dialog.focusWidget(), f.child<QLineEdit>("accessToken"));
    QVERIFY(f.error()->isHidden());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
