// SPDX-License-Identifier: MIT
#include "signin/SignInDialog.h"

#include "ErrorPresenter.h"
#include "api/ApiClient.h"
#include "api/ServerAddress.h"
#include "api/TransportPolicy.h"
#include "auth/AuthSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
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
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    connect(m_session, &AuthSession::signedIn, this, [this] {
        cancelDeviceFlow();
        accept();
    });
    connect(
        m_session, &AuthSession::signInFailed, this, [this](AuthSession::SignInFailure failure, const ApiError& error) {
            setBusy(false);
            showError(ErrorPresenter::signInFailure(failure, error));
        });
}

SignInDialog::~SignInDialog()
{
    cancelDeviceFlow();
}

void SignInDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    m_notice = plainLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://sso.example.com"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    auto* serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    m_server->setAccessibleName(tr("Server"));
    form->addRow(serverLabel, m_server);
    layout->addLayout(form);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Device flow page.
    auto* device = new QWidget(m_pages);
    auto* deviceLayout = new QVBoxLayout(device);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    m_deviceIntro = plainLabel(device);
    m_deviceIntro->setText(tr("Sign in with your browser: this window shows a code, you enter it on the server's "
                              "sign-in page and approve with your usual account."));
    deviceLayout->addWidget(m_deviceIntro);

    m_userCode = new QLabel(device);
    m_userCode->setObjectName(QStringLiteral("userCode"));
    m_userCode->setTextFormat(Qt::PlainText);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_userCode->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.4);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_userCode->setFont(codeFont);
    m_userCode->setAccessibleName(tr("User code"));
    m_userCode->setMinimumHeight(QFontMetrics(codeFont).height() * 2);
    deviceLayout->addWidget(m_userCode);

    m_verificationUri = plainLabel(device);
    m_verificationUri->setObjectName(QStringLiteral("verificationUri"));
    m_verificationUri->setAlignment(Qt::AlignCenter);
    m_verificationUri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    deviceLayout->addWidget(m_verificationUri);

    auto* codeButtons = new QHBoxLayout;
    m_startDevice = new QPushButton(tr("&Get a code"), device);
    m_startDevice->setObjectName(QStringLiteral("startDeviceFlow"));
    m_copyCode = new QPushButton(tr("&Copy code"), device);
    m_copyCode->setObjectName(QStringLiteral("copyUserCode"));
    m_openBrowser = new QPushButton(tr("&Open browser"), device);
    m_openBrowser->setObjectName(QStringLiteral("openBrowser"));
    m_checkNow = new QPushButton(tr("Check &now"), device);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    codeButtons->addStretch();
    for (QPushButton* button : {m_startDevice, m_copyCode, m_openBrowser, m_checkNow})
        codeButtons->addWidget(button);
    codeButtons->addStretch();
    deviceLayout->addLayout(codeButtons);

    m_progress = new QProgressBar(device);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Waiting for approval"));
    deviceLayout->addWidget(m_progress);
    m_status = plainLabel(device);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    deviceLayout->addWidget(m_status);

    m_useToken = new QPushButton(tr("Use an &access token instead"), device);
    m_useToken->setObjectName(QStringLiteral("useAccessToken"));
    m_useToken->setFlat(true);
    deviceLayout->addWidget(m_useToken, 0, Qt::AlignLeft);
    m_pages->addWidget(device);

    // Access token page.
    auto* tokenPage = new QWidget(m_pages);
    auto* tokenLayout = new QVBoxLayout(tokenPage);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    auto* tokenIntro = plainLabel(tokenPage);
    tokenIntro->setText(tr("For servers without browser sign-in: paste an access token issued to you by the "
                           "platform. It is checked by the server on every request."));
    tokenLayout->addWidget(tokenIntro);
    auto* tokenForm = new QFormLayout;
    m_token = new QLineEdit(tokenPage);
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    auto* tokenLabel = new QLabel(tr("Access &token:"), tokenPage);
    tokenLabel->setBuddy(m_token);
    tokenForm->addRow(tokenLabel, m_token);
    tokenLayout->addLayout(tokenForm);
    m_rememberToken = new QCheckBox(tr("&Keep me signed in on this computer (in the system keychain)"), tokenPage);
    m_rememberToken->setObjectName(QStringLiteral("rememberToken"));
    m_rememberToken->setChecked(true);
    tokenLayout->addWidget(m_rememberToken);
    auto* tokenButtons = new QHBoxLayout;
    m_useDevice = new QPushButton(tr("Sign in with the &browser instead"), tokenPage);
    m_useDevice->setObjectName(QStringLiteral("useDeviceFlow"));
    m_useDevice->setFlat(true);
    m_signInWithToken = new QPushButton(tr("&Sign in"), tokenPage);
    m_signInWithToken->setObjectName(QStringLiteral("signInWithToken"));
    tokenButtons->addWidget(m_useDevice);
    tokenButtons->addStretch();
    tokenButtons->addWidget(m_signInWithToken);
    tokenLayout->addLayout(tokenButtons);
    tokenLayout->addStretch();
    m_pages->addWidget(tokenPage);

    m_error = plainLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setAccessibleName(tr("Sign-in error"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_startDevice, &QPushButton::clicked, this, &SignInDialog::startDeviceFlow);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(userCode());
        m_status->setText(tr("Code copied."));
    });
    connect(m_openBrowser, &QPushButton::clicked, this, &SignInDialog::openVerificationPage);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->checkNow();
    });
    connect(m_useToken, &QPushButton::clicked, this, [this] { showTokenPage(true); });
    connect(m_useDevice, &QPushButton::clicked, this, [this] { showTokenPage(false); });
    connect(m_signInWithToken, &QPushButton::clicked, this, &SignInDialog::signInWithPastedToken);
    connect(m_token, &QLineEdit::returnPressed, this, &SignInDialog::signInWithPastedToken);
    connect(m_server, &QLineEdit::returnPressed, this, [this] {
        if (m_pages->currentIndex() == 0)
            startDeviceFlow();
    });

    setBusy(false);
    m_copyCode->setVisible(false);
    m_openBrowser->setVisible(false);
    m_checkNow->setVisible(false);
    m_startDevice->setDefault(true);
    setMinimumWidth(520);
}

void SignInDialog::setServerUrl(const QUrl& url)
{
    m_server->setText(url.toString());
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

QString SignInDialog::userCode() const
{
    return m_flow ? m_flow->authorization().userCode : QString();
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_autoStart && !m_autoStarted && !m_server->text().trimmed().isEmpty()) {
        m_autoStarted = true;
        QTimer::singleShot(0, this, &SignInDialog::startDeviceFlow);
    } else if (m_server->text().trimmed().isEmpty()) {
        m_server->setFocus();
    }
}

void SignInDialog::reject()
{
    cancelDeviceFlow();
    QDialog::reject();
}

bool SignInDialog::applyServerUrl()
{
    const ServerAddress::Result address =
        ServerAddress::fromUserInput(m_server->text(), m_client && m_client->allowInsecureHttp());
    if (!address.ok()) {
        showError(ErrorPresenter::serverAddressProblem(address.problem));
        m_server->setFocus();
        return false;
    }
    if (m_client->baseUrl() != address.url)
        m_client->setBaseUrl(address.url);
    return true;
}

void SignInDialog::startDeviceFlow()
{
    clearError();
    if (!applyServerUrl())
        return;
    cancelDeviceFlow();
    m_flow = new DeviceFlow(m_client, this);
    connect(m_flow, &DeviceFlow::codeReceived, this, &SignInDialog::onCodeReceived);
    connect(m_flow, &DeviceFlow::succeeded, this, &SignInDialog::onDeviceSucceeded);
    connect(m_flow, &DeviceFlow::failed, this, &SignInDialog::onDeviceFailed);
    connect(m_flow, &DeviceFlow::pollScheduled, this, &SignInDialog::onPollScheduled);
    m_userCode->clear();
    m_verificationUri->clear();
    setBusy(true, tr("Asking the server for a code…"));
    m_startDevice->setVisible(false); // back with "Get a new code" if this fails
    m_flow->start();
}

void SignInDialog::cancelDeviceFlow()
{
    m_countdown.stop();
    if (m_flow) {
        DeviceFlow* flow = m_flow;
        m_flow = nullptr;
        flow->disconnect(this);
        flow->cancel();
        flow->deleteLater();
    }
}

void SignInDialog::onCodeReceived(const DeviceAuthorization& authorization)
{
    m_userCode->setText(authorization.userCode.toUpper());
    m_verificationUri->setText(tr("Enter the code at %1").arg(authorization.verificationUri.toString()));
    m_copyCode->setVisible(true);
    m_openBrowser->setVisible(true);
    m_checkNow->setVisible(true);
    m_startDevice->setVisible(false);
    m_openBrowser->setDefault(true);
    m_openBrowser->setFocus();
    setBusy(true, tr("Waiting for approval…"));
    m_countdown.start();
}

void SignInDialog::onPollScheduled(std::chrono::milliseconds delay)
{
    m_nextPollAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    updateCountdown();
}

void SignInDialog::updateCountdown()
{
    if (!m_flow)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 expiresIn = now.secsTo(m_flow->expiresAt());
    const qint64 nextCheck = std::max<qint64>(0, now.secsTo(m_nextPollAt));
    //: %1 is seconds until the next check, %2 minutes:seconds until the code expires
    m_status->setText(tr("Waiting for approval… next check in %1 s; the code expires in %2.")
                          .arg(nextCheck)
                          .arg(formatDuration(expiresIn)));
}

void SignInDialog::onDeviceSucceeded(const TokenResponse& tokens)
{
    m_countdown.stop();
    setBusy(true, tr("Approved. Signing in…"));
    // On success the session's signedIn() accepts (and may delete) this dialog: touch nothing afterwards.
    if (m_session && m_session->signIn(tokens, AuthSession::Persistence::Store))
        return;
    // The session refused the token (signInFailed showed why): offer a new code instead of a dead page.
    cancelDeviceFlow();
    resetDevicePage();
}

void SignInDialog::resetDevicePage()
{
    m_countdown.stop();
    setBusy(false);
    m_startDevice->setVisible(true);
    m_startDevice->setText(tr("&Get a new code"));
    m_startDevice->setDefault(true);
    m_checkNow->setVisible(false);
    m_copyCode->setVisible(false);
    m_openBrowser->setVisible(false);
    m_userCode->clear();
    m_verificationUri->clear();
}

void SignInDialog::onDeviceFailed(DeviceFlow::Failure failure, const ApiError& error)
{
    // The flow is over: drop it, so that neither userCode() nor "Check now" refer to a dead code.
    cancelDeviceFlow();
    resetDevicePage();
    showError(ErrorPresenter::deviceFlowFailure(failure, error));
}

void SignInDialog::signInWithPastedToken()
{
    clearError();
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        showError(tr("Paste the access token first."));
        m_token->setFocus();
        return;
    }
    if (!applyServerUrl())
        return;
    // The button stays enabled (a disabled default button would hand Return to Cancel); the session ignores a
    // second press while it checks the token with the server.
    m_session->signInWithPastedToken(
        token, m_rememberToken->isChecked() ? AuthSession::Persistence::Store : AuthSession::Persistence::SessionOnly);
}

void SignInDialog::openVerificationPage()
{
    if (!m_flow)
        return;
    const DeviceAuthorization& authorization = m_flow->authorization();
    const QUrl url = authorization.verificationUriComplete.isValid() ? authorization.verificationUriComplete
                                                                     : authorization.verificationUri;
    // The server names the page; only a web page is opened: https, or http on this very computer's server.
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const bool localHttp = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && TransportPolicy::isLoopbackHost(url.host())
        && url.host().compare(m_client->baseUrl().host(), Qt::CaseInsensitive) == 0;
    if (!url.isValid() || url.host().isEmpty() || (!https && !localHttp)) {
        //: %1 is the address the server gave
        showError(tr("The server gave a sign-in page that is not a web address of it (%1); it was not opened.")
                      .arg(url.toDisplayString()));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        showError(tr("No browser could be opened. Open %1 yourself and enter the code.").arg(url.toDisplayString()));
}

void SignInDialog::showTokenPage(bool show)
{
    clearError();
    if (show) {
        if (m_flow) {
            // The code shown is abandoned: coming back must not show it (or its buttons) as if it still worked.
            cancelDeviceFlow();
            resetDevicePage();
        }
        setBusy(false);
        m_pages->setCurrentIndex(1);
        m_signInWithToken->setDefault(true);
        m_token->setFocus();
    } else {
        m_pages->setCurrentIndex(0);
        m_startDevice->setVisible(true);
        m_signInWithToken->setDefault(false);
        m_startDevice->setDefault(true);
        m_startDevice->setFocus();
    }
}

void SignInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignInDialog::clearError()
{
    showError(QString());
}

void SignInDialog::setBusy(bool busy, const QString& status)
{
    m_progress->setVisible(busy);
    m_status->setText(status);
}

} // namespace UserAdmin
