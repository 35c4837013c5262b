// SPDX-License-Identifier: MIT
#pragma once

#include "signin/SignInPage.h"

#include <QPointer>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace UserAdmin {

/// Sign-in with an access token issued by the platform and pasted here. The session checks it with the server
/// before it is taken (AuthSession::signInWithPastedToken), so this page hands the token over instead of tokens.
class TokenSignInPage : public SignInPage
{
    Q_OBJECT
public:
    TokenSignInPage(ApiClient* client, AuthSession* session, QWidget* parent = nullptr);

    void activate() override;
    void abandon() override { }
    void sessionRefused() override { }
    void startFromServerField() override { signIn(); }

private:
    void signIn();

    QPointer<AuthSession> m_session;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace UserAdmin
