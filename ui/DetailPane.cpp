// SPDX-License-Identifier: MIT
#include "DetailPane.h"

#include "Actions.h"
#include "api/EndUserDetail.h"
#include "api/EndUserSummary.h"
#include "format/DisplayText.h"
#include "models/LinkedIdentityModel.h"
#include "models/PlainTooltip.h"
#include "models/ServiceUsageModel.h"

#include <QAction>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // user data never renders as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::ClickFocus); // selectable and copyable, but not a tab stop
    return label;
}

QTableView* smallTable(QWidget* parent, const char* objectName, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setMinimumHeight(90);
    view->setMaximumHeight(160);
    return view;
}

} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
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
    connect(m_banner, &InlineBanner::actionTriggered, this, &DetailPane::bannerActionTriggered);

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

    m_idLabel = valueLabel(m_content, "detailId");
    m_idLabel->setWordWrap(false); // an id is copied whole; never split it over lines
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
    //: The end-user's opaque identifier
    auto* idLabel = new QLabel(tr("Id"), m_content);
    idLabel->setBuddy(m_copyId);
    form->addRow(idLabel, idRow);

    m_verified = addField(form, tr("Email verified"), "detailEmailVerified");
    //: Multi-factor authentication
    m_mfa = addField(form, tr("MFA"), "detailMfa");
    m_created = addField(form, tr("Created"), "detailCreated");
    m_updated = addField(form, tr("Updated"), "detailUpdated");
    m_lastLogin = addField(form, tr("Last login"), "detailLastLogin");

    m_identityModel = new LinkedIdentityModel(this);
    m_serviceModel = new ServiceUsageModel(this);
    const QString identitiesTitle = tr("Linked identities");
    m_identities = smallTable(m_content, "identitiesTable", identitiesTitle);
    m_identities->setModel(m_identityModel);
    auto* identitiesLabel = new QLabel(identitiesTitle, m_content);
    identitiesLabel->setBuddy(m_identities);
    //: Heading of the table of services the end-user has used
    const QString servicesTitle = tr("Services");
    m_services = smallTable(m_content, "servicesTable", servicesTitle);
    m_services->setModel(m_serviceModel);
    auto* servicesLabel = new QLabel(servicesTitle, m_content);
    servicesLabel->setBuddy(m_services);

    auto* sessionsForm = new QFormLayout;
    m_activeSessions = addField(sessionsForm, tr("Active sessions"), "detailActiveSessions");
    m_lastSession = addField(sessionsForm, tr("Last session created"), "detailLastSession");

    m_revoke = new QToolButton(m_content);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revoke->setFocusPolicy(Qt::StrongFocus);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(identitiesLabel);
    contentLayout->addWidget(m_identities);
    contentLayout->addWidget(servicesLabel);
    contentLayout->addWidget(m_services);
    contentLayout->addSpacing(6);
    //: Heading of the end-user's sign-in sessions
    auto* sessionsHeading = new QLabel(tr("Sessions"), m_content);
    sessionsHeading->setFont(headingFont);
    contentLayout->addWidget(sessionsHeading);
    contentLayout->addLayout(sessionsForm);
    contentLayout->addWidget(m_revoke, 0, Qt::AlignLeft);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_loading);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);

    showPlaceholder(tr("Select an end-user to see the details."));
}

QLabel* DetailPane::addField(QFormLayout* form, const QString& label, const char* objectName)
{
    QLabel* value = valueLabel(m_content, objectName);
    auto* caption = new QLabel(label, m_content);
    caption->setBuddy(value);
    value->setAccessibleName(label);
    form->addRow(caption, value);
    return value;
}

void DetailPane::setTime(QLabel* label, const std::optional<QDateTime>& value, bool missingMeansNever)
{
    label->setText(DisplayText::timestamp(value, missingMeansNever));
    label->setToolTip(DisplayText::timestampTooltip(value));
}

void DetailPane::showSummary(const EndUserSummary& summary)
{
    const bool sameUser = summary.id == m_userId && m_scroll->isVisible();
    m_userId = summary.id;
    m_email = summary.email;
    m_placeholder->hide();
    m_scroll->show();
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

void DetailPane::showDetail(const EndUserDetail& detail)
{
    m_userId = detail.id;
    m_email = detail.email;
    m_placeholder->hide();
    m_scroll->show();
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
    setStale(false);
}

void DetailPane::showPlaceholder(const QString& text)
{
    m_userId.clear();
    m_email.clear();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_scroll->hide();
    m_identityModel->clear();
    m_serviceModel->clear();
    setLoading(false);
    setStale(false);
}

void DetailPane::setLoading(bool loading)
{
    m_loading->setVisible(loading);
}

void DetailPane::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    QPalette pal = palette();
    if (stale) {
        pal.setColor(QPalette::Active, QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
        pal.setColor(QPalette::Inactive, QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
        pal.setColor(QPalette::Active, QPalette::Text, pal.color(QPalette::Disabled, QPalette::Text));
        pal.setColor(QPalette::Inactive, QPalette::Text, pal.color(QPalette::Disabled, QPalette::Text));
        m_content->setPalette(pal);
    } else {
        m_content->setPalette(QPalette());
    }
    //: Accessible description of the details when they may be out of date
    m_content->setAccessibleDescription(stale ? tr("Not current") : QString());
}

void DetailPane::showBanner(InlineBanner::Kind kind,
                            const QString& text,
                            const QString& detail,
                            const QString& actionText)
{
    m_banner->showMessage(kind, text, detail, actionText);
}

void DetailPane::clearBanner()
{
    m_banner->clear();
}

void DetailPane::setRevokeAction(QAction* action)
{
    m_revoke->setDefaultAction(action);
    m_revoke->setAccessibleName(action->text());
}

QString DetailPane::fieldText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QList<QWidget*> DetailPane::focusChain() const
{
    return {m_banner->actionButton(), m_copyId, m_identities, m_services, m_revoke};
}

} // namespace UserAdmin
