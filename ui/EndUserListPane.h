// SPDX-License-Identifier: MIT
#pragma once

#include "Notice.h"
#include "api/ApiError.h"
#include "api/EndUserSummary.h"
#include "api/Organization.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace UserAdmin {

class Actions;
class ApiClient;
class EndUserTableModel;
class InlineBanner;
class ColumnSharing;
class NotCurrentDelegate;
class MultiSelection;
class PagerBar;
class SearchDebouncer;
class ServiceFilterModel;

/// The end-user list of one organization: search field and debouncer, service filter, the table with its empty
/// text and "not current" look, the banner (load failures with Retry, the countdown of an automatic retry, notices
/// about the organization) and the pager. It keeps its selection across reloads and says which end-user is chosen.
class EndUserListPane : public QWidget
{
    Q_OBJECT
public:
    EndUserListPane(ApiClient* client, Actions* actions, QWidget* parent = nullptr);
    ~EndUserListPane() override;

    /// The search label and field, and the service filter, for the window's toolbar.
    QWidget* searchBar() const { return m_searchBar; }
    QWidget* serviceBar() const { return m_serviceBar; }
    QLineEdit* searchField() const { return m_search; }
    EndUserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PagerBar* pager() const { return m_pager; }
    InlineBanner* banner() const { return m_banner; }
    /// The chosen end-user's id; empty when none.
    QString selectedUserId() const { return m_selectedId; }
    /// Every selected row (Ctrl/Shift-click, Ctrl+A), in table order.
    QList<EndUserSummary> selectedUsers() const;
    QList<QWidget*> focusChain() const;

    /// Shows the end-users of `organization` (an inactive one is explained instead; an empty slug clears). The page
    /// of an expected organization is kept when it is the one; any other's is discarded.
    void setOrganization(const Organization& organization);
    /// Asks for the first page and the services of `slug` before the organizations have answered
    /// (OrganizationBar::organizationExpected); a failure is held back until setOrganization() confirms it.
    void expectOrganization(const QString& slug);
    /// How long an answer may take before the rows shown are greyed and the pager says "loading" (default 150 ms);
    /// quicker answers repaint the table once, with the new rows.
    void setLoadingLookDelay(std::chrono::milliseconds delay);
    /// Loads the page again (Refresh), and the services when they are missing.
    void reload();
    /// Shows `notice` above the table. Without an action of its own, a notice that can be retried gets Retry,
    /// which reloads the list.
    void showNotice(Notice notice);
    /// Places `widget` between the banner and the table (the local copy's progress strip).
    void insertAboveTable(QWidget* widget);
    /// The header's layout, to keep between runs; restoring wins over sizing the columns to their content.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void userSelected(const UserAdmin::EndUserSummary& user);
    void selectionCleared();
    /// The number of selected rows changed (shown below the table from two on).
    void selectionCountChanged(int count);
    /// The list was refused (403): the organization bar finds out why.
    void accessRefused(const UserAdmin::ApiError& error);
    /// "Check again" on an inactive organization: its status may have changed.
    void organizationRecheckRequested();
    /// A passing message for the window's status bar.
    void statusMessage(const QString& text);
    /// The rows shown were greyed as not current (an answer is slow in coming, or the load failed), or no longer are.
    void loadingLookChanged(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildSearch();
    void buildTable();
    void connectModel();
    void onLoadFailed(const ApiError& error);
    void onServiceChosen(int row);
    void onSelectionChanged();
    void onPageLoaded();
    void restoreSelection();
    void updateState();
    /// setOrganization() of the organization expected at start: true when its page is kept.
    bool keepExpected(const Organization& organization);
    void updateStatusText();
    void updatePaging();
    void setStale(bool stale);
    void showRetryCountdown();

    QPointer<ApiClient> m_client;
    Actions* m_actions = nullptr;
    EndUserTableModel* m_model = nullptr;
    ServiceFilterModel* m_services = nullptr;
    SearchDebouncer* m_debouncer = nullptr;
    QPointer<QWidget> m_searchBar; ///< owned by the window's toolbar once placed there
    QPointer<QWidget> m_serviceBar;
    QLineEdit* m_search = nullptr;
    QComboBox* m_serviceBox = nullptr;
    InlineBanner* m_banner = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyOverlay = nullptr;
    MultiSelection* m_multi = nullptr;
    PagerBar* m_pager = nullptr;
    QTimer* m_retryCountdown = nullptr; ///< ticks the "trying again in N s" banner
    QTimer* m_staleDelay = nullptr; ///< the "not current" look only for answers slower than a moment
    NotCurrentDelegate* m_delegate = nullptr;
    std::optional<ApiError> m_heldFailure; ///< of the expected organization's list, until it is confirmed
    std::optional<ApiError> m_heldServicesFailure;
    QDateTime m_retryAt;
    ApiError m_retryReason;
    QString m_slug;
    QString m_selectedId;
    bool m_resetting = false;
    bool m_restoringSelection = false;
    bool m_syncingServiceBox = false;
    bool m_stale = false;
    ColumnSharing* m_columns = nullptr;
    bool m_searchChanged = false; ///< the load under way answers a new search
    bool m_expecting = false; ///< m_slug is expected (expectOrganization), not yet confirmed
};

} // namespace UserAdmin
