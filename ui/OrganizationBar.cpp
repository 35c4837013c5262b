// SPDX-License-Identifier: MIT
#include "OrganizationBar.h"

#include "ErrorPresenter.h"
#include "api/ApiClient.h"
#include "api/GetOrganizationJob.h"
#include "api/WhoAmIJob.h"
#include "auth/AuthSession.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace UserAdmin {

OrganizationBar::OrganizationBar(ApiClient* client, AuthSession* session, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_session(session)
    , m_model(new OrganizationListModel(client, this))
{
    //: Label of the organization switcher
    auto* label = new QLabel(tr("&Organization"), this);
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("organizationBox"));
    m_box->setModel(m_model);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(18);
    m_box->setAccessibleName(tr("Organization"));
    label->setBuddy(m_box);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_box);

    connect(m_model, &OrganizationListModel::loaded, this, &OrganizationBar::onOrganizationsLoaded);
    connect(m_model, &OrganizationListModel::loadFailed, this, [this](const ApiError& error) {
        if (error.needsAuthentication())
            return; // the session asks for a sign-in; the model loads again when it resumes
        Notice notice = ErrorPresenter::present(error, ErrorPresenter::Context::Organizations);
        notice.actionText = tr("Retry");
        notice.action = [this] { reloadOrganizations(); };
        emit noticeRaised(notice);
    });
    connect(m_model, &OrganizationListModel::roleChanged, this, [this](const QString& slug) {
        if (slug == m_slug)
            emit roleChanged();
    });
    connect(m_model, &OrganizationListModel::roleFailed, this, [this](const QString& slug) {
        if (slug == m_slug)
            emit roleChanged();
    });
    // While the model is reset the box moves its current row by itself; only a person's choice switches.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_choosing = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_choosing = false; });
    connect(m_box, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_choosing || row < 0 || row >= m_model->rowCount())
            return;
        choose(m_model->organizationAt(row).slug);
    });
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_whoAmIFailed)
                requestWhoAmI();
        });
    }
    if (m_session)
        connect(m_session, &AuthSession::organizationOpened, this, &OrganizationBar::onOpened);
}

OrganizationBar::~OrganizationBar()
{
    abandonJob(m_whoAmI);
    abandonJob(m_capabilities);
    abandonJob(m_refusalCheck);
}

void OrganizationBar::start(const QString& preferredSlug)
{
    m_preferredSlug = preferredSlug;
    if (m_preferredSlug.isEmpty() && m_client)
        m_preferredSlug = Settings::lastOrganization(m_client->origin());
    requestWhoAmI();
    m_model->reload();
    // The list need not wait one round trip for the organizations when the organization is known and its requests
    // go with the token in use. A 2026 management token must first select it (contract 9.5): that waits.
    if (!m_preferredSlug.isEmpty() && (!m_session || m_session->opensWithoutSelection())) {
        m_expectedSlug = m_preferredSlug;
        emit organizationExpected(m_expectedSlug);
    }
}

void OrganizationBar::refresh()
{
    if (m_model->memberUserId().isEmpty())
        requestWhoAmI();
    const auto organization = current();
    if (!m_model->hasLoaded() || !organization || !organization->isActive()) {
        m_model->reload();
        return;
    }
    if (m_model->roleStateFor(m_slug) == OrganizationListModel::RoleState::Failed)
        m_model->refreshRole(m_slug);
}

void OrganizationBar::reloadOrganizations()
{
    m_model->reload();
}

void OrganizationBar::recheckRole()
{
    if (m_slug.isEmpty())
        return;
    m_model->refreshRole(m_slug);
    if (m_session && m_session->currentOrganization() == m_slug)
        requestCapabilities();
}

std::optional<Organization> OrganizationBar::current() const
{
    const int row = m_model->rowForSlug(m_slug);
    if (row < 0)
        return std::nullopt;
    return m_model->organizationAt(row);
}

std::optional<MemberRole> OrganizationBar::currentRole() const
{
    return m_model->roleFor(m_slug);
}

bool OrganizationBar::roleLookupFailed() const
{
    if (capabilitiesKnown())
        return false;
    return m_whoAmIFailed || m_model->roleStateFor(m_slug) == OrganizationListModel::RoleState::Failed;
}

std::optional<bool> OrganizationBar::mayViewEndUsers() const
{
    return m_model->mayViewEndUsers(m_slug);
}

std::optional<bool> OrganizationBar::mayRevokeSessions() const
{
    return m_model->mayRevokeSessions(m_slug);
}

bool OrganizationBar::capabilitiesKnown() const
{
    return m_model->permissionsFor(m_slug).has_value();
}

void OrganizationBar::requestWhoAmI()
{
    if (!m_client || m_whoAmI)
        return;
    auto* job = new WhoAmIJob(m_client);
    m_whoAmI = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_whoAmI = nullptr;
        m_whoAmIFailed = !job->succeeded();
        if (m_whoAmIFailed) {
            emit roleChanged(); // "could not be determined" instead of "checking"
            return;
        }
        emit memberIdentified(job->user().email);
        m_model->setMemberUserId(job->user().id);
    });
    job->start();
}

void OrganizationBar::onOrganizationsLoaded()
{
    m_expectedSlug.clear();
    if (m_model->rowCount() == 0) {
        choose(QString());
        Notice notice = ErrorPresenter::noOrganizations();
        notice.actionText = tr("Retry");
        notice.action = [this] { reloadOrganizations(); };
        emit noticeRaised(notice);
        return;
    }
    int row = m_model->rowForSlug(!m_slug.isEmpty() ? m_slug : m_preferredSlug);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i) {
        if (m_model->organizationAt(i).isActive())
            row = i;
    }
    choose(m_model->organizationAt(std::max(row, 0)).slug);
}

void OrganizationBar::choose(const QString& slug)
{
    const int row = m_model->rowForSlug(slug);
    {
        const QSignalBlocker blocker(m_box);
        m_box->setCurrentIndex(row);
    }
    const Organization organization = row >= 0 ? m_model->organizationAt(row) : Organization();
    // A reload that keeps the organization and its status changes nothing below (search, page and selection stay).
    const bool shown = slug == m_slug && organization.isActive() == m_slugActive && !slug.isEmpty();
    if (m_session && m_session->isSignedIn() && organization.isActive()) {
        // Shown once the session has opened it, so that no request of it goes with another organization's token.
        if (slug == m_opening || (shown && m_opening.isEmpty()))
            return;
        m_opening = slug;
        m_session->openOrganization(slug);
        return;
    }
    m_opening.clear();
    if (!shown)
        showOrganization(slug, organization);
}

void OrganizationBar::showOrganization(const QString& slug, const Organization& organization)
{
    abandonJob(m_refusalCheck);
    abandonJob(m_capabilities);
    m_slug = slug;
    m_slugActive = organization.isActive();
    if (!slug.isEmpty() && m_client)
        Settings::setLastOrganization(m_client->origin(), slug);
    emit organizationChanged(organization);
    emit roleChanged();
}

void OrganizationBar::onOpened(const QString& slug, const std::optional<MemberRole>& role)
{
    // Either the choice being opened, or the shown organization selected again after a new sign-in.
    if (slug != m_opening && !(m_opening.isEmpty() && slug == m_slug))
        return; // superseded by another choice
    m_opening.clear();
    const int row = m_model->rowForSlug(slug);
    if (row < 0)
        return;
    if (role)
        m_model->setRole(slug, *role);
    const Organization organization = m_model->organizationAt(row);
    if (slug != m_slug || organization.isActive() != m_slugActive)
        showOrganization(slug, organization);
    if (m_session && m_session->currentOrganization() == slug)
        requestCapabilities();
}

void OrganizationBar::requestCapabilities()
{
    if (!m_client || m_slug.isEmpty())
        return;
    abandonJob(m_capabilities);
    auto* job = new WhoAmIJob(m_client);
    m_capabilities = job;
    const QString slug = m_slug;
    connect(job, &ApiJob::finished, this, [this, job, slug] {
        m_capabilities = nullptr;
        // Only an answer about this very organization tells its capabilities; a failure leaves the role to judge.
        if (job->succeeded() && job->user().org == slug && job->user().permissions)
            m_model->setPermissions(slug, *job->user().permissions);
    });
    job->start();
}

void OrganizationBar::explainRefusal(const ApiError& error)
{
    // Contract 2.4: the organization endpoint is not status-gated, so it tells the three kinds of 403 apart.
    recheckRole();
    abandonJob(m_refusalCheck);
    const QString slug = m_slug;
    if (slug.isEmpty() || !m_client)
        return;
    auto* job = new GetOrganizationJob(m_client, slug);
    m_refusalCheck = job;
    connect(job, &ApiJob::finished, this, [this, job, slug, error] {
        m_refusalCheck = nullptr;
        Organization organization = current().value_or(Organization());
        if (organization.slug.isEmpty())
            organization.slug = slug;
        using Refusal = ErrorPresenter::Refusal;
        if (!job->succeeded()) {
            if (job->error().needsAuthentication())
                return; // the session asks for a sign-in; the list loads again when it resumes
            const Refusal refusal =
                job->error().kind == ApiError::Kind::Forbidden ? Refusal::NotMember : Refusal::RoleInsufficient;
            emit refusalExplained(ErrorPresenter::accessRefused(refusal, organization, error));
            return;
        }
        const Organization& answered = job->organization();
        // The role is named as the cause only where the server reported what it allows (contract 9.4); elsewhere
        // the server's own words say why.
        const auto role = currentRole();
        const QString roleName = role && capabilitiesKnown() ? OrganizationListModel::roleName(*role) : QString();
        emit refusalExplained(ErrorPresenter::accessRefused(
            answered.isActive() ? Refusal::RoleInsufficient : Refusal::Inactive, answered, error, roleName));
    });
    job->start();
}

} // namespace UserAdmin
