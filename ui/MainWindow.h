// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSplitter;

namespace UserAdmin {

class Actions;
class ApiClient;
class AuditJournal;
class AuthSession;
class BulkRevokeController;
class DetailPane;
class DirectoryController;
class EndUserListPane;
class EndUserTableModel;
class OrganizationBar;
class RevokeSessionsCommand;
class AccountReportActions;
class SecurityViews;

/// The application's main window: the frame around the organization bar, the end-user list and the detail pane,
/// with the toolbar, menus and status bar, and the layout kept between runs. The panes own their flows; the
/// window creates them, wires their signals and starts commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `session` may be null (then the member is whatever setSignedInMember() says); `journal` receives the record
    /// of every revocation.
    MainWindow(ApiClient* client, AuthSession* session, AuditJournal* journal, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The signed-in member's email: named in the audit journal, and used to warn before revoking oneself.
    void setSignedInMember(const QString& email);
    QString signedInMember() const { return m_memberEmail; }
    /// The slug of the organization shown (empty before start()).
    QString currentOrganization() const;
    /// The id of the end-user whose details are shown (empty when none).
    QString selectedUserId() const;
    Actions* actions() const { return m_actions; }
    OrganizationBar* organizationBar() const { return m_organizations; }
    EndUserListPane* listPane() const { return m_list; }
    EndUserTableModel* endUserModel() const;
    DetailPane* detailPane() const { return m_detail; }
    /// The local copy of the organization's end-user list (search, sort, export, find-many).
    DirectoryController* directory() const { return m_directory; }
    AuditJournal& auditJournal() const { return *m_journal; }
    /// "Revoke sessions of N end-users…"; its revokeSessionsOf() slot takes rows found elsewhere (Find end-users…).
    BulkRevokeController* bulkRevoke() const { return m_bulk; }
    AccountReportActions* reports() const { return m_reports; }
    /// Risky sign-ins and the server audit log; its revocationRequested() hands accounts to a bulk revocation.
    SecurityViews* security() const { return m_security; }
    /// Writes geometry, splitter and table layout to the settings (also done on close).
    void saveSettings() const;

public slots:
    /// Loads the organizations and shows the end-users of `preferredOrgSlug` (else the last one used on this server,
    /// else the first active one).
    void start(const QString& preferredOrgSlug = {});

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static constexpr int StatusTimeoutMs = 10000; ///< how long a status-bar message stays
    void buildToolBar();
    void buildMenus();
    void wirePanes();
    void restoreSettings();
    void updateActions();
    void updateMemberLabel(bool signedOut);
    void refresh();
    void copy();
    void copyOfUser(bool id);
    void startRevoke();
    void showAuditJournal();

    QPointer<ApiClient> m_client;
    QPointer<AuthSession> m_session;
    AuditJournal* m_journal = nullptr;
    Actions* m_actions = nullptr;
    OrganizationBar* m_organizations = nullptr;
    EndUserListPane* m_list = nullptr;
    DetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_memberLabel = nullptr;
    QPointer<RevokeSessionsCommand> m_revoke;
    DirectoryController* m_directory = nullptr;
    BulkRevokeController* m_bulk = nullptr;
    QString m_memberEmail;
    AccountReportActions* m_reports = nullptr;
    SecurityViews* m_security = nullptr;
};

} // namespace UserAdmin
