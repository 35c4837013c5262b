// SPDX-License-Identifier: MIT
#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "api/ApiClient.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "i18n/Translations.h"
#include "models/EndUserTableModel.h"
#include "settings/Settings.h"
#include "signin/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Admin = QStringLiteral("admin@acme.test");
const QString Member = QStringLiteral("member@acme.test");
const QString Acme = QStringLiteral("acme-corp");
const QByteArray TokenVariable = QByteArrayLiteral("SSO_USER_ADMIN_TOKEN");

bool listLoaded(MainWindow* window)
{
    return window && window->endUserModel()->hasLoaded() && !window->endUserModel()->isLoading()
        && window->endUserModel()->isCurrent();
}

bool noVisibleTopLevelWidget()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    return std::none_of(widgets.begin(), widgets.end(), [](const QWidget* widget) { return widget->isVisible(); });
}

bool dialogShown(AppController& controller)
{
    return controller.signInDialog() && controller.signInDialog()->isVisible();
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartSignsInAndRestoresNextTime();
    void environmentTokenIsNeverStored();
    void revokedSessionSignsInAgainOverTheSameWindow();
    void expiredTokenWithRefreshResumesWithoutDialog();
    void anotherMemberOverTheWindowGetsANewWindow();
    void signOut();
    void cancellingTheFirstDialogQuits();

private:
    std::unique_ptr<AppController> makeController(bool withServer, const QString& organization = Acme);
    /// Approves the dialog's device code as `email` through the control endpoint.
    bool approveDialog(AppController& controller, const QString& email);
    /// Puts a working sign-in for `email` in the store and the settings, as a previous run would have.
    void storeSignIn(const QString& email, const QString& accessToken, const QString& refreshToken = {});
    QAction* action(AppController& controller, const char* name);
    QString origin() const;

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<MemoryTokenStore> m_store;
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appcontroller"));
    Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                        QStringLiteral("--seed-users"),
                                                        QStringLiteral("200"),
                                                        QStringLiteral("--device-interval"),
                                                        QStringLiteral("1")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAppController::init()
{
    MessageBox::setTestMode(true);
    QSettings().clear();
    qunsetenv(TokenVariable.constData());
    m_store = std::make_unique<MemoryTokenStore>();
    m_server->clearRequests();
}

void TestAppController::cleanup()
{
    qunsetenv(TokenVariable.constData());
    // Nothing may outlive its controller: no window, no dialog.
    QTRY_VERIFY(noVisibleTopLevelWidget());
    m_store.reset();
}

QString TestAppController::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->baseUrl().port());
}

std::unique_ptr<AppController> TestAppController::makeController(bool withServer, const QString& organization)
{
    StartOptions options;
    if (withServer)
        options.server = m_server->baseUrl();
    options.organization = organization;
    return std::make_unique<AppController>(options, m_store.get());
}

bool TestAppController::approveDialog(AppController& controller, const QString& email)
{
    if (!QTest::qWaitFor(
            [&controller] { return dialogShown(controller) && !controller.signInDialog()->userCode().isEmpty(); },
            10000))
        return false;
    SignInDialog* dialog = controller.signInDialog();
    if (!m_server->approveDevice(dialog->userCode(), email))
        return false;
    dialog->findChild<QPushButton*>(QStringLiteral("checkNow"))->click();
    return true;
}

void TestAppController::storeSignIn(const QString& email, const QString& accessToken, const QString& refreshToken)
{
    bool written = false;
    m_store->write(
        origin(), email, StoredTokens {accessToken, refreshToken, {}}, this, [&written](const TokenStoreError& error) {
            QVERIFY(!error.isError());
            written = true;
        });
    QTRY_VERIFY(written);
    Settings::setLastServerUrl(m_server->baseUrl());
    Settings::setLastMember(origin(), email);
}

QAction* TestAppController::action(AppController& controller, const char* name)
{
    return controller.window() ? controller.window()->findChild<QAction*>(QLatin1String(name)) : nullptr;
}

void TestAppController::firstStartSignsInAndRestoresNextTime()
{
    {
        auto controller = makeController(false);
        QSignalSpy quit(controller.get(), &AppController::quitRequested);
        QVERIFY(controller->start());
        QTRY_VERIFY(dialogShown(*controller));
        QVERIFY(!controller->window());
        SignInDialog* dialog = controller->signInDialog();
        auto* serverField = dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl"));
        QVERIFY(serverField->text().isEmpty()); // nothing remembered yet
        QVERIFY(!serverField->isReadOnly());
        QVERIFY(dialog->userCode().isEmpty()); // nothing starts without a server

        QTest::keyClicks(serverField, m_server->baseUrl().toString());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startDeviceFlow")), Qt::LeftButton);
        QVERIFY(approveDialog(*controller, Admin));

        QTRY_VERIFY_WITH_TIMEOUT(controller->window() && controller->window()->isVisible(), 10000);
        QTRY_VERIFY(!dialogShown(*controller));
        QCOMPARE(controller->window()->signedInMember(), Admin);
        QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
        // The first rows may come before the organizations' answer (they leave together): wait for that one too.
        QTRY_COMPARE_WITH_TIMEOUT(controller->window()->currentOrganization(), Acme, 15000);
        QVERIFY(m_store->contains(origin(), Admin));
        QCOMPARE(m_store->entryCount(), 1);
        QCOMPARE(Settings::lastMember(origin()), Admin);
        QCOMPARE(Settings::lastServerUrl(), m_server->baseUrl());
        QCOMPARE(quit.size(), 0);
    }
    QTRY_VERIFY(noVisibleTopLevelWidget());

    // The next run (same keychain, same settings, no --server) goes straight to the window.
    m_server->clearRequests();
    auto controller = makeController(false, {});
    QVERIFY(controller->start());
    QTRY_VERIFY(controller->window());
    QVERIFY(!controller->signInDialog());
    QCOMPARE(controller->session()->memberEmail(), Admin);
    QCOMPARE(controller->client()->baseUrl(), m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QVERIFY(!controller->signInDialog());
    QVERIFY(m_server->requests(QStringLiteral("/auth/device/code")).isEmpty());
}

void TestAppController::environmentTokenIsNeverStored()
{
    qputenv(TokenVariable.constData(), m_server->tokenFor(Admin).toLatin1());
    auto controller = makeController(true);
    QVERIFY(controller->start());
    QVERIFY(controller->window()); // at once: nothing to ask or read
    QVERIFY(!controller->signInDialog());
    QCOMPARE(controller->session()->persistence(), AuthSession::Persistence::SessionOnly);
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QCOMPARE(m_store->entryCount(), 0); // MemoryTokenStore writes at once: nothing was written
    QVERIFY(Settings::lastMember(origin()).isEmpty());
    qunsetenv(TokenVariable.constData());
}

void TestAppController::revokedSessionSignsInAgainOverTheSameWindow()
{
    auto controller = makeController(true);
    QVERIFY(controller->start());
    QVERIFY(approveDialog(*controller, Admin));
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QPointer<MainWindow> window = controller->window();
    QVERIFY(controller->session()->hasRefreshToken()); // this server hands one out: the refresh must fail, too
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("example.com"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(window) && window->endUserModel()->query().search == u"example.com", 10000);
    const int rows = window->endUserModel()->rowCount();

    // The member's own server session ends (as when an admin revokes it, or it is logged out elsewhere).
    QCOMPARE(m_server->send("POST", QStringLiteral("/api/auth/logout"), controller->client()->accessToken()).status,
             204);
    action(*controller, "actionRefresh")->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(dialogShown(*controller), 10000);
    SignInDialog* dialog = controller->signInDialog();
    QCOMPARE(dialog->parentWidget(), window.data());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(), m_server->baseUrl().toString());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signInNotice"))->isVisible());
    QVERIFY(window->isVisible());
    QCOMPARE(window->endUserModel()->rowCount(), rows); // still there, marked not current
    QVERIFY(!window->endUserModel()->isCurrent());

    // Cancelling keeps the window (no quit); the next request that needs the sign-in brings the dialog back.
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelSignIn")), Qt::LeftButton);
    QTRY_VERIFY(!dialogShown(*controller));
    QCOMPARE(quit.size(), 0);
    QCOMPARE(controller->window(), window.data());
    action(*controller, "actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(dialogShown(*controller), 10000);
    QVERIFY(controller->signInDialog()->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->isReadOnly());

    // The device flow started by itself; approving it resumes the same window where it was.
    QVERIFY(approveDialog(*controller, Admin));
    QTRY_VERIFY_WITH_TIMEOUT(!dialogShown(*controller), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QCOMPARE(controller->window(), window.data());
    QCOMPARE(window->currentOrganization(), Acme);
    QCOMPARE(search->text(), QStringLiteral("example.com"));
    QCOMPARE(window->endUserModel()->query().search, QStringLiteral("example.com"));
    QCOMPARE(window->endUserModel()->rowCount(), rows);
    QTRY_VERIFY(m_store->contains(origin(), Admin));
}

void TestAppController::expiredTokenWithRefreshResumesWithoutDialog()
{
    const QJsonObject tokens = m_server->tokensFor(Admin, -600, true);
    const QString expired = tokens.value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    storeSignIn(Admin, expired, refresh);

    auto controller = makeController(false);
    QVERIFY(controller->start());
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QVERIFY(!controller->signInDialog());
    QVERIFY(controller->client()->accessToken() != expired);
    QVERIFY(!m_server->requests(QStringLiteral("/api/auth/refresh"), QStringLiteral("POST")).isEmpty());
    // The rotated tokens replaced the stored ones.
    QTRY_VERIFY(m_store->contains(origin(), Admin));
    QCOMPARE(m_store->entryCount(), 1);
}

void TestAppController::anotherMemberOverTheWindowGetsANewWindow()
{
    storeSignIn(Admin, m_server->tokenFor(Admin));
    auto controller = makeController(true);
    QVERIFY(controller->start());
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QPointer<MainWindow> first = controller->window();
    QCOMPARE(m_server->send("POST", QStringLiteral("/api/auth/logout"), controller->client()->accessToken()).status,
             204);
    action(*controller, "actionRefresh")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(dialogShown(*controller), 10000);

    // Someone else approves the code the dialog shows: nothing of the first member may stay. (The old window, with
    // the dialog over it, goes away while the dialog's device-flow job is still delivering its answer.)
    QVERIFY(approveDialog(*controller, Member));
    QTRY_VERIFY(controller->window() && controller->window() != first.data());
    QCOMPARE(controller->window()->signedInMember(), Member);
    QTRY_VERIFY(first.isNull());
    QTRY_VERIFY(!controller->signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QCOMPARE(Settings::lastMember(origin()), Member);
}

void TestAppController::signOut()
{
    storeSignIn(Admin, m_server->tokenFor(Admin));
    auto controller = makeController(false);
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    QVERIFY(controller->start());
    QTRY_VERIFY_WITH_TIMEOUT(listLoaded(controller->window()), 15000);
    QPointer<MainWindow> window = controller->window();
    m_server->clearRequests();

    QAction* signOut = action(*controller, "actionSignOut");
    QVERIFY(signOut);
    QVERIFY(signOut->isEnabled());
    signOut->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(dialogShown(*controller), 10000);
    QVERIFY(!controller->window());
    QTRY_VERIFY(window.isNull());
    QCOMPARE(m_server->requests(QStringLiteral("/api/auth/logout"), QStringLiteral("POST")).size(), 1);
    QCOMPARE(
        m_server->requests(QStringLiteral("/api/auth/logout")).first().toObject().value(u"authorization").toString(),
        QStringLiteral("bearer"));
    QVERIFY(!m_store->contains(origin(), Admin));
    QCOMPARE(m_store->entryCount(), 0);
    QVERIFY(Settings::lastMember(origin()).isEmpty());
    QVERIFY(!controller->session()->isSignedIn());
    QVERIFY(!controller->client()->hasAccessToken());

    SignInDialog* dialog = controller->signInDialog();
    QVERIFY(!dialog->parentWidget());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrl"))->text(), m_server->baseUrl().toString());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signInNotice"))->text().contains(u"signed out"));
    QVERIFY(dialog->userCode().isEmpty()); // waits for the person
    QCOMPARE(quit.size(), 0);
}

void TestAppController::cancellingTheFirstDialogQuits()
{
    auto controller = makeController(true);
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    QVERIFY(controller->start());
    QTRY_VERIFY_WITH_TIMEOUT(dialogShown(*controller) && !controller->signInDialog()->userCode().isEmpty(), 10000);
    QTest::mouseClick(controller->signInDialog()->findChild<QPushButton*>(QStringLiteral("cancelSignIn")),
                      Qt::LeftButton);
    QCOMPARE(quit.size(), 1);
    QVERIFY(!controller->window());
    QTRY_VERIFY(!controller->signInDialog());
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
