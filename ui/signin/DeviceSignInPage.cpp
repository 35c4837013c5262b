// SPDX-License-Identifier: MIT
#include "signin/DeviceSignInPage.h"

#include "ErrorPresenter.h"
#include "api/ApiClient.h"
#include "api/TransportPolicy.h"
#include "settings/Settings.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QLineEdit* identifierField(const QString& objectName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    return field;
}

} // namespace

DeviceSignInPage::DeviceSignInPage(ApiClient* client, QWidget* parent)
    : SignInPage(client, parent)
{
    setObjectName(QStringLiteral("deviceSignInPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = plainLabel(this);
    intro->setText(tr("Sign in with your browser: this window shows a code, you enter it on the server's sign-in "
                      "page and approve with your usual account."));
    layout->addWidget(intro);

    m_userCode = new QLabel(this);
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
    layout->addWidget(m_userCode);

    m_verificationUri = plainLabel(this);
    m_verificationUri->setObjectName(QStringLiteral("verificationUri"));
    m_verificationUri->setAlignment(Qt::AlignCenter);
    m_verificationUri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_verificationUri);

    auto* codeButtons = new QHBoxLayout;
    m_startDevice = new QPushButton(tr("&Get a code"), this);
    m_startDevice->setObjectName(QStringLiteral("startDeviceFlow"));
    m_copyCode = new QPushButton(tr("&Copy code"), this);
    m_copyCode->setObjectName(QStringLiteral("copyUserCode"));
    m_openBrowser = new QPushButton(tr("&Open browser"), this);
    m_openBrowser->setObjectName(QStringLiteral("openBrowser"));
    m_checkNow = new QPushButton(tr("Check &now"), this);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    codeButtons->addStretch();
    for (QPushButton* button : {m_startDevice, m_copyCode, m_openBrowser, m_checkNow})
        codeButtons->addWidget(button);
    codeButtons->addStretch();
    layout->addLayout(codeButtons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Waiting for approval"));
    layout->addWidget(m_progress);
    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("deviceAdvanced"));
    m_advancedToggle->setText(tr("A&dvanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);

    m_advanced = new QGroupBox(tr("Who asks for the code"), this);
    m_advanced->setObjectName(QStringLiteral("deviceClientBox"));
    auto* advancedLayout = new QVBoxLayout(m_advanced);
    auto* advancedIntro = plainLabel(m_advanced);
    advancedIntro->setText(tr("Platform owners use the platform's own client. On servers where only platform "
                              "owners may use it, organization staff sign in through a service of their "
                              "organization that offers device sign-in; its administrator tells you the three "
                              "values."));
    advancedLayout->addWidget(advancedIntro);
    auto* form = new QFormLayout;
    m_clientId = identifierField(QStringLiteral("deviceClientId"), m_advanced);
    m_organization = identifierField(QStringLiteral("deviceOrganization"), m_advanced);
    m_service = identifierField(QStringLiteral("deviceService"), m_advanced);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_organization->setAccessibleName(tr("Organization of the service"));
    m_service->setAccessibleName(tr("Service"));
    form->addRow(tr("C&lient ID:"), m_clientId);
    form->addRow(tr("O&rganization:"), m_organization);
    form->addRow(tr("S&ervice:"), m_service);
    advancedLayout->addLayout(form);
    auto* platformButton = new QPushButton(tr("Use the &platform's client"), m_advanced);
    platformButton->setObjectName(QStringLiteral("usePlatformClient"));
    advancedLayout->addWidget(platformButton, 0, Qt::AlignRight);
    layout->addWidget(m_advanced);
    layout->addStretch();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DeviceSignInPage::updateCountdown);
    connect(m_startDevice, &QPushButton::clicked, this, &DeviceSignInPage::start);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(userCode());
        m_status->setText(tr("Code copied."));
    });
    connect(m_openBrowser, &QPushButton::clicked, this, &DeviceSignInPage::openVerificationPage);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->checkNow();
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, &DeviceSignInPage::showAdvanced);
    connect(platformButton, &QPushButton::clicked, this, [this] { setDeviceClient(DeviceClient()); });
    for (QLineEdit* field : {m_clientId, m_organization, m_service})
        connect(field, &QLineEdit::returnPressed, this, &DeviceSignInPage::start);

    setDeviceClient(DeviceClient());
    showAdvanced(false);
    reset();
    m_startDevice->setText(tr("&Get a code"));
}

DeviceSignInPage::~DeviceSignInPage()
{
    stopFlow();
}

void DeviceSignInPage::activate()
{
    m_startDevice->setDefault(true);
    m_startDevice->setFocus();
}

void DeviceSignInPage::abandon()
{
    if (!m_flow)
        return;
    // The code shown is abandoned: coming back must not show it (or its buttons) as if it still worked.
    stopFlow();
    reset();
}

void DeviceSignInPage::sessionRefused()
{
    // The session refused the token (the dialog shows why): offer a new code instead of a dead page.
    stopFlow();
    reset();
}

void DeviceSignInPage::serverChanged(const QString& origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    const DeviceClient saved = Settings::deviceClient(origin);
    setDeviceClient(saved);
    // A server where the person signs in through a service shows which one, so that it can be checked.
    m_advancedToggle->setChecked(!saved.isPlatformClient());
}

DeviceClient DeviceSignInPage::deviceClient() const
{
    DeviceClient deviceClient;
    deviceClient.clientId = m_clientId->text().trimmed();
    deviceClient.organization = m_organization->text().trimmed();
    deviceClient.service = m_service->text().trimmed();
    return deviceClient;
}

void DeviceSignInPage::setDeviceClient(const DeviceClient& deviceClient)
{
    m_clientId->setText(deviceClient.clientId);
    m_organization->setText(deviceClient.organization);
    m_service->setText(deviceClient.service);
}

void DeviceSignInPage::showAdvanced(bool show)
{
    m_advanced->setVisible(show);
    m_advancedToggle->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
}

QString DeviceSignInPage::userCode() const
{
    return m_flow ? m_flow->authorization().userCode : QString();
}

void DeviceSignInPage::start()
{
    if (!prepare())
        return;
    const DeviceClient asking = deviceClient();
    if (asking.clientId.isEmpty() || asking.organization.isEmpty() || asking.service.isEmpty()) {
        m_advancedToggle->setChecked(true);
        emit errorOccurred(tr("Enter the client ID, the organization and the service under Advanced, or use the "
                              "platform's client."));
        return;
    }
    stopFlow();
    m_flow = new DeviceFlow(client(), asking, this);
    connect(m_flow, &DeviceFlow::codeReceived, this, &DeviceSignInPage::onCodeReceived);
    connect(m_flow, &DeviceFlow::succeeded, this, &DeviceSignInPage::onSucceeded);
    connect(m_flow, &DeviceFlow::failed, this, &DeviceSignInPage::onFailed);
    connect(m_flow, &DeviceFlow::pollScheduled, this, &DeviceSignInPage::onPollScheduled);
    m_userCode->clear();
    m_verificationUri->clear();
    setBusy(true, tr("Asking the server for a code…"));
    m_startDevice->setVisible(false); // back with "Get a new code" if this fails
    m_flow->start();
}

void DeviceSignInPage::stopFlow()
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

void DeviceSignInPage::onCodeReceived(const DeviceAuthorization& authorization)
{
    // The server accepted this client: it is the one to offer next time on this server.
    if (client())
        Settings::setDeviceClient(client()->origin(), m_flow->deviceClient());
    m_userCode->setText(authorization.userCode.toUpper());
    // The person sees the very address "Open browser" opens (the decoder let only https or loopback http through).
    const QUrl opened = pageToOpen(authorization);
    const QString shown = authorization.verificationUri.toDisplayString();
    if (opened != authorization.verificationUri)
        //: %1 is the address of the server's sign-in page, %2 the address the browser opens (with the code in it)
        m_verificationUri->setText(
            tr("Enter the code at %1\n“Open browser” opens %2").arg(shown, opened.toDisplayString()));
    else
        //: %1 is the address of the server's sign-in page
        m_verificationUri->setText(tr("Enter the code at %1").arg(shown));
    //: %1 is the address the browser opens
    m_openBrowser->setToolTip(tr("Opens %1").arg(opened.toDisplayString()));
    m_copyCode->setVisible(true);
    m_openBrowser->setVisible(true);
    m_checkNow->setVisible(true);
    m_startDevice->setVisible(false);
    m_openBrowser->setDefault(true);
    m_openBrowser->setFocus();
    setBusy(true, tr("Waiting for approval…"));
    m_countdown.start();
}

void DeviceSignInPage::onPollScheduled(std::chrono::milliseconds delay)
{
    m_nextPollAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    updateCountdown();
}

void DeviceSignInPage::updateCountdown()
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

void DeviceSignInPage::onSucceeded(const TokenResponse& tokens)
{
    m_countdown.stop();
    setBusy(true, tr("Approved. Signing in…"));
    // On success the dialog accepts and may delete this page: touch nothing afterwards.
    emit tokensReceived(tokens, AuthSession::Persistence::Store);
}

void DeviceSignInPage::reset()
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

void DeviceSignInPage::onFailed(DeviceFlow::Failure failure, const ApiError& error)
{
    const bool platformClient = m_flow && m_flow->deviceClient().isPlatformClient();
    // The flow is over: drop it, so that neither userCode() nor "Check now" refer to a dead code.
    stopFlow();
    reset();
    if (failure == DeviceFlow::Failure::Error && error.kind == ApiError::Kind::Forbidden && platformClient)
        m_advancedToggle->setChecked(true); // where the way out is
    emit errorOccurred(ErrorPresenter::deviceFlowFailure(failure, error, platformClient));
}

QUrl DeviceSignInPage::pageToOpen(const DeviceAuthorization& authorization)
{
    return authorization.verificationUriComplete.isValid() ? authorization.verificationUriComplete
                                                           : authorization.verificationUri;
}

void DeviceSignInPage::openVerificationPage()
{
    if (!m_flow || !client())
        return;
    const QUrl url = pageToOpen(m_flow->authorization());
    // The server names the page; only a web page is opened: https, or http on this very computer's server.
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const bool localHttp = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && TransportPolicy::isLoopbackHost(url.host())
        && url.host().compare(client()->baseUrl().host(), Qt::CaseInsensitive) == 0;
    if (!url.isValid() || url.host().isEmpty() || (!https && !localHttp)) {
        //: %1 is the address the server gave
        emit errorOccurred(tr("The server gave a sign-in page that is not a web address of it (%1); it was not "
                              "opened.")
                               .arg(url.toDisplayString()));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        //: %1 is the address of the server's sign-in page
        emit errorOccurred(
            tr("No browser could be opened. Open %1 yourself and enter the code.").arg(url.toDisplayString()));
}

void DeviceSignInPage::setBusy(bool busy, const QString& status)
{
    m_progress->setVisible(busy);
    m_status->setText(status);
}

} // namespace UserAdmin
