// SPDX-License-Identifier: MIT
#include "DetailPane.h"

#include "Actions.h"
#include "EndUserFacts.h"
#include "ErrorPresenter.h"
#include "api/ApiClient.h"
#include "api/EndUserSummary.h"
#include "audit/AuditJournal.h"
#include "models/EndUserDetailLoader.h"

#include <QAction>
#include <QLabel>
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

    m_facts = new EndUserFacts;
    m_facts->setObjectName(QStringLiteral("detailFacts"));

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_facts);
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
    m_revokeBulk = new QToolButton(m_footer);
    m_revokeBulk->setObjectName(QStringLiteral("revokeBulkButton"));
    m_revokeBulk->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revokeBulk->setFocusPolicy(Qt::StrongFocus);
    m_revokeBulk->setDefaultAction(actions->revokeSessionsBulk);
    m_revokeBulk->hide();
    m_revokeReason = new QLabel(m_footer);
    m_revokeReason->setObjectName(QStringLiteral("revokeReason"));
    m_revokeReason->setTextFormat(Qt::PlainText);
    m_revokeReason->setWordWrap(true);
    auto* footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(0, 4, 0, 0);
    footerLayout->addWidget(m_revoke, 0, Qt::AlignLeft);
    footerLayout->addWidget(m_revokeBulk, 0, Qt::AlignLeft);
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
    m_userId = user.id;
    m_email = user.email;
    m_placeholder->hide();
    m_scroll->show();
    m_footer->show();
    m_facts->showSummary(user);
    setStale(false);
    m_loader->load(slug, user.id);
    emit detailChanged();
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
    m_facts->clear();
    m_loading->hide();
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
    m_email = detail->email;
    m_facts->showDetail(*detail);
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
    m_facts->setStale(stale);
}

bool DetailPane::isStale() const
{
    return m_facts->isStale();
}

void DetailPane::updateRevokeReason()
{
    const QAction* action = !m_revokeBulk->isHidden() ? m_actions->revokeSessionsBulk : m_actions->revokeSessions;
    const QString reason = m_actions->reason(action);
    m_revokeReason->setText(reason);
    m_revokeReason->setVisible(!reason.isEmpty());
    m_revoke->setToolTip(m_actions->revokeSessions->toolTip());
}

void DetailPane::setSelectionCount(int count)
{
    m_revokeBulk->setVisible(count >= 2);
    m_revoke->setVisible(count < 2);
    m_revokeBulk->setAccessibleName(
        m_actions->revokeSessionsBulk->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    updateRevokeReason();
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
    return m_facts->fieldText(objectName);
}

QString DetailPane::textToCopy() const
{
    return m_facts->textToCopy();
}

QList<QWidget*> DetailPane::focusChain() const
{
    QList<QWidget*> chain {m_banner->actionButton()};
    chain << m_facts->focusChain() << m_revoke << m_revokeBulk;
    return chain;
}

} // namespace UserAdmin
