// SPDX-License-Identifier: MIT
#include "EndUserFacts.h"

#include "Actions.h"
#include "DetailTable.h"
#include "ValueLabel.h"
#include "api/EndUserDetail.h"
#include "api/EndUserSummary.h"
#include "format/DisplayText.h"
#include "models/LinkedIdentityModel.h"
#include "models/PlainTooltip.h"
#include "models/ServiceUsageModel.h"
#include "models/SessionTableModel.h"
#include "models/SignInTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace UserAdmin {

EndUserFacts::EndUserFacts(QWidget* parent)
    : QWidget(parent)
    , m_identityModel(new LinkedIdentityModel(this))
    , m_serviceModel(new ServiceUsageModel(this))
    , m_sessionModel(new SessionTableModel(this))
    , m_signInModel(new SignInTableModel(this))
{
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_email = addField(m_form, tr("Email"), "detailEmail");

    //: The end-user's opaque identifier
    auto* idCaption = new QLabel(tr("Id"), this);
    m_id = new ValueLabel(this);
    m_id->setObjectName(QStringLiteral("detailId"));
    m_id->setWordWrap(false); // an id is copied whole; never split it over lines
    idCaption->setBuddy(m_id);
    m_copyId = new QToolButton(this);
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
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    m_form->addRow(idCaption, idRow);

    m_verified = addField(m_form, tr("Email verified"), "detailEmailVerified");
    //: Multi-factor authentication
    m_mfa = addField(m_form, tr("MFA"), "detailMfa");
    m_created = addField(m_form, tr("Created"), "detailCreated");
    m_updated = addField(m_form, tr("Updated"), "detailUpdated");
    m_lastLogin = addField(m_form, tr("Last login"), "detailLastLogin");
    //: When the end-user's account was deleted
    m_deleted = addField(m_form, tr("Deleted"), "detailDeleted");

    m_identities = addTable(tr("Linked identities"), "identitiesTable", &m_identitiesLabel);
    m_identities->setModel(m_identityModel);
    //: Heading of the table of services the end-user has used
    m_services = addTable(tr("Services"), "servicesTable", &m_servicesLabel);
    m_services->setModel(m_serviceModel);

    //: Heading of the end-user's sign-in sessions
    auto* sessionsHeading = new QLabel(tr("Sessions"), this);
    sessionsHeading->setFont(headingFont);
    auto* sessionsForm = new QFormLayout;
    m_activeSessions = addField(sessionsForm, tr("Active sessions"), "detailActiveSessions");
    m_lastSession = addField(sessionsForm, tr("Last session created"), "detailLastSession");
    //: Accessible name and heading of the table of every session of the end-user
    m_sessions = addTable(tr("Sessions"), "sessionsTable", &m_sessionsLabel);
    m_sessions->setModel(m_sessionModel);
    //: Accessible name and heading of the table of the end-user's last sign-ins
    m_signIns = addTable(tr("Recent sign-ins"), "signInsTable", &m_signInsLabel);
    m_signIns->setModel(m_signInModel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_identitiesLabel);
    layout->addWidget(m_identities);
    layout->addWidget(m_servicesLabel);
    layout->addWidget(m_services);
    layout->addSpacing(6);
    layout->addWidget(sessionsHeading);
    layout->addLayout(sessionsForm);
    layout->addWidget(m_sessionsLabel);
    layout->addWidget(m_sessions);
    layout->addWidget(m_signInsLabel);
    layout->addWidget(m_signIns);
    layout->addStretch(1);
    clear();
}

ValueLabel* EndUserFacts::addField(QFormLayout* form, const QString& caption, const char* objectName)
{
    // The caption is created first: a screen reader reads the pane in creation order, caption before value.
    auto* captionLabel = new QLabel(caption, this);
    auto* value = new ValueLabel(this);
    value->setObjectName(QLatin1String(objectName));
    captionLabel->setBuddy(value);
    form->addRow(captionLabel, value);
    return value;
}

DetailTable* EndUserFacts::addTable(const QString& title, const char* objectName, QLabel** heading)
{
    *heading = new QLabel(title, this);
    auto* table = new DetailTable(title, this);
    table->setObjectName(QLatin1String(objectName));
    (*heading)->setBuddy(table);
    return table;
}

void EndUserFacts::setTime(QLabel* label, const std::optional<QDateTime>& value, bool missingMeansNever)
{
    label->setText(DisplayText::timestamp(value, missingMeansNever));
    label->setToolTip(DisplayText::timestampTooltip(value));
}

void EndUserFacts::showSummary(const EndUserSummary& summary)
{
    const bool sameUser = summary.id == m_userId;
    m_userId = summary.id;
    m_email->setText(summary.email);
    m_email->setToolTip(plainTooltip(summary.email));
    m_id->setText(summary.id);
    if (sameUser)
        return; // keep the fuller detail already shown until the reload answers
    const QString pending = QStringLiteral("…");
    m_verified->setText(pending);
    m_mfa->setText(DisplayText::yesNo(summary.mfaEnabled));
    setTime(m_created, summary.createdAt, false);
    m_updated->setText(pending);
    m_updated->setToolTip({});
    setTime(m_lastLogin, summary.lastLoginAt, summary.lastLoginKnown());
    m_form->setRowVisible(m_deleted, false);
    m_activeSessions->setText(pending);
    m_lastSession->setText(pending);
    m_lastSession->setToolTip({});
    m_identityModel->clear();
    m_serviceModel->clear();
    for (QWidget* widget : QList<QWidget*> {m_sessions, m_sessionsLabel, m_signIns, m_signInsLabel})
        widget->hide();
}

void EndUserFacts::showDetail(const EndUserDetail& detail)
{
    m_userId = detail.id;
    m_email->setText(detail.email);
    m_email->setToolTip(plainTooltip(detail.email));
    m_id->setText(detail.id);
    if (detail.emailVerifiedAt) {
        //: Email verified: yes, and when; %1 is a date and time
        m_verified->setText(tr("Yes, %1").arg(DisplayText::timestamp(detail.emailVerifiedAt, false)));
        m_verified->setToolTip(DisplayText::timestampTooltip(detail.emailVerifiedAt));
    } else {
        m_verified->setText(DisplayText::yesNo(detail.emailVerified));
        m_verified->setToolTip({});
    }
    m_mfa->setText(DisplayText::yesNo(detail.mfaEnabled));
    setTime(m_created, detail.createdAt, false);
    setTime(m_updated, detail.updatedAt, false);
    if (detail.lastLoginSource == EndUserDetail::LastLoginSource::RecentSignIns) {
        m_lastLogin->setText(
            detail.lastLoginAt
                //: %1 is a date and time; the 2026 server reports only the last 20 sign-ins
                ? tr("%1 (newest of the last 20 sign-ins)").arg(DisplayText::timestamp(detail.lastLoginAt, false))
                : tr("No sign-in among the last 20"));
        m_lastLogin->setToolTip(DisplayText::timestampTooltip(detail.lastLoginAt));
    } else {
        setTime(m_lastLogin, detail.lastLoginAt, detail.lastLoginKnown());
    }
    m_form->setRowVisible(m_deleted, detail.deletedAt.has_value());
    if (detail.deletedAt)
        setTime(m_deleted, detail.deletedAt, false);
    m_activeSessions->setText(detail.sessions.activeCount ? QLocale().toString(*detail.sessions.activeCount)
                                                          : DisplayText::unknown());
    if (!detail.sessions.lastCreatedAt
        && (detail.shape == ResponseShape::Seed || (detail.sessionList && detail.sessionList->isEmpty()))) {
        // The server reports no time when the user has no session left (e.g. right after a revocation).
        //: Shown as "Last session created" when the user has no session
        m_lastSession->setText(tr("No session"));
        m_lastSession->setToolTip(QString());
    } else {
        setTime(m_lastSession, detail.sessions.lastCreatedAt, false);
    }
    m_identityModel->setIdentities(detail.linkedIdentities);
    m_serviceModel->setServices(detail.services, detail.shape);
    // Tables the server does not send are not shown, rather than shown empty.
    m_sessionModel->setSessions(detail.sessionList.value_or(QList<EndUserSession>()));
    m_sessions->setVisible(detail.sessionList.has_value());
    m_sessionsLabel->setVisible(detail.sessionList.has_value());
    m_signInModel->setSignIns(detail.recentSignIns.value_or(QList<SignInEvent>()));
    m_signIns->setVisible(detail.recentSignIns.has_value());
    m_signInsLabel->setVisible(detail.recentSignIns.has_value());
}

void EndUserFacts::clear()
{
    m_userId.clear();
    m_identityModel->clear();
    m_serviceModel->clear();
    m_sessionModel->clear();
    m_signInModel->clear();
    m_form->setRowVisible(m_deleted, false);
    for (QWidget* widget : QList<QWidget*> {m_sessions, m_sessionsLabel, m_signIns, m_signInsLabel})
        widget->hide();
    setStale(false);
}

void EndUserFacts::setStale(bool stale)
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
        setPalette(pal);
    } else {
        setPalette(QPalette());
    }
    //: Accessible description of the details when they may be out of date
    setAccessibleDescription(stale ? tr("Not current") : QString());
}

QString EndUserFacts::fieldText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

QString EndUserFacts::textToCopy() const
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

QList<QWidget*> EndUserFacts::focusChain() const
{
    return {m_email,
            m_id,
            m_copyId,
            m_verified,
            m_mfa,
            m_created,
            m_updated,
            m_lastLogin,
            m_deleted,
            m_identities,
            m_services,
            m_activeSessions,
            m_lastSession,
            m_sessions,
            m_signIns};
}

} // namespace UserAdmin
