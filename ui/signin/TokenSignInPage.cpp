// SPDX-License-Identifier: MIT
#include "signin/TokenSignInPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace UserAdmin {

TokenSignInPage::TokenSignInPage(ApiClient* client, AuthSession* session, QWidget* parent)
    : SignInPage(client, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("tokenSignInPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = plainLabel(this);
    intro->setText(tr("For servers without browser sign-in: paste an access token issued to you by the platform. "
                      "It is checked by the server before it is used."));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_token->setAccessibleName(tr("Access token"));
    auto* tokenLabel = new QLabel(tr("Access t&oken:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Keep me signed in on this computer (in the system keychain)"), this);
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInWithToken"));
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &TokenSignInPage::signIn);
    connect(m_token, &QLineEdit::returnPressed, this, &TokenSignInPage::signIn);
}

void TokenSignInPage::activate()
{
    m_signIn->setDefault(true);
    m_token->setFocus();
}

void TokenSignInPage::signIn()
{
    if (!prepare())
        return;
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        emit errorOccurred(tr("Paste the access token first."));
        m_token->setFocus();
        return;
    }
    // The button stays enabled (a disabled default button would hand Return to Cancel); the session ignores a
    // second press while it checks the token with the server.
    if (m_session)
        m_session->signInWithPastedToken(
            token, m_remember->isChecked() ? AuthSession::Persistence::Store : AuthSession::Persistence::SessionOnly);
}

} // namespace UserAdmin
