// SPDX-License-Identifier: MIT
#include "DetailPane.h"

#include "Actions.h"
#include "DetailTable.h"
#include "ErrorPresenter.h"
#include "ValueLabel.h"
#include "api/ApiClient.h"
#include "api/EndUserSummary.h"
#include "audit/AuditJournal.h"
#include "format/DisplayText.h"
#include "models/EndUserDetailLoader.h"
#include "models/LinkedIdentityModel.h"
#include "models/PlainTooltip.h"
#include "models/ServiceUsageModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcDetail, "useradmin.ui.detail")

namespace UserAdmin {

DetailPane::DetailPane(ApiClient* client, Actions* actions, AuditJournal* journal, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_actions(actions)
    , m_journal(journal)
    , m_loader(new EndUserDetailLoader(client, this))
{
    setObjectName(QStringLiteral("detailPane"));
    //: Title and accessible name of the pane with the selected end-user's details
    const QString title = tr("User details");
    setAccessibleName(title);

    m_heading = new QLabel(title, this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    m_banner = new InlineBanner(this);
    m_banner->setObjectName(QStringLiteral("detailBanner"));
    m_banner->actionButton()->setObjectName(QStringLiteral("detailBannerButton"));

    m_loading = new QLabel(tr("Loading details…"), this);
    m_loading->setObjectName(QStringLiteral("detailLoading"));
    m_loading->setTextFormat(Qt::PlainText);
    m_loading->hide();

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_content = new QWidget;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_emailLabel = addField(form, tr("Email"), "detailEmail");

    //: The end-user's opaque identifier
    auto* idCaption = new QLabel(tr("Id"), m_content);
    m_idLabel = new ValueLabel(m_content);
    m_idLabel->setObjectName(QStringLiteral("detailId"));
    m_idLabel->setWordWrap(false); // an id is copied whole; never split it over lines
    idCaption->setBuddy(m_idLabel);
    m_copyId = new QToolButton(m_content);
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setIcon(Actions::icon(QStringLiteral("copy")));
    //: Button that copies the end-user's id to the clipboard
    m_copyId->setToolTip(tr("Copy id"));
    m_copyId->setAccessibleName(tr("Copy id"));
    m_copyId->setAutoRaise(true);
    m_copyId->setFocusPolicy(Qt::TabFocus);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (!m_userId.isEmpty())
            QGuiApplication::clipboard()->setText(m_userId);
    });
    auto* idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_idLabel, 1);
    idRow->addWidget(m_copyId);
    form->addRow(idCaption, idRow);

    m_verified = addField(form, tr("Email verified"), "detailEmailVerified");
    //: Multi-factor authentication
    m_mfa = addField(form, tr("MFA"), "detailMfa");
    m_created = addField(form, tr("Created"), "detailCreated");
    m_updated = addField(form, tr("Updated"), "detailUpdated");
    m_lastLogin = addField(form, tr("Last login"), "detailLastLogin");

    m_identityModel = new LinkedIdentityModel(this);
    m_serviceModel = new ServiceUsageModel(this);
    const QString identitiesTitle = tr("Linked identities");
    auto* identitiesLabel = new QLabel(identitiesTitle, m_content);
    m_identities = new DetailTable(identitiesTitle, m_content);
    m_identities->setObjectName(QStringLiteral("identitiesTable"));
    m_identities->setModel(m_identityModel);
    identitiesLabel->setBuddy(m_identities);
    //: Heading of the table of services the end-user has used
    const QString servicesTitle = tr("Services");
    auto* servicesLabel = new QLabel(servicesTitle, m_content);
    m_services = new DetailTable(servicesTitle, m_content);
    m_services->setObjectName(QStringLiteral("servicesTable"));
    m_services->setModel(m_serviceModel);
    servicesLabel->setBuddy(m_services);

    //: Heading of the end-user's sign-in sessions
    auto* sessionsHeading = new QLabel(tr("Sessions"), m_content);
    sessionsHeading->setFont(headingFont);
    auto* sessionsForm = new QFormLayout;
    m_activeSessions = addField(sessionsForm, tr("Active sessions"), "detailActiveSessions");
    m_lastSession = addField(sessionsForm, tr("Last session created"), "detailLastSession");

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(identitiesLabel);
    contentLayout->addWidget(m_identities);
    contentLayout->addWidget(servicesLabel);
    contentLayout->addWidget(m_services);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(sessionsHeading);
    contentLayout->addLayout(sessionsForm);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    // The action stays in view below the scrolling facts, whatever a banner above them says.
    m_footer = new QWidget(this);
    m_revoke = new QToolButton(m_footer);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revoke->setFocusPolicy(Qt::StrongFocus);
    m_revoke->setDefaultAction(actions->revokeSessions);
    m_revoke->setAccessibleName(actions->revokeSessions->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_revokeReason = new QLabel(m_footer);
    m_revokeReason->setObjectName(QStringLiteral("revokeReason"));
    m_revokeReason->setTextFormat(Qt::PlainText);
    m_revokeReason->setWordWrap(true);
    auto* footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(0, 4, 0, 0);
    footerLayout->addWidget(m_revoke, 0, Qt::AlignLeft);
    footerLayout->addWidget(m_revokeReason);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_loading);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_footer);

    connect(m_loader, &EndUserDetailLoader::loadingChanged, m_loading, &QWidget::setVisible);
    connect(m_loader, &EndUserDetailLoader::loaded, this, &DetailPane::onLoaded);
    connect(m_loader, &EndUserDetailLoader::loadFailed, this, &DetailPane::onLoadFailed);
    connect(actions, &Actions::restrictionsChanged, this, &DetailPane::updateRevokeReason);
    showPlaceholder();
    updateRevokeReason();
}

DetailPane::~DetailPane() = default;

QLabel* DetailPane::addField(QFormLayout* form, const QString& caption, const char* objectName)
{
    // The caption is created first: a screen reader reads the pane in creation order, caption before value. The
    // value keeps no accessible name of its own, so that it is read as what it shows.
    auto* captionLabel = new QLabel(caption, m_content);
    auto* value = new ValueLabel(m_content);
    value->setObjectName(QLatin1String(objectName));
    captionLabel->setBuddy(value);
    form->addRow(captionLabel, value);
    return value;
}

void DetailPane::setTime(QLabel* label, const std::optional<QDateTime>& value, bool missingMeansNever)
{
    label->setText(DisplayText::timestamp(value, missingMeansNever));
    label->setToolTip(DisplayText::timestampTooltip(value));
}

void DetailPane::showUser(const QString& slug, const EndUserSummary& user)
{
    const bool sameUser = user.id == m_userId && slug == m_slug && m_scroll->isVisible();
    m_slug = slug;
    m_goneUserId.clear();
    if (!sameUser) {
        m_banner->clear();
        if (m_unknownRevocation && m_unknownRevocation->targetId != user.id)
            m_unknownRevocation.reset();
    }
    showSummaryFields(user);
    setStale(false);
    m_loader->load(slug, user.id);
    emit detailChanged();
}

void DetailPane::showSummaryFields(const EndUserSummary& summary)
{
    const bool sameUser = summary.id == m_userId && m_scroll->isVisible();
    m_userId = summary.id;
    m_email = summary.email;
    m_placeholder->hide();
    m_scroll->show();
    m_footer->show();
    m_emailLabel->setText(summary.email);
    m_emailLabel->setToolTip(plainTooltip(summary.email));
    m_idLabel->setText(summary.id);
    if (sameUser)
        return; // keep the fuller detail already shown until the reload answers
    const QString pending = QStringLiteral("…");
    m_verified->setText(pending);
    m_mfa->setText(DisplayText::yesNo(summary.mfaEnabled));
    setTime(m_created, summary.createdAt, false);
    m_updated->setText(pending);
    m_updated->setToolTip({});
    setTime(m_lastLogin, summary.lastLoginAt, summary.lastLoginKnown());
    m_activeSessions->setText(pending);
    m_lastSession->setText(pending);
    m_lastSession->setToolTip({});
    m_identityModel->clear();
    m_serviceModel->clear();
}

void DetailPane::showDetailFields(const EndUserDetail& detail)
{
    m_userId = detail.id;
    m_email = detail.email;
    m_emailLabel->setText(detail.email);
    m_emailLabel->setToolTip(plainTooltip(detail.email));
    m_idLabel->setText(detail.id);
    m_verified->setText(DisplayText::yesNo(detail.emailVerified));
    m_mfa->setText(DisplayText::yesNo(detail.mfaEnabled));
    setTime(m_created, detail.createdAt, false);
    setTime(m_updated, detail.updatedAt, false);
    setTime(m_lastLogin, detail.lastLoginAt, detail.lastLoginKnown());
    m_activeSessions->setText(detail.sessions.activeCount ? QLocale().toString(*detail.sessions.activeCount)
                                                          : DisplayText::unknown());
    if (!detail.sessions.lastCreatedAt && detail.shape == ResponseShape::Seed) {
        // The server reports no time when the user has no session left (e.g. right after a revocation).
        //: Shown as "Last session created" when the user has no session
        m_lastSession->setText(tr("No session"));
        m_lastSession->setToolTip(QString());
    } else {
        setTime(m_lastSession, detail.sessions.lastCreatedAt, false);
    }
    m_identityModel->setIdentities(detail.linkedIdentities);
    m_serviceModel->setServices(detail.services, detail.shape);
}

void DetailPane::clear()
{
    m_loader->clear();
    if (!m_goneUserId.isEmpty())
        return; // "This user no longer exists" stays until another end-user is chosen
    m_banner->clear();
    m_unknownRevocation.reset();
    showPlaceholder();
    emit detailChanged();
}

void DetailPane::showPlaceholder()
{
    m_userId.clear();
    m_email.clear();
    m_placeholder->setText(tr("Select an end-user to see the details."));
    m_placeholder->show();
    m_scroll->hide();
    m_footer->hide();
    m_identityModel->clear();
    m_serviceModel->clear();
    m_loading->hide();
    setStale(false);
}

void DetailPane::reload()
{
    if (!m_userId.isEmpty() && m_goneUserId.isEmpty())
        m_loader->load(m_slug, m_userId);
}

std::optional<EndUserDetail> DetailPane::loadedDetail() const
{
    const auto& detail = m_loader->detail();
    if (!detail || detail->id != m_userId || m_userId.isEmpty())
        return std::nullopt;
    return detail;
}

void DetailPane::onLoaded()
{
    const auto& detail = m_loader->detail();
    if (!detail || detail->id != m_userId)
        return;
    showDetailFields(*detail);
    setStale(false);
    if (m_banner->kind() == InlineBanner::Kind::Error)
        m_banner->clear();
    checkUnknownRevocation(*detail);
    emit detailChanged();
}

void DetailPane::onLoadFailed(const ApiError& error)
{
    setStale(true);
    Notice notice = ErrorPresenter::present(error, ErrorPresenter::Context::Detail);
    if (error.needsAuthentication()) {
        m_banner->show(notice); // the session asks for a sign-in; the detail loads again when it resumes
        return;
    }
    if (error.kind == ApiError::Kind::NotFound) {
        m_goneUserId = m_userId;
        m_banner->show(notice);
        emit userGone(m_userId);
        emit detailChanged();
        return;
    }
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::OrganizationNotActive)
        emit accessRefused(error);
    if (notice.canRetry) {
        notice.actionText = tr("Retry");
        notice.action = [this] { reload(); };
    }
    m_banner->show(notice);
}

void DetailPane::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    QPalette pal = palette();
    if (stale) {
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            pal.setColor(group, QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
            pal.setColor(group, QPalette::Text, pal.color(QPalette::Disabled, QPalette::Text));
        }
        m_content->setPalette(pal);
    } else {
        m_content->setPalette(QPalette());
    }
    //: Accessible description of the details when they may be out of date
    m_content->setAccessibleDescription(stale ? tr("Not current") : QString());
}

void DetailPane::updateRevokeReason()
{
    const QString reason = m_actions->reason(m_actions->revokeSessions);
    m_revokeReason->setText(reason);
    m_revokeReason->setVisible(!reason.isEmpty());
    m_revoke->setToolTip(m_actions->revokeSessions->toolTip());
}

void DetailPane::showRevoking()
{
    m_banner->showMessage(InlineBanner::Kind::Info, tr("Revoking sessions…"));
}

void DetailPane::showRevocationOutcome(const QString& userId,
                                       const RevocationOutcome& outcome,
                                       const QString& text,
                                       const std::optional<AuditEntry>& attempt)
{
    using Kind = RevocationOutcome::Kind;
    if (userId != m_userId) {
        if (m_banner->kind() == InlineBanner::Kind::Info)
            m_banner->clear();
        return;
    }
    switch (outcome.kind) {
    case Kind::Revoked:
        m_banner->showMessage(InlineBanner::Kind::Success, text);
        reload();
        break;
    case Kind::Unknown:
        m_unknownRevocation = attempt;
        m_banner->showMessage(InlineBanner::Kind::Warning,
                              text,
                              tr("Reload the details to see how many sessions are active now."),
                              tr("Reload"),
                              [this] { reload(); });
        break;
    case Kind::NeedsSignIn:
        m_banner->showMessage(InlineBanner::Kind::Warning, text);
        break;
    case Kind::NotRevoked:
        m_banner->showMessage(InlineBanner::Kind::Error, text, ErrorPresenter::detail(outcome.error));
        if (outcome.reason == RevocationOutcome::Reason::NotFound) {
            m_goneUserId = userId;
            emit userGone(userId);
        } else if (outcome.error.kind == ApiError::Kind::Forbidden) {
            emit accessRefused(outcome.error);
        }
        break;
    }
}

void DetailPane::checkUnknownRevocation(const EndUserDetail& detail)
{
    if (!m_unknownRevocation || detail.id != m_unknownRevocation->targetId || !detail.sessions.activeCount)
        return;
    const AuditEntry attempt = *std::exchange(m_unknownRevocation, std::nullopt);
    const qint64 active = *detail.sessions.activeCount;
    if (active == 0) {
        m_banner->showMessage(InlineBanner::Kind::Success, tr("Reload shows no active sessions now."));
    } else {
        m_banner->showMessage(
            InlineBanner::Kind::Warning,
            tr("Reload shows %n active session(s) now; whether the revocation took effect is not known.",
               nullptr,
               int(std::min<qint64>(active, std::numeric_limits<int>::max()))));
    }
    // A fact for the record: what the server reported after the revocation whose answer was lost.
    if (m_journal && !m_journal->appendFollowUp(attempt, AuditFollowUp::reloaded(active)))
        qCWarning(lcDetail) << "audit journal: follow-up not written:" << m_journal->errorString();
}

QString DetailPane::fieldText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QString DetailPane::textToCopy() const
{
    const QWidget* focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {};
    if (const auto* value = qobject_cast<const ValueLabel*>(focus))
        return value->textToCopy();
    if (const auto* table = qobject_cast<const DetailTable*>(focus))
        return table->selectedRowsText();
    return {};
}

QList<QWidget*> DetailPane::focusChain() const
{
    return {m_banner->actionButton(),
            m_emailLabel,
            m_idLabel,
            m_copyId,
            m_verified,
            m_mfa,
            m_created,
            m_updated,
            m_lastLogin,
            m_identities,
            m_services,
            m_activeSessions,
            m_lastSession,
            m_revoke};
}

} // namespace UserAdmin
