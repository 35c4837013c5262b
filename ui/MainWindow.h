// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "audit/AuditJournal.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace UserAdmin {

class Actions;
class ApiClient;
class DetailPane;
class EndUserDetailLoader;
class EndUserTableModel;
class GetOrganizationJob;
class InlineBanner;
class OrganizationListModel;
class PagerBar;
class RevokeSessionsCommand;
class SearchDebouncer;
class ServiceFilterModel;
class WhoAmIJob;

/// The application's main window: organization switcher, search and service filter, the paged end-user table, the
/// detail pane and session revocation. Any 401 asks the composition code for a sign-in (signInRequested); after
/// resumeAfterSignIn() the failed work runs again with organization, search, page and selection kept.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiClient* client, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The signed-in member's email: named in the audit journal, and used to warn before revoking oneself.
    void setSignedInMember(const QString& email);
    QString signedInMember() const { return m_memberEmail; }
    /// The slug of the organization shown (empty before start()).
    QString currentOrganization() const { return m_slug; }
    /// The id of the end-user whose details are shown (empty when none).
    QString selectedUserId() const { return m_selectedUserId; }
    Actions* actions() const { return m_actions; }
    EndUserTableModel* endUserModel() const { return m_userModel; }
    DetailPane* detailPane() const { return m_detail; }
    AuditJournal& auditJournal() { return m_journal; }
    /// Writes geometry, splitter and table layout to QSettings (also done on close).
    void saveSettings() const;

public slots:
    /// Loads the organizations and shows the end-users of `preferredOrgSlug` (else the last one used on this server,
    /// else the first active one).
    void start(const QString& preferredOrgSlug = {});
    /// Runs again whatever failed for want of a valid sign-in.
    void resumeAfterSignIn();

signals:
    /// A request was answered 401: open the sign-in dialog over this window, then call resumeAfterSignIn().
    void signInRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Work to run again after sign-in (bits).
    enum PendingWork : int {
        PendingWhoAmI = 1,
        PendingOrganizations = 2,
        PendingList = 4,
        PendingServices = 8,
        PendingDetail = 16,
    };

    void buildUi();
    void buildMenus();
    void connectModels();
    void restoreSettings();
    QString serverSettingsKey() const;

    void requestWhoAmI();
    void onOrganizationsLoaded();
    void onOrganizationChosen(int row);
    void switchOrganization(const QString& slug);
    void onServiceChosen(int row);
    void onListLoadFailed(const ApiError& error);
    void showRetryCountdown();
    void explainForbidden(const ApiError& error);
    void onSelectionChanged();
    void restoreSelection();
    void selectUser(int row);
    void clearSelectedUser(bool keepPane);
    void onDetailLoaded();
    void onDetailLoadFailed(const ApiError& error);
    void updateListState();
    void updateActions();
    void setTableStale(bool stale);
    void refresh();
    void copySelected(bool id);
    void startRevoke();
    void onRevokeFinished(int outcome);
    void requireSignIn(int work);
    bool revokeAllowed(QString* reason) const;
    void showListBanner(
        int kind, const QString& text, const QString& detail, const QString& action, std::function<void()> onAction);
    void showDetailBanner(
        int kind, const QString& text, const QString& detail, const QString& action, std::function<void()> onAction);

    QPointer<ApiClient> m_client;
    Actions* m_actions = nullptr;
    OrganizationListModel* m_orgModel = nullptr;
    ServiceFilterModel* m_serviceModel = nullptr;
    EndUserTableModel* m_userModel = nullptr;
    EndUserDetailLoader* m_detailLoader = nullptr;
    SearchDebouncer* m_debouncer = nullptr;

    QComboBox* m_orgBox = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_serviceBox = nullptr;
    InlineBanner* m_listBanner = nullptr;
    QTimer* m_retryCountdown = nullptr; ///< ticks the "trying again in N s" banner of the list
    QDateTime m_retryAt;
    ApiError m_retryReason;
    QTableView* m_table = nullptr;
    QLabel* m_emptyOverlay = nullptr;
    PagerBar* m_pager = nullptr;
    DetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_memberLabel = nullptr;

    QPointer<WhoAmIJob> m_whoAmI;
    QPointer<GetOrganizationJob> m_forbiddenCheck;
    QPointer<RevokeSessionsCommand> m_revoke;
    AuditJournal m_journal;
    std::function<void()> m_listBannerAction;
    std::function<void()> m_detailBannerAction;

    QString m_memberEmail;
    QString m_memberUserId;
    bool m_whoAmIFailed = false;
    QString m_slug;
    QString m_preferredSlug;
    QString m_selectedUserId;
    QString m_goneUserId;
    int m_pending = 0;
    bool m_signInRequested = false;
    bool m_loadingOrganizations = false;
    bool m_modelResetting = false;
    bool m_restoringSelection = false;
    bool m_syncingServiceBox = false;
    bool m_tableStale = false;
};

} // namespace UserAdmin
