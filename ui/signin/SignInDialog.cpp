// SPDX-License-Identifier: MIT
#include "signin/SignInDialog.h"

#include "ErrorPresenter.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "api/TransportPolicy.h"
#include "settings/Settings.h"
#include "signin/DeviceSignInPage.h"
#include "signin/PasswordSignInPage.h"
#include "signin/TokenSignInPage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {

QString methodKey(SignInDialog::Method method)
{
    switch (method) {
    case SignInDialog::Method::Device:
        return QStringLiteral("device");
    case SignInDialog::Method::Password:
        return QStringLiteral("password");
    case SignInDialog::Method::Token:
        return QStringLiteral("token");
    }
    return QStringLiteral("device");
}

SignInDialog::Method methodFromKey(const QString& key)
{
    if (key == QLatin1String("password"))
        return SignInDialog::Method::Password;
    if (key == QLatin1String("token"))
        return SignInDialog::Method::Token;
    return SignInDialog::Method::Device;
}

} // namespace

SignInDialog::SignInDialog(ApiClient* client, AuthSession* session, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_session(session)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — SSO User Admin"));
    buildUi();
    connect(m_session, &AuthSession::signedIn, this, [this] {
        if (m_client)
            Settings::setSignInMethod(m_client->origin(), methodKey(method()));
        m_device->abandon();
        accept();
    });
    connect(
        m_session, &AuthSession::signInFailed, this, [this](AuthSession::SignInFailure failure, const ApiError& error) {
            showError(ErrorPresenter::signInFailure(failure, error));
        });
}

SignInDialog::~SignInDialog()
{
    // ~QDialog hides the dialog (the server field loses focus and emits editingFinished) and destroys the tab
    // widget (removing its pages emits currentChanged) after this object has stopped being a SignInDialog.
    m_server->disconnect(this);
    m_methods->disconnect(this);
}

void SignInDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    m_notice = new QLabel(this);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://sso.example.com"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    auto* serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    m_server->setAccessibleName(tr("Server"));
    form->addRow(serverLabel, m_server);
    layout->addLayout(form);

    m_methods = new QTabWidget(this);
    m_methods->setObjectName(QStringLiteral("signInMethod"));
    m_methods->setAccessibleName(tr("How to sign in"));
    m_device = new DeviceSignInPage(m_client, m_methods);
    m_password = new PasswordSignInPage(m_client, m_methods);
    m_token = new TokenSignInPage(m_client, m_session, m_methods);
    m_methods->addTab(m_device, tr("&Browser"));
    m_methods->addTab(m_password, tr("E&mail and password"));
    m_methods->addTab(m_token, tr("Access &token"));
    layout->addWidget(m_methods, 1);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    layout->addWidget(buttons);

    for (SignInPage* page : {static_cast<SignInPage*>(m_device),
                             static_cast<SignInPage*>(m_password),
                             static_cast<SignInPage*>(m_token)}) {
        page->setPrepare([this] { return prepare(); });
        connect(page, &SignInPage::errorOccurred, this, &SignInDialog::showError);
        connect(page,
                &SignInPage::tokensReceived,
                this,
                [this, page](const TokenResponse& tokens, AuthSession::Persistence persistence) {
                    onTokensReceived(page, tokens, persistence);
                });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_methods, &QTabWidget::currentChanged, this, [this](int index) {
        // What ran on the page left is abandoned: a code or a half-done sign-in must not come back as if it worked.
        if (auto* left = qobject_cast<SignInPage*>(m_methods->widget(m_shownPage)); left && m_shownPage != index)
            left->abandon();
        m_shownPage = index;
        showError(QString());
        if (SignInPage* page = currentPage())
            page->activate();
    });
    connect(m_server, &QLineEdit::editingFinished, this, &SignInDialog::onServerEdited);
    connect(m_server, &QLineEdit::returnPressed, this, [this] {
        if (SignInPage* page = currentPage())
            page->startFromServerField();
    });
    m_device->activate();
    setMinimumWidth(560);
}

void SignInDialog::setServerUrl(const QUrl& url)
{
    m_server->setText(url.toString());
    onServerEdited();
}

QUrl SignInDialog::serverUrl() const
{
    return ServerAddress::fromUserInput(m_server->text(), m_client && m_client->allowInsecureHttp()).url;
}

void SignInDialog::setServerEditable(bool editable)
{
    m_server->setReadOnly(!editable);
}

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

SignInDialog::Method SignInDialog::method() const
{
    return Method(std::clamp(m_methods->currentIndex(), 0, 2));
}

void SignInDialog::setMethod(Method method)
{
    m_methods->setCurrentIndex(int(method));
}

QString SignInDialog::userCode() const
{
    return m_device->userCode();
}

SignInPage* SignInDialog::currentPage() const
{
    return qobject_cast<SignInPage*>(m_methods->currentWidget());
}

void SignInDialog::onServerEdited()
{
    const ServerAddress::Result address =
        ServerAddress::fromUserInput(m_server->text(), m_client && m_client->allowInsecureHttp());
    if (!address.ok())
        return;
    const QString origin = TransportPolicy::origin(address.url);
    if (origin == m_origin)
        return;
    m_origin = origin;
    for (SignInPage* page :
         {static_cast<SignInPage*>(m_device), static_cast<SignInPage*>(m_password), static_cast<SignInPage*>(m_token)})
        page->serverChanged(origin);
    // The way that worked last time on this server is offered first.
    setMethod(methodFromKey(Settings::signInMethod(origin)));
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_autoStart && !m_autoStarted && !m_server->text().trimmed().isEmpty() && method() == Method::Device) {
        m_autoStarted = true;
        QTimer::singleShot(0, m_device, &DeviceSignInPage::start);
    } else if (m_server->text().trimmed().isEmpty()) {
        m_server->setFocus();
    } else if (SignInPage* page = currentPage()) {
        page->activate();
    }
}

void SignInDialog::reject()
{
    for (SignInPage* page :
         {static_cast<SignInPage*>(m_device), static_cast<SignInPage*>(m_password), static_cast<SignInPage*>(m_token)})
        page->abandon();
    QDialog::reject();
}

bool SignInDialog::prepare()
{
    showError(QString());
    const ServerAddress::Result address =
        ServerAddress::fromUserInput(m_server->text(), m_client && m_client->allowInsecureHttp());
    if (!address.ok()) {
        showError(ErrorPresenter::serverAddressProblem(address.problem));
        m_server->setFocus();
        return false;
    }
    if (m_client->baseUrl() != address.url)
        m_client->setBaseUrl(address.url);
    onServerEdited();
    return true;
}

void SignInDialog::onTokensReceived(SignInPage* page, const TokenResponse& tokens, AuthSession::Persistence persistence)
{
    // On success the session's signedIn() accepts (and may delete) this dialog: touch nothing afterwards.
    const QPointer<SignInDialog> alive(this);
    if (m_session && m_session->signIn(tokens, persistence))
        return;
    if (alive)
        page->sessionRefused(); // signInFailed has shown why
}

void SignInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace UserAdmin
