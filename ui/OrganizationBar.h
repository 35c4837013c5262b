// SPDX-License-Identifier: MIT
#pragma once

#include "Notice.h"
#include "api/ApiError.h"
#include "api/MemberRole.h"
#include "api/Organization.h"
#include "models/OrganizationListModel.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;

namespace UserAdmin {

class ApiClient;
class AuthSession;
class GetOrganizationJob;
class WhoAmIJob;

/// The organization box of the toolbar and what stands behind it: who the member is, their organizations with
/// role and status, choosing and switching, and why an end-user request was refused (not a member, organization
/// not active, role insufficient; contract 2.4). With a session, an organization is opened through it first (on a
/// 2026 server: its own scoped session, contract 9.5), and what the member may do there is read from the
/// capabilities the server reports for it (contract 9.4), else from the role.
class OrganizationBar : public QWidget
{
    Q_OBJECT
public:
    OrganizationBar(ApiClient* client, AuthSession* session, QWidget* parent = nullptr);
    ~OrganizationBar() override;

    /// Loads who the member is and the organizations, then opens `preferredSlug`, else the organization opened
    /// last on this server, else the first active one.
    void start(const QString& preferredSlug);
    /// Loads what is missing or may have changed: who-am-I, the organizations (an inactive one may be active
    /// now), a role that could not be found.
    void refresh();
    /// Loads the organizations again; the current one stays chosen.
    void reloadOrganizations();
    /// An end-user request in the current organization was refused (403): looks the role up again and finds out
    /// why; emits refusalExplained().
    void explainRefusal(const ApiError& error);
    /// Looks the member's role and capabilities in the current organization up again (after a refused request).
    void recheckRole();

    /// The organization shown; nullopt before one is chosen.
    std::optional<Organization> current() const;
    /// The organization shown, else the one expected at start (organizationExpected()) until the organizations answer.
    QString currentSlug() const { return m_slug.isEmpty() ? m_expectedSlug : m_slug; }
    std::optional<MemberRole> currentRole() const;
    /// True when the role cannot be found out now (who-am-I or the role look-up failed).
    bool roleLookupFailed() const;
    /// Whether the member may view / revoke end-users in the current organization; nullopt while not known.
    std::optional<bool> mayViewEndUsers() const;
    std::optional<bool> mayRevokeSessions() const;
    /// True when the server reported the capabilities (so a refusal is the role's, whatever its name).
    bool capabilitiesKnown() const;
    OrganizationListModel* model() const { return m_model; }
    QComboBox* box() const { return m_box; }

signals:
    /// At start, before the organizations have answered: `slug` (--org, or the one opened last on this server) is
    /// expected to be shown, and opening it changes no token, so its end-users may be asked for at once. If it is
    /// shown, organizationChanged() names it; if it turns out unknown or inactive, another one (or none) is named.
    void organizationExpected(const QString& slug);
    /// Another organization is shown, or the current one became active or inactive. An empty slug: none.
    void organizationChanged(const UserAdmin::Organization& organization);
    /// The member's role in the current organization became known or changed.
    void roleChanged();
    /// Something the list area should say about the organizations (none, or they could not be loaded).
    void noticeRaised(const UserAdmin::Notice& notice);
    /// Why the end-user list was refused; canRetry, and no action: the list decides what Retry does.
    void refusalExplained(const UserAdmin::Notice& notice);
    /// `GET /api/user` said who the member is.
    void memberIdentified(const QString& email);

private:
    void requestWhoAmI();
    void onOrganizationsLoaded();
    void choose(const QString& slug);
    void showOrganization(const QString& slug, const Organization& organization);
    void onOpened(const QString& slug, const std::optional<MemberRole>& role);
    /// [2026] asks who-am-I with the organization's scoped token for the capabilities held there.
    void requestCapabilities();

    QPointer<ApiClient> m_client;
    QPointer<AuthSession> m_session;
    OrganizationListModel* m_model = nullptr;
    QComboBox* m_box = nullptr;
    QPointer<WhoAmIJob> m_whoAmI;
    QPointer<WhoAmIJob> m_capabilities;
    QString m_opening; ///< the organization the session is opening; shown once it is open
    QPointer<GetOrganizationJob> m_refusalCheck;
    QString m_slug;
    bool m_slugActive = false;
    QString m_preferredSlug;
    QString m_expectedSlug; ///< organizationExpected() until the organizations answer
    bool m_whoAmIFailed = false;
    bool m_choosing = false; ///< the model is being reset: the box's moves are not the person's
};

} // namespace UserAdmin
