// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserSummary.h"
#include "api/Organization.h"
#include "models/LocalPageSource.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QTimer;
class QWidget;

namespace UserAdmin {

class Actions;
class ApiClient;
class DirectoryIndexer;
class EndUserListPane;
class IndexProgressBar;
class LocalDirectory;

/// The local copy of the shown organization's end-user list, in the window: asks once per organization before
/// making one, fills it (progress strip with Cancel), refreshes it in the background when it is older than the
/// setting and on demand, and answers the list's searches (on servers that cannot search), sorts over the whole
/// organization and offline reading. Export, find-many and "Forget local copies" start here.
class DirectoryController : public QObject, public LocalPageSource
{
    Q_OBJECT
public:
    DirectoryController(ApiClient* client, EndUserListPane* list, QWidget* window);
    ~DirectoryController() override;

    std::optional<EndUserPage>
    localPage(const QString& slug, const EndUserQuery& query, int sortColumn, Qt::SortOrder order) override;

    void setOrganization(const Organization& organization);
    /// Fills (or refreshes) the copy of the shown organization now.
    void update();
    void cancel();
    /// Removes every copy (after asking).
    void forgetAll();
    /// Removes the copies of the current server (signing out).
    void forgetServer();
    void exportEndUsers();
    void findEndUsers();

    IndexProgressBar* progressBar() const { return m_bar; }
    LocalDirectory* directory() const { return m_db.get(); }
    bool isIndexing() const;
    /// The copy of the shown organization is complete and can answer.
    bool hasCompleteCopy() const;
    /// The end-users found by the last find-many that the person chose ("Revoke sessions of the found…", handed to the
    /// bulk revocation).
    QList<EndUserSummary> chosenUsers() const { return m_chosen; }

signals:
    /// A copy was completed (the list was answered from it again).
    void copyCompleted();
    /// The person chose the found end-users of a find-many for an action (bulk revocation takes them).
    void foundUsersChosen(const QList<UserAdmin::EndUserSummary>& users);
    void statusMessage(const QString& text);

private:
    void openCopy();
    void closeCopy();
    /// The list wants the copy (a search the server cannot do, a sort): ask, or build, or nothing.
    void requestCopy(bool forSort);
    void startIndexing();
    void onIndexingFinished(const ApiError& error);
    void refreshIfOld();
    bool serverSearches() const;
    QString origin() const;

    QPointer<ApiClient> m_client;
    QPointer<EndUserListPane> m_list; ///< owned by the window, which may delete it before this
    QWidget* m_window = nullptr;
    IndexProgressBar* m_bar = nullptr;
    QTimer* m_refreshTimer = nullptr;
    std::unique_ptr<LocalDirectory> m_db;
    QPointer<DirectoryIndexer> m_indexer;
    Organization m_organization;
    QList<EndUserSummary> m_chosen;
    bool m_asking = false;
    bool m_offline = false;
    bool m_sortPending = false;
};

} // namespace UserAdmin
