// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QIcon;
class QWidget;

namespace UserAdmin {

/// Every user action of the main window, created in one place with its objectName, shortcut, icon and tooltip,
/// and a small declared table of the restrictions on them. update() recomputes which restricted actions are
/// enabled; reason() is the sentence saying why one is not, shown inline where its control is.
class Actions : public QObject
{
    Q_OBJECT
public:
    explicit Actions(QWidget* window);

    QAction* refresh = nullptr; ///< "actionRefresh", F5
    QAction* focusSearch = nullptr; ///< "actionFocusSearch", Ctrl+F
    QAction* firstPage = nullptr; ///< "actionFirstPage", Alt+Home
    QAction* previousPage = nullptr; ///< "actionPreviousPage", Alt+Left
    QAction* nextPage = nullptr; ///< "actionNextPage", Alt+Right
    QAction* lastPage = nullptr; ///< "actionLastPage", Alt+End
    QAction* copy = nullptr; ///< "actionCopy", Ctrl+C: the selected text, else the selected end-user's email
    QAction* copyEmail = nullptr; ///< "actionCopyEmail"
    QAction* copyId = nullptr; ///< "actionCopyId", Ctrl+Shift+I
    QAction* revokeSessions = nullptr; ///< "actionRevokeSessions", Ctrl+Shift+R
    /// "actionRevokeSessionsBulk", Ctrl+Shift+B: "Revoke sessions of N end-users…" when several are selected
    QAction* revokeSessionsBulk = nullptr;
    QAction* showAuditJournal = nullptr; ///< "actionShowAuditJournal", Ctrl+J
    QAction* exportEndUsers = nullptr; ///< "actionExportEndUsers", Ctrl+E: CSV from the local copy
    QAction* findEndUsers = nullptr; ///< "actionFindEndUsers", Ctrl+Shift+F: find many pasted addresses
    QAction* updateLocalCopy = nullptr; ///< "actionUpdateLocalCopy": fill or refresh the local copy now
    QAction* forgetLocalCopies = nullptr; ///< "actionForgetLocalCopies"
    QAction* copyReport = nullptr; ///< "actionCopyReport", Ctrl+Shift+C: the account report as plain text
    QAction* saveReport = nullptr; ///< "actionSaveReport": the account report as .txt, .md or .pdf
    QAction* showRiskEvents = nullptr; ///< "actionShowRiskEvents": the organization's risky sign-ins
    QAction* signOut = nullptr; ///< "actionSignOut"
    QAction* quit = nullptr; ///< "actionQuit", Ctrl+Q

    /// What the restricted actions depend on.
    struct Context
    {
        bool hasUser = false;
        bool hasDetail = false; ///< the chosen end-user's detail has arrived
        bool hasOrganization = false;
        bool organizationActive = false;
        QString organizationName;
        QString organizationStatus; ///< translated, e.g. "suspended"
        /// Whether the member may revoke sessions here; nullopt while not known yet.
        std::optional<bool> mayRevoke;
        bool roleLookupFailed = false;
        /// The server reported the member's capabilities there (contract 9.4): its refusal is the role's, whatever
        /// the role is called, rather than the rule that owners and admins revoke.
        bool byCapability = false;
        QString roleName; ///< translated, e.g. "Member"; empty when not known
        bool revoking = false;
        int selectedUsers = 0; ///< rows selected in the end-user table
        bool bulkRevoking = false; ///< a bulk revocation is under way
        /// Why the organization's risk events cannot be shown; empty when they can.
        QString riskEventsUnavailable;
    };

    enum class Restriction {
        NotWhileRevoking,
        NeedsUser,
        NeedsDetail,
        NeedsOrganization,
        NeedsActiveOrganization,
        NeedsKnownRole,
        NeedsRevokeRole,
        NeedsOneUser, ///< several rows are selected: the bulk action applies
        NeedsSeveralUsers,
        NotWhileBulkRevoking,
        NeedsRiskEvents,
    };

    void update(const Context& context);
    /// Why `action` is disabled now; empty when it is enabled or has no restrictions.
    QString reason(const QAction* action) const;

    /// The icon of resources/icons/`name`.svg.
    static QIcon icon(const QString& name);

signals:
    /// update() changed an action's enabled state or reason.
    void restrictionsChanged();

private:
    struct Rule
    {
        QAction* action;
        QList<Restriction> restrictions; ///< checked in order; the first one that fails explains
        QString enabledTip; ///< tooltip while enabled
    };
    static bool satisfied(Restriction restriction, const Context& context);
    static QString sentence(Restriction restriction, const Context& context);

    QList<Rule> m_rules;
    QHash<const QAction*, QString> m_reasons;
};

} // namespace UserAdmin
