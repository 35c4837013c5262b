// SPDX-License-Identifier: MIT
#include "Actions.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace UserAdmin {

namespace {

QAction* makeAction(QWidget* window,
                    const char* objectName,
                    const QString& text,
                    const QString& iconName,
                    const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, window);
    action->setObjectName(QLatin1String(objectName));
    if (!iconName.isEmpty())
        action->setIcon(Actions::icon(iconName));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

} // namespace

QIcon Actions::icon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

Actions::Actions(QWidget* window)
    : QObject(window)
{
    //: Action: load the table and details again
    refresh = makeAction(window, "actionRefresh", tr("&Refresh"), QStringLiteral("refresh"), {QKeySequence::Refresh});
    if (!refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        refresh->setShortcuts(refresh->shortcuts() << QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Load the end-users and the details again (F5)"));

    //: Action: move the keyboard focus to the search field
    focusSearch = makeAction(window, "actionFocusSearch", tr("&Find…"), QStringLiteral("search"), {QKeySequence::Find});

    firstPage = makeAction(window,
                           "actionFirstPage",
                           tr("First page"),
                           QStringLiteral("go-first"),
                           {QKeySequence(Qt::ALT | Qt::Key_Home)});
    firstPage->setToolTip(tr("First page (Alt+Home)"));
    previousPage = makeAction(window,
                              "actionPreviousPage",
                              tr("Previous page"),
                              QStringLiteral("go-previous"),
                              {QKeySequence(Qt::ALT | Qt::Key_Left)});
    previousPage->setToolTip(tr("Previous page (Alt+Left)"));
    nextPage = makeAction(
        window, "actionNextPage", tr("Next page"), QStringLiteral("go-next"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    nextPage->setToolTip(tr("Next page (Alt+Right)"));
    lastPage = makeAction(
        window, "actionLastPage", tr("Last page"), QStringLiteral("go-last"), {QKeySequence(Qt::ALT | Qt::Key_End)});
    lastPage->setToolTip(tr("Last page (Alt+End)"));

    //: Action: copy the selected text, or else the selected end-user's email address
    copy = makeAction(window, "actionCopy", tr("&Copy"), QStringLiteral("copy"), {QKeySequence::Copy});
    //: Action: copy the selected end-user's email address to the clipboard
    copyEmail = makeAction(window, "actionCopyEmail", tr("Copy &email"), QString(), {});
    //: Action: copy the selected end-user's id to the clipboard
    copyId =
        makeAction(window, "actionCopyId", tr("Copy &id"), QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});

    //: Action: end every session of the selected end-user (asks first)
    revokeSessions = makeAction(window,
                                "actionRevokeSessions",
                                tr("Re&voke all sessions…"),
                                QStringLiteral("revoke"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});

    //: Action: end every session of each selected end-user (asks first, with the number of accounts)
    revokeSessionsBulk = makeAction(window,
                                    "actionRevokeSessionsBulk",
                                    tr("Revoke sessions of several end-&users…"),
                                    QStringLiteral("revoke"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});

    showAuditJournal = makeAction(
        window, "actionShowAuditJournal", tr("&Audit journal…"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_J)});
    //: Action: write the end-users of the current search, filter and sort to a CSV file
    exportEndUsers = makeAction(
        window, "actionExportEndUsers", tr("E&xport end-users…"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    //: Action: look up many pasted email addresses at once
    findEndUsers = makeAction(window,
                              "actionFindEndUsers",
                              tr("Fi&nd end-users…"),
                              QString(),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    //: Action: fill or refresh the local copy of the organization's end-user list now
    updateLocalCopy = makeAction(window, "actionUpdateLocalCopy", tr("&Update local copy"), QString(), {});
    //: Action: delete the local copies of end-user lists on this computer
    forgetLocalCopies = makeAction(window, "actionForgetLocalCopies", tr("&Forget local copies…"), QString(), {});
    //: Action: copy a report of everything known about the end-user shown, for a ticket
    copyReport = makeAction(
        window, "actionCopyReport", tr("Copy re&port"), QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    //: Action: save the report of the end-user shown as a text, Markdown or PDF file
    saveReport = makeAction(window, "actionSaveReport", tr("Save re&port…"), QString(), {});
    //: Action: show the organization's sign-ins the server found risky
    showRiskEvents = makeAction(window, "actionShowRiskEvents", tr("Risky &sign-ins"), QString(), {});
    signOut = makeAction(window, "actionSignOut", tr("Sign &out"), QStringLiteral("sign-out"), {});
    quit = makeAction(window, "actionQuit", tr("&Quit"), QString(), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    using R = Restriction;
    m_rules = {
        {copyEmail, {R::NeedsUser}, tr("Copy the selected end-user's email address")},
        {copyId, {R::NeedsUser}, tr("Copy the selected end-user's id (Ctrl+Shift+I)")},
        {revokeSessions,
         {R::NotWhileRevoking,
          R::NotWhileBulkRevoking,
          R::NeedsOneUser,
          R::NeedsUser,
          R::NeedsDetail,
          R::NeedsOrganization,
          R::NeedsActiveOrganization,
          R::NeedsKnownRole,
          R::NeedsRevokeRole},
         tr("Revoke all sessions of the selected end-user (Ctrl+Shift+R)")},
        {exportEndUsers, {R::NeedsActiveOrganization}, tr("Write the matching end-users to a CSV file (Ctrl+E)")},
        {findEndUsers, {R::NeedsActiveOrganization}, tr("Look up many email addresses at once (Ctrl+Shift+F)")},
        {updateLocalCopy, {R::NeedsActiveOrganization}, tr("Fill or refresh the local copy of the end-user list")},
        {revokeSessionsBulk,
         {R::NotWhileRevoking,
          R::NotWhileBulkRevoking,
          R::NeedsSeveralUsers,
          R::NeedsOrganization,
          R::NeedsActiveOrganization,
          R::NeedsKnownRole,
          R::NeedsRevokeRole},
         tr("Revoke all sessions of each selected end-user, after one confirmation (Ctrl+Shift+B)")},
        {copyReport,
         {R::NeedsUser, R::NeedsDetail},
         tr("Copy a report of the end-user shown, for a ticket (Ctrl+Shift+C)")},
        {saveReport,
         {R::NeedsUser, R::NeedsDetail},
         tr("Save a report of the end-user shown as text, Markdown or PDF")},
        {showRiskEvents,
         {R::NeedsOrganization, R::NeedsRiskEvents},
         tr("The organization's sign-ins the server scored as risky")},
    };
    update(Context());
}

bool Actions::satisfied(Restriction restriction, const Context& context)
{
    switch (restriction) {
    case Restriction::NotWhileRevoking:
        return !context.revoking;
    case Restriction::NeedsUser:
        return context.hasUser;
    case Restriction::NeedsDetail:
        return context.hasDetail;
    case Restriction::NeedsOrganization:
        return context.hasOrganization;
    case Restriction::NeedsActiveOrganization:
        return context.organizationActive;
    case Restriction::NeedsKnownRole:
        return context.mayRevoke.has_value();
    case Restriction::NeedsRevokeRole:
        return context.mayRevoke.value_or(false);
    case Restriction::NeedsOneUser:
        return context.selectedUsers <= 1;
    case Restriction::NeedsSeveralUsers:
        return context.selectedUsers >= 2;
    case Restriction::NotWhileBulkRevoking:
        return !context.bulkRevoking;
    case Restriction::NeedsRiskEvents:
        return context.riskEventsUnavailable.isEmpty();
    }
    return false;
}

QString Actions::sentence(Restriction restriction, const Context& context)
{
    switch (restriction) {
    case Restriction::NotWhileRevoking:
        //: Why Revoke is unavailable: a revocation is being confirmed or its request is on its way
        return tr("Another revocation is under way (being confirmed or sent).");
    case Restriction::NeedsUser:
        return tr("Select an end-user first.");
    case Restriction::NeedsDetail:
        return tr("The end-user's details are still loading.");
    case Restriction::NeedsOrganization:
        return tr("Choose an organization first.");
    case Restriction::NeedsActiveOrganization:
        //: %1 is the organization's name, %2 its status such as "suspended"
        return tr("Sessions can be revoked only in an active organization; “%1” is %2.")
            .arg(context.organizationName, context.organizationStatus);
    case Restriction::NeedsKnownRole:
        if (context.roleLookupFailed)
            //: %1 is the organization's name
            return tr("Your role in “%1” could not be determined; Refresh to try again.").arg(context.organizationName);
        //: %1 is the organization's name
        return tr("Checking your role in “%1”…").arg(context.organizationName);
    case Restriction::NeedsRevokeRole:
        if (context.byCapability && !context.roleName.isEmpty())
            //: %1 is the organization's name, %2 the member's role such as "Support"
            return tr("Your role in “%1” (%2) does not allow revoking sessions.")
                .arg(context.organizationName, context.roleName);
        if (context.byCapability || context.roleName.isEmpty())
            //: %1 is the organization's name
            return tr("Your role in “%1” does not allow revoking sessions.").arg(context.organizationName);
        //: %1 is the organization's name, %2 the member's role such as "Member"
        return tr("Only owners and admins can revoke sessions; your role in “%1” is %2.")
            .arg(context.organizationName, context.roleName);
    case Restriction::NeedsOneUser:
        return tr(
            "Several end-users are selected: use “Revoke sessions of %n end-users…”.", nullptr, context.selectedUsers);
    case Restriction::NeedsSeveralUsers:
        return tr("Select several end-users first (Ctrl or Shift and click, or Ctrl+A).");
    case Restriction::NotWhileBulkRevoking:
        return tr("Sessions of several end-users are being revoked…");
    case Restriction::NeedsRiskEvents:
        return context.riskEventsUnavailable;
    }
    return {};
}

void Actions::update(const Context& context)
{
    revokeSessionsBulk->setText(context.selectedUsers >= 2
                                    //: Action; %n is the number of selected end-users (2 or more)
                                    ? tr("Revoke sessions of %n end-&users…", nullptr, context.selectedUsers)
                                    : tr("Revoke sessions of several end-&users…"));
    bool changed = false;
    for (const Rule& rule : std::as_const(m_rules)) {
        QString reason;
        for (Restriction restriction : rule.restrictions) {
            if (!satisfied(restriction, context)) {
                reason = sentence(restriction, context);
                break;
            }
        }
        const bool enabled = reason.isEmpty();
        changed = changed || rule.action->isEnabled() != enabled || m_reasons.value(rule.action) != reason;
        m_reasons.insert(rule.action, reason);
        rule.action->setEnabled(enabled);
        rule.action->setToolTip(enabled ? rule.enabledTip : reason);
        rule.action->setStatusTip(enabled ? rule.enabledTip : reason);
    }
    if (changed)
        emit restrictionsChanged();
}

QString Actions::reason(const QAction* action) const
{
    return m_reasons.value(action);
}

} // namespace UserAdmin
