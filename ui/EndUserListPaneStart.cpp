// SPDX-License-Identifier: MIT
// EndUserListPane: the first page asked for before the organizations answer, and the loading look.
#include "EndUserListPane.h"

#include "ErrorPresenter.h"
#include "PagerBar.h"
#include "models/EndUserTableModel.h"
#include "models/ServiceFilterModel.h"

#include <QTimer>

namespace UserAdmin {

void EndUserListPane::expectOrganization(const QString& slug)
{
    if (slug.isEmpty() || !m_slug.isEmpty())
        return; // an organization is shown already
    m_slug = slug;
    m_expecting = true;
    m_services->load(slug);
    m_model->setOrganization(slug);
}

void EndUserListPane::setLoadingLookDelay(std::chrono::milliseconds delay)
{
    m_staleDelay->setInterval(delay);
}

bool EndUserListPane::keepExpected(const Organization& organization)
{
    const auto heldFailure = std::exchange(m_heldFailure, std::nullopt);
    const auto heldServicesFailure = std::exchange(m_heldServicesFailure, std::nullopt);
    if (!std::exchange(m_expecting, false) || !organization.isActive() || organization.slug != m_slug)
        return false; // another organization (or none): its page replaces whatever the expected one answered
    // The page asked for at start is this organization's: keep it, and say now what went wrong with it.
    if (heldFailure)
        onLoadFailed(*heldFailure);
    if (heldServicesFailure)
        emit statusMessage(ErrorPresenter::present(*heldServicesFailure, ErrorPresenter::Context::Services).text);
    if (const int row = m_model->rowForId(m_selectedId); row >= 0)
        emit userSelected(m_model->userAt(row)); // the window cleared the details for the organization
    return true;
}

void EndUserListPane::updateStatusText()
{
    QString status = m_model->statusText();
    if (m_model->isLoading() && m_stale)
        //: Appended to "Showing 1–50 of 2,000" while the next page loads
        status = tr("%1 — loading…").arg(status);
    m_pager->setStatusText(status);
}

} // namespace UserAdmin
