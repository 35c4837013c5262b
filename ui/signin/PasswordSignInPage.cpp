// SPDX-License-Identifier: MIT
#include "signin/PasswordSignInPage.h"

#include "ErrorPresenter.h"
#include "KeepTogether.h"
#include "api/ApiClient.h"
#include "api/LoginJob.h"
#include "api/VerifyMfaJob.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace UserAdmin {

PasswordSignInPage::PasswordSignInPage(ApiClient* client, QWidget* parent)
    : SignInPage(client, parent)
{
    setObjectName(QStringLiteral("passwordSignInPage"));
    auto* layout = new QVBoxLayout(this);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps);

    // Step 1: email and password.
    auto* passwordStep = new QWidget(m_steps);
    auto* passwordLayout = new QVBoxLayout(passwordStep);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    auto* intro = plainLabel(passwordStep);
    intro->setText(tr("Owners and admins of an organization sign in with the email address and password of their "
                      "account; with two-step verification on, the code of the authenticator app follows."));
    passwordLayout->addWidget(intro);
    auto* form = new QFormLayout;
    m_email = new QLineEdit(passwordStep);
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setAccessibleName(tr("Email"));
    m_password = new QLineEdit(passwordStep);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setAccessibleName(tr("Password"));
    auto* emailLabel = new QLabel(tr("&Email:"), passwordStep);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"), passwordStep);
    passwordLabel->setBuddy(m_password);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    passwordLayout->addLayout(form);
    m_remember = new QCheckBox(tr("&Keep me signed in on this computer (in the system keychain)"), passwordStep);
    m_remember->setObjectName(QStringLiteral("rememberPasswordSignIn"));
    m_remember->setChecked(true);
    passwordLayout->addWidget(m_remember);
    auto* passwordButtons = new QHBoxLayout;
    passwordButtons->addStretch();
    m_signIn = new QPushButton(tr("&Sign in"), passwordStep);
    m_signIn->setObjectName(QStringLiteral("signInWithPassword"));
    passwordButtons->addWidget(m_signIn);
    passwordLayout->addLayout(passwordButtons);
    passwordLayout->addStretch();
    m_steps->addWidget(passwordStep);

    // Step 2: the verification code.
    auto* codeStep = new QWidget(m_steps);
    auto* codeLayout = new QVBoxLayout(codeStep);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_codeIntro = plainLabel(codeStep);
    m_codeIntro->setObjectName(QStringLiteral("verificationIntro"));
    codeLayout->addWidget(m_codeIntro);
    auto* codeForm = new QFormLayout;
    m_code = new QLineEdit(codeStep);
    m_code->setObjectName(QStringLiteral("verificationCode"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(10);
    // Digits, and the spaces some apps show in the middle of the code.
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,10}")), m_code));
    auto* codeLabel = new QLabel(tr("Verification &code:"), codeStep);
    codeLabel->setBuddy(m_code);
    codeForm->addRow(codeLabel, m_code);
    codeLayout->addLayout(codeForm);
    auto* codeButtons = new QHBoxLayout;
    m_restart = new QPushButton(tr("St&art again"), codeStep);
    m_restart->setObjectName(QStringLiteral("restartPasswordSignIn"));
    m_restart->setFlat(true);
    m_verifyButton = new QPushButton(tr("Veri&fy"), codeStep);
    m_verifyButton->setObjectName(QStringLiteral("verifyCode"));
    codeButtons->addWidget(m_restart);
    codeButtons->addStretch();
    codeButtons->addWidget(m_verifyButton);
    codeLayout->addLayout(codeButtons);
    codeLayout->addStretch();
    m_steps->addWidget(codeStep);

    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("passwordSignInStatus"));
    layout->addWidget(m_status);

    connect(m_signIn, &QPushButton::clicked, this, &PasswordSignInPage::signIn);
    connect(m_email, &QLineEdit::returnPressed, this, &PasswordSignInPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &PasswordSignInPage::signIn);
    connect(m_verifyButton, &QPushButton::clicked, this, &PasswordSignInPage::verifyCode);
    connect(m_code, &QLineEdit::returnPressed, this, &PasswordSignInPage::verifyCode);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        abandon();
        activate();
    });
}

PasswordSignInPage::~PasswordSignInPage()
{
    abandonJob(m_login);
    abandonJob(m_verify);
}

bool PasswordSignInPage::isAskingForCode() const
{
    return m_steps->currentIndex() == 1;
}

void PasswordSignInPage::activate()
{
    if (isAskingForCode()) {
        m_verifyButton->setDefault(true);
        m_code->setFocus();
        return;
    }
    m_signIn->setDefault(true);
    if (m_email->text().trimmed().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void PasswordSignInPage::abandon()
{
    abandonJob(m_login);
    abandonJob(m_verify);
    showPasswordStep();
    setStatus({});
}

void PasswordSignInPage::sessionRefused()
{
    abandon();
}

AuthSession::Persistence PasswordSignInPage::persistence() const
{
    return m_remember->isChecked() ? AuthSession::Persistence::Store : AuthSession::Persistence::SessionOnly;
}

void PasswordSignInPage::signIn()
{
    if (m_login || m_verify)
        return; // the button stays enabled (a disabled default button hands Return to Cancel): one at a time
    if (!prepare())
        return;
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        emit errorOccurred(tr("Enter the email address of your account."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        emit errorOccurred(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    auto* job = new LoginJob(client(), email, m_password->text());
    m_login = job;
    connect(job, &ApiJob::finished, this, [this, job] { onLoginFinished(job); });
    setStatus(tr("Signing in…"));
    job->start();
}

void PasswordSignInPage::onLoginFinished(LoginJob* job)
{
    m_login = nullptr;
    setStatus({});
    if (!job->succeeded()) {
        emit errorOccurred(ErrorPresenter::passwordSignInFailure(job->error(), false));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    // The password has done its work: it is not kept on screen or in memory any longer than needed.
    m_password->clear();
    if (job->needsVerificationCode()) {
        m_preauthToken = job->tokens().accessToken;
        // The step lasts five minutes (contract 9.5); a server saying otherwise is believed within a quarter hour.
        const qint64 lifetime = std::clamp<qint64>(job->tokens().expiresInSeconds.value_or(300), 0, 900);
        m_preauthExpiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        showCodeStep();
        return;
    }
    setStatus(tr("Signed in. Opening…"));
    emit tokensReceived(job->tokens(), persistence());
}

void PasswordSignInPage::verifyCode()
{
    if (m_login || m_verify)
        return;
    if (!prepare())
        return;
    const QString code = m_code->text().remove(QLatin1Char(' '));
    if (code.isEmpty()) {
        emit errorOccurred(tr("Enter the verification code from your authenticator app."));
        m_code->setFocus();
        return;
    }
    if (QDateTime::currentDateTimeUtc() >= m_preauthExpiresAt) {
        showPasswordStep();
        emit errorOccurred(tr("The five minutes for the verification code are over. Enter your password again."));
        activate();
        return;
    }
    auto* job = new VerifyMfaJob(client(), m_preauthToken, code);
    m_verify = job;
    connect(job, &ApiJob::finished, this, [this, job] { onVerifyFinished(job); });
    setStatus(tr("Checking the code…"));
    job->start();
}

void PasswordSignInPage::onVerifyFinished(VerifyMfaJob* job)
{
    m_verify = nullptr;
    setStatus({});
    if (!job->succeeded()) {
        emit errorOccurred(ErrorPresenter::passwordSignInFailure(job->error(), true));
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    m_preauthToken.clear();
    setStatus(tr("Signed in. Opening…"));
    emit tokensReceived(job->tokens(), persistence());
}

void PasswordSignInPage::showPasswordStep()
{
    m_preauthToken.clear();
    m_code->clear();
    m_steps->setCurrentIndex(0);
    m_signIn->setDefault(true);
}

void PasswordSignInPage::showCodeStep()
{
    //: %1 is the member's email address
    m_codeIntro->setText(tr("Enter the code your authenticator app shows for %1. It changes every 30 seconds; this "
                            "step stays open for five minutes.")
                             .arg(keepTogether(m_email->text().trimmed())));
    m_code->clear();
    m_steps->setCurrentIndex(1);
    m_verifyButton->setDefault(true);
    m_code->setFocus();
}

void PasswordSignInPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace UserAdmin
