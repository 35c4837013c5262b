// SPDX-License-Identifier: MIT
#pragma once

#include "signin/SignInPage.h"

#include <QDateTime>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace UserAdmin {

class LoginJob;
class VerifyMfaJob;

/// Sign-in with email and password (contract 9.5), then, when the account has MFA, the verification code of the
/// authenticator app. The password is sent once and not kept by the page after the server answered; a wrong code
/// leaves the code step open for another try until its five minutes are over.
class PasswordSignInPage : public SignInPage
{
    Q_OBJECT
public:
    explicit PasswordSignInPage(ApiClient* client, QWidget* parent = nullptr);
    ~PasswordSignInPage() override;

    void activate() override;
    void abandon() override;
    void sessionRefused() override;
    void startFromServerField() override { signIn(); }

    /// True while the code step is shown.
    bool isAskingForCode() const;

private:
    void signIn();
    void verifyCode();
    void onLoginFinished(LoginJob* job);
    void onVerifyFinished(VerifyMfaJob* job);
    void showPasswordStep();
    void showCodeStep();
    AuthSession::Persistence persistence() const;
    void setStatus(const QString& text);

    QPointer<LoginJob> m_login;
    QPointer<VerifyMfaJob> m_verify;
    QString m_preauthToken;
    QDateTime m_preauthExpiresAt;

    QStackedWidget* m_steps = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_codeIntro = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_restart = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace UserAdmin
