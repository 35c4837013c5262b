// SPDX-License-Identifier: MIT
// Nothing leaks (issue 14): a whole session against the 2026 server — email, password and MFA code, browsing, a
// detail, a revocation, signing out — then every file the program wrote and everything it logged (every category,
// debug included) is searched for the tokens, the password and the seeded password hashes. None may appear.
#include "AppController.h"
#include "DetailPane.h"
#include "DevServer.h"
#include "EndUserListPane.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "i18n/Translations.h"
#include "models/EndUserTableModel.h"
#include "signin/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Admin = QStringLiteral("admin@acme.test"); // with TOTP
const QString Password = QStringLiteral("acme-admin-pass");
/// What the dev server puts into every seeded `password_hash` (base64 of "seeded-by-sso-dev-server").
const QByteArray PasswordHashMarker = QByteArrayLiteral("c2VlZGVkLWJ5LXNzby1kZXYtc2VydmVy");

QMutex logMutex;
QByteArray logged; ///< every message of the program, whatever its category and level

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    logged += QByteArray(context.category ? context.category : "default") + ' ' + QByteArray::number(int(type)) + ' '
        + message.toUtf8() + '\n';
}

/// The folders the program writes to under QStandardPaths' test mode.
QStringList writtenFolders()
{
    QStringList folders;
    for (const auto location : {QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation,
                                QStandardPaths::AppLocalDataLocation,
                                QStandardPaths::CacheLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders << folder;
    }
    return folders;
}

} // namespace

class TestNothingLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("useradmin-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_nothingleaks"));
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        MessageBox::setTestMode(true);
        // Only what this run writes counts.
        for (const QString& folder : writtenFolders())
            QDir(folder).removeRecursively();
        QFile::remove(QSettings().fileName());
        m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                            QStringLiteral("--shape"),
                                                            QStringLiteral("2026"),
                                                            QStringLiteral("--seed-users"),
                                                            QStringLiteral("30")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void wholeSessionLeavesNoSecretBehind()
    {
        // As --verbose and more: every category at debug, all of it captured (not printed).
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QStringList secrets;
        MemoryTokenStore store;
        {
            StartOptions options;
            options.server = m_server->baseUrl();
            options.organization = QStringLiteral("acme-corp");
            AppController controller(options, &store);
            QVERIFY(controller.start());

            // Sign in with email, password and the MFA code, as a person would.
            QTRY_VERIFY_WITH_TIMEOUT(controller.signInDialog() && controller.signInDialog()->isVisible(), 10000);
            SignInDialog* dialog = controller.signInDialog();
            QTabBar* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("signInMethod"))->tabBar();
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(SignInDialog::Method::Password)).center());
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInEmail")), Admin);
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"));
            QTest::keyClicks(password, Password);
            QTest::keyClick(password, Qt::Key_Return);
            auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("verificationCode"));
            QVERIFY(QTest::qWaitFor([code] { return code->isVisible(); }, 10000));
            QTest::keyClicks(code, m_server->totpFor(Admin));
            QTest::keyClick(code, Qt::Key_Return);

            // Browse: the list, a search, a detail.
            QTRY_VERIFY_WITH_TIMEOUT(controller.window() && controller.window()->isVisible(), 15000);
            MainWindow* window = controller.window();
            EndUserTableModel* model = window->endUserModel();
            QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && !model->isLoading() && model->rowCount() > 0, 15000);
            secrets << controller.client()->accessToken();
            QLineEdit* search = window->listPane()->searchField();
            search->setText(QStringLiteral("example.com"));
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(model->query().search == u"example.com" && model->hasLoaded()
                                         && !model->isLoading() && model->rowCount() > 0,
                                     15000);
            window->listPane()->table()->selectRow(0);
            const QString id = model->userAt(0).id;
            QTRY_VERIFY_WITH_TIMEOUT(window->selectedUserId() == id && window->detailPane()->loadedDetail(), 15000);

            // Revoke the end-user's sessions, confirmed through the message-box hook.
            auto* revoke = window->findChild<QAction*>(QStringLiteral("actionRevokeSessions"));
            QTRY_VERIFY_WITH_TIMEOUT(revoke->isEnabled(), 10000);
            m_server->clearRequests();
            MessageBox::answerNextWith(MessageBox::Answer::Accept);
            revoke->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(
                !m_server->requests(QStringLiteral("/api/organizations/acme-corp/users/*"), QStringLiteral("DELETE"))
                     .isEmpty(),
                10000);
            QTRY_VERIFY_WITH_TIMEOUT(!window->detailPane()->banner()->text().isEmpty(), 10000);

            // Every token of the session, as the store holds it (the sign-in's and the organization's own).
            bool read = false;
            store.read(controller.client()->origin(),
                       Admin,
                       this,
                       [&secrets, &read](const std::optional<StoredTokens>& tokens, const TokenStoreError&) {
                           read = true;
                           if (!tokens)
                               return;
                           secrets << tokens->accessToken << tokens->refreshToken;
                           for (const ScopedTokens& scoped : tokens->organizations)
                               secrets << scoped.accessToken << scoped.refreshToken;
                       });
            QTRY_VERIFY(read);
            secrets << controller.client()->accessToken();

            // Sign out: the dialog comes back.
            window->findChild<QAction*>(QStringLiteral("actionSignOut"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(controller.signInDialog() && controller.signInDialog()->isVisible(), 10000);
            QTRY_VERIFY(!controller.session()->isSignedIn());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        secrets.removeAll(QString());
        secrets.removeDuplicates();
        QVERIFY2(secrets.size() >= 2, "the session had an access and a refresh token");

        QList<QByteArray> needles {PasswordHashMarker, Password.toUtf8()};
        for (const QString& secret : std::as_const(secrets))
            needles << secret.toUtf8();

        QByteArray log;
        {
            const QMutexLocker lock(&logMutex);
            log = logged;
        }
        QVERIFY2(log.contains("useradmin."), "the program's own debug messages were captured");
        for (const QByteArray& needle : std::as_const(needles))
            QVERIFY2(!log.contains(needle), "a secret was logged");

        QSettings().sync();
        QStringList files {QSettings().fileName()};
        for (const QString& folder : writtenFolders()) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        int searched = 0;
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++searched;
            const QByteArray content = file.readAll();
            for (const QByteArray& needle : std::as_const(needles))
                QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("a secret is in %1").arg(path)));
        }
        QVERIFY2(searched >= 2, "the settings and the audit journal were written and searched");
    }

private:
    std::unique_ptr<DevServer> m_server;
};

QTEST_MAIN(TestNothingLeaks)
#include "tst_nothingleaks.moc"
