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
class GetOrganizationJob;
class WhoAmIJob;

/// The organization box of the toolbar and what stands behind it: who the member is, their organizations with
/// role and status, choosing and switching, and why an end-user request was refused (not a member, organization
/// not active, role insufficient; contract 2.4).
class OrganizationBar : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationBar(ApiClient* client, QWidget* parent = nullptr);
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
    /// Looks the member's role in the current organization up again (after a refused request).
    void recheckRole();

    /// The organization shown; nullopt before one is chosen.
    std::optional<Organization> current() const;
    QString currentSlug() const { return m_slug; }
    std::optional<MemberRole> currentRole() const;
    /// True when the role cannot be found out now (who-am-I or the role look-up failed).
    bool roleLookupFailed() const;
    OrganizationListModel* model() const { return m_model; }
    QComboBox* box() const { return m_box; }

signals:
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

    QPointer<ApiClient> m_client;
    OrganizationListModel* m_model = nullptr;
    QComboBox* m_box = nullptr;
    QPointer<WhoAmIJob> m_whoAmI;
    QPointer<GetOrganizationJob> m_refusalCheck;
    QString m_slug;
    bool m_slugActive = false;
    QString m_preferredSlug;
    bool m_whoAmIFailed = false;
    bool m_choosing = false; ///< the model is being reset: the box's moves are not the person's
};

} // namespace UserAdmin
