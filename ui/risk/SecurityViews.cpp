// SPDX-License-Identifier: MIT
#include "risk/SecurityViews.h"

#include "Actions.h"
#include "AuditLogDialog.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "OrganizationBar.h"
#include "api/ApiClient.h"
#include "audit/ServerAuditLogPage.h"
#include "risk/RiskEventsDialog.h"

#include <QAction>
#include <QMetaMethod>

namespace UserAdmin {

SecurityViews::SecurityViews(MainWindow* window, ApiClient* client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_features(new SecurityFeatures(client, this))
{
    OrganizationBar* bar = window->organizationBar();
    connect(bar, &OrganizationBar::organizationChanged, this, &SecurityViews::updateOrganization);
    connect(bar, &OrganizationBar::roleChanged, this, &SecurityViews::updateOrganization);
    connect(m_features, &SecurityFeatures::changed, this, &SecurityViews::changed);
    connect(window->actions()->showRiskEvents, &QAction::triggered, this, &SecurityViews::showRiskEvents);
}

QString SecurityViews::organizationName() const
{
    const auto organization = m_window ? m_window->organizationBar()->current() : std::nullopt;
    return organization ? organization->displayName() : QString();
}

void SecurityViews::updateOrganization()
{
    if (!m_window)
        return;
    OrganizationBar* bar = m_window->organizationBar();
    const auto organization = bar->current();
    m_features->setOrganization(
        bar->currentSlug(), organization && organization->isActive(), bar->model()->permissionsFor(bar->currentSlug()));
    if (m_riskDialog && m_riskDialog->organization() != bar->currentSlug())
        m_riskDialog->close(); // its rows belong to another organization
}

RiskEventsDialog* SecurityViews::riskEventsDialog() const
{
    return m_riskDialog;
}

QString SecurityViews::riskEventsReason() const
{
    return m_features->unavailableReason(SecurityFeatures::Feature::RiskEvents, organizationName());
}

RiskEventsDialog* SecurityViews::showRiskEvents()
{
    if (!m_window || !m_features->isAvailable(SecurityFeatures::Feature::RiskEvents))
        return nullptr;
    const QString slug = m_window->organizationBar()->currentSlug();
    if (m_riskDialog && m_riskDialog->organization() == slug) {
        m_riskDialog->raise();
        m_riskDialog->activateWindow();
        return m_riskDialog;
    }
    auto* dialog = new RiskEventsDialog(m_client, slug, organizationName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_riskDialog = dialog;
    connect(dialog, &RiskEventsDialog::accountOpened, this, [this, slug](const EndUserSummary& user) {
        if (m_window && m_window->organizationBar()->currentSlug() == slug)
            m_window->detailPane()->showUser(slug, user);
    });
    connect(dialog, &RiskEventsDialog::accessRefused, m_window->organizationBar(), &OrganizationBar::recheckRole);
    if (isSignalConnected(QMetaMethod::fromSignal(&SecurityViews::revocationRequested))) {
        connect(dialog,
                &RiskEventsDialog::revocationRequested,
                this,
                [this, slug](const QStringList& ids, const QStringList& emails) {
                    emit revocationRequested(slug, ids, emails);
                });
    }
    dialog->show();
    return dialog;
}

void SecurityViews::attachServerLog(AuditLogDialog* dialog)
{
    if (!m_window || !dialog)
        return;
    const QString slug = m_window->organizationBar()->currentSlug();
    // While the check is under way (or failed), the tab simply asks: it says itself why, if it cannot load.
    const SecurityFeatures::State state = m_features->state(SecurityFeatures::Feature::AuditLog);
    const bool tryIt = state == SecurityFeatures::State::Checking || state == SecurityFeatures::State::Failed;
    const QString reason =
        tryIt ? QString() : m_features->unavailableReason(SecurityFeatures::Feature::AuditLog, organizationName());
    ServerAuditLogPage* page = dialog->addServerLog(m_client, m_client ? m_client->origin() : QString(), slug, reason);
    if (!tryIt || !page)
        return;
    // The answer comes later: an organization where the log turns out to be unavailable gets the reason in the tab.
    auto explain = [this, page = QPointer<ServerAuditLogPage>(page), slug] {
        if (!page || !page->isAvailable() || !m_window || m_window->organizationBar()->currentSlug() != slug)
            return;
        // A check that failed leaves the tab trying: it says itself why a page could not be loaded.
        const SecurityFeatures::State now = m_features->state(SecurityFeatures::Feature::AuditLog);
        if (now == SecurityFeatures::State::NotOffered || now == SecurityFeatures::State::NotPermitted
            || now == SecurityFeatures::State::Inactive)
            page->setUnavailable(
                m_features->unavailableReason(SecurityFeatures::Feature::AuditLog, organizationName()));
    };
    connect(m_features, &SecurityFeatures::changed, page, explain);
    connect(page, &ServerAuditLogPage::accessRefused, m_features, [this] {
        m_features->recheck(SecurityFeatures::Feature::AuditLog);
    });
    explain();
}

} // namespace UserAdmin
