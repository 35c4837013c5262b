// SPDX-License-Identifier: MIT
#include "DevServer.h"
#include "api/ApiClient.h"
#include "auth/JwtClaims.h"
#include "i18n/Translations.h"
#include "signin/PasswordSignInPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace UserAdmin;
using UserAdmin::Test::DevServer;

namespace {

const QString Admin = QStringLiteral("admin@acme.test"); // TOTP
const QString Owner = QStringLiteral("owner@acme.test"); // no MFA
const QString LoginPath = QStringLiteral("/api/auth/login");
const QString VerifyPath = QStringLiteral("/api/auth/mfa/verify");

/// One page with its own client, shown as a person sees it.
struct Fixture
{
    explicit Fixture(const QUrl& server)
        : page(&client)
        , tokens(&page, &SignInPage::tokensReceived)
        , errors(&page, &SignInPage::errorOccurred)
    {
        client.setBaseUrl(server);
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
    void signIn(const QString& email, const QString& password) const
    {
        type("signInEmail", email);
        type("signInPassword", password);
        QTest::mouseClick(child("signInWithPassword"), Qt::LeftButton);
    }
    QString lastError() const { return errors.isEmpty() ? QString() : errors.last().at(0).toString(); }
    TokenResponse lastTokens() const { return tokens.last().at(0).value<TokenResponse>(); }

    ApiClient client;
    PasswordSignInPage page;
    QSignalSpy tokens;
    QSignalSpy errors;
};

} // namespace

class TestPasswordSignInPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        m_server = std::make_unique<DevServer>(QStringList {QStringLiteral("--quiet"),
                                                            QStringLiteral("--shape"),
                                                            QStringLiteral("2026"),
                                                            QStringLiteral("--seed-users"),
                                                            QStringLiteral("20")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init()
    {
        m_server->clearFaults();
        m_server->clearRequests();
        QVERIFY(m_server->setRateLimit({{QStringLiteral("enabled"), false}}));
    }

    void accessibleNames()
    {
        Fixture f(m_server->baseUrl());
        QCOMPARE(f.child<QLineEdit>("signInEmail")->accessibleName(), QStringLiteral("Email"));
        QCOMPARE(f.child<QLineEdit>("signInPassword")->accessibleName(), QStringLiteral("Password"));
        QCOMPARE(f.child<QLineEdit>("signInPassword")->echoMode(), QLineEdit::Password);
        QCOMPARE(f.child<QLineEdit>("verificationCode")->accessibleName(), QStringLiteral("Verification code"));
        QCOMPARE(f.child("signInWithPassword")->text().remove(QLatin1Char('&')), QStringLiteral("Sign in"));
        QCOMPARE(f.child("verifyCode")->text().remove(QLatin1Char('&')), QStringLiteral("Verify"));
        QVERIFY(f.child("signInWithPassword")->isDefault());
        QVERIFY(f.child<QCheckBox>("rememberPasswordSignIn")->isChecked());
    }

    void withoutMfaSignsInAtOnce()
    {
        Fixture f(m_server->baseUrl());
        f.signIn(Owner, QStringLiteral("acme-owner-pass"));
        QVERIFY(f.tokens.wait());
        const TokenResponse tokens = f.lastTokens();
        const auto claims = JwtClaims::fromToken(tokens.accessToken);
        QVERIFY(claims);
        QCOMPARE(claims->email, Owner);
        QVERIFY(claims->isManagementToken());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(f.tokens.last().at(1).value<AuthSession::Persistence>(), AuthSession::Persistence::Store);
        // The password is not kept once the server has answered.
        QVERIFY(f.child<QLineEdit>("signInPassword")->text().isEmpty());
        QCOMPARE(m_server->requests(LoginPath, QStringLiteral("POST")).size(), 1);
        QCOMPARE(m_server->requests(VerifyPath).size(), 0);
    }

    void wrongPasswordSaysSoAndKeepsTheEmail()
    {
        Fixture f(m_server->baseUrl());
        f.signIn(Owner, QStringLiteral("not-the-password"));
        QVERIFY(f.errors.wait());
        QCOMPARE(f.lastError(),
                 QStringLiteral("The email address or the password is not right.\nThe server said: “Invalid email or "
                                "password” (HTTP status 401)"));
        QCOMPARE(f.tokens.size(), 0);
        QCOMPARE(f.child<QLineEdit>("signInEmail")->text(), Owner);
        QVERIFY(!f.page.isAskingForCode());
        // Corrected, the same page signs in.
        f.type("signInPassword", QStringLiteral("acme-owner-pass"));
        QTest::keyClick(f.child<QLineEdit>("signInPassword"), Qt::Key_Return);
        QVERIFY(f.tokens.wait());
    }

    void mfaAsksForTheCodeAndAllowsAnotherTry()
    {
        Fixture f(m_server->baseUrl());
        f.child<QCheckBox>("rememberPasswordSignIn")->setChecked(false);
        f.signIn(Admin, QStringLiteral("acme-admin-pass"));
        QVERIFY(QTest::qWaitFor([&f] { return f.page.isAskingForCode(); }, 10000));
        QCOMPARE(f.tokens.size(), 0); // a pre-authentication token is not a sign-in
        QVERIFY(f.child<QLineEdit>("verificationCode")->isVisible());
        QVERIFY(f.child<QLineEdit>("verificationCode")->hasFocus());
        QVERIFY(f.child<QLabel>("verificationIntro")->text().contains(Admin));

        // A wrong code: said so, and the step stays open.
        const QString right = m_server->totpFor(Admin);
        QVERIFY(!right.isEmpty());
        const QString wrong = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        f.type("verificationCode", wrong);
        QTest::mouseClick(f.child("verifyCode"), Qt::LeftButton);
        QVERIFY(f.errors.wait());
        QVERIFY2(f.lastError().startsWith(u"The verification code was not accepted."), qPrintable(f.lastError()));
        QVERIFY(f.page.isAskingForCode());

        f.type("verificationCode", m_server->totpFor(Admin));
        QTest::keyClick(f.child<QLineEdit>("verificationCode"), Qt::Key_Return);
        QVERIFY(f.tokens.wait());
        const auto claims = JwtClaims::fromToken(f.lastTokens().accessToken);
        QVERIFY(claims);
        QCOMPARE(claims->email, Admin);
        QVERIFY(!claims->isPreauthentication());
        QVERIFY(!f.lastTokens().refreshToken.isEmpty());
        QCOMPARE(f.tokens.last().at(1).value<AuthSession::Persistence>(), AuthSession::Persistence::SessionOnly);
        QCOMPARE(m_server->requests(VerifyPath, QStringLiteral("POST")).size(), 2);
    }

    void startAgainDropsTheCodeStep()
    {
        Fixture f(m_server->baseUrl());
        f.signIn(Admin, QStringLiteral("acme-admin-pass"));
        QVERIFY(QTest::qWaitFor([&f] { return f.page.isAskingForCode(); }, 10000));
        QTest::mouseClick(f.child("restartPasswordSignIn"), Qt::LeftButton);
        QVERIFY(!f.page.isAskingForCode());
        QVERIFY(f.child<QLineEdit>("signInPassword")->isVisible());
        QCOMPARE(f.child<QLineEdit>("signInEmail")->text(), Admin);
    }

    void refusedSignInShowsTheServersReason()
    {
        Fixture f(m_server->baseUrl());
        m_server->addFault({{QStringLiteral("path"), LoginPath},
                            {QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 403},
                            {QStringLiteral("body"),
                             QJsonObject {{QStringLiteral("error"),
                                           QStringLiteral("Suspicious login detected. This sign-in was blocked.")},
                                          {QStringLiteral("error_code"), QStringLiteral("FORBIDDEN")}}}});
        f.signIn(Owner, QStringLiteral("acme-owner-pass"));
        QVERIFY(f.errors.wait());
        QCOMPARE(f.lastError(),
                 QStringLiteral("The server refused this sign-in.\nThe server said: “Suspicious login detected. This "
                                "sign-in was blocked.” (HTTP status 403)"));
    }

    void rateLimitedSignInSaysWhenToTryAgain()
    {
        Fixture f(m_server->baseUrl());
        QVERIFY(m_server->setRateLimit({{QStringLiteral("enabled"), true},
                                        {QStringLiteral("burst_auth"), 1},
                                        {QStringLiteral("refill_auth"), 600}}));
        f.signIn(Owner, QStringLiteral("wrong"));
        QVERIFY(f.errors.wait());
        f.signIn(Owner, QStringLiteral("acme-owner-pass"));
        QVERIFY(f.errors.wait());
        QVERIFY2(f.lastError().startsWith(u"The server is busy; try again in "), qPrintable(f.lastError()));
        QCOMPARE(f.tokens.size(), 0);
        // A refused request is not sent again by itself: the second try is the person's.
        QCOMPARE(m_server->requests(LoginPath, QStringLiteral("POST")).size(), 2);
    }

    void olderServerHasNoPasswordSignIn()
    {
        DevServer seed({QStringLiteral("--quiet"), QStringLiteral("--seed-users"), QStringLiteral("5")});
        QVERIFY2(seed.start(), qPrintable(seed.errorString()));
        Fixture f(seed.baseUrl());
        f.signIn(Owner, QStringLiteral("acme-owner-pass"));
        QVERIFY(f.errors.wait());
        QVERIFY2(f.lastError().startsWith(u"This server does not offer sign-in with email and password."),
                 qPrintable(f.lastError()));
    }

    void incompleteInputIsNotSent()
    {
        Fixture f(m_server->baseUrl());
        f.signIn(QStringLiteral("not-an-address"), QStringLiteral("x"));
        QCOMPARE(f.lastError(), QStringLiteral("Enter the email address of your account."));
        f.signIn(Owner, QString());
        QCOMPARE(f.lastError(), QStringLiteral("Enter your password."));
        QCOMPARE(m_server->requests(LoginPath).size(), 0);
    }

private:
    std::unique_ptr<DevServer> m_server;
};

QTEST_MAIN(TestPasswordSignInPage)
#include "tst_passwordsigninpage.moc"
