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

    firstPage = makeAction(window, "actionFirstPage", tr("First page"), QStringLiteral("go-first"), {});
    previousPage = makeAction(window,
                              "actionPreviousPage",
                              tr("Previous page"),
                              QStringLiteral("go-previous"),
                              {QKeySequence(Qt::ALT | Qt::Key_Left)});
    previousPage->setToolTip(tr("Previous page (Alt+Left)"));
    nextPage = makeAction(
        window, "actionNextPage", tr("Next page"), QStringLiteral("go-next"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    nextPage->setToolTip(tr("Next page (Alt+Right)"));
    lastPage = makeAction(window, "actionLastPage", tr("Last page"), QStringLiteral("go-last"), {});

    //: Action: copy the selected end-user's email address to the clipboard
    copyEmail = makeAction(window, "actionCopyEmail", tr("Copy &email"), QStringLiteral("copy"), {QKeySequence::Copy});
    //: Action: copy the selected end-user's id to the clipboard
    copyId = makeAction(window, "actionCopyId", tr("Copy &id"), QString(), {});

    revokeSessions =
        makeAction(window, "actionRevokeSessions", tr("Revoke all sessions"), QStringLiteral("revoke"), {});

    showAuditJournal = makeAction(window, "actionShowAuditJournal", tr("&Audit journal…"), QString(), {});
    signOut = makeAction(window, "actionSignOut", tr("Sign &out"), QStringLiteral("sign-out"), {});
    quit = makeAction(window, "actionQuit", tr("&Quit"), QString(), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);
}

} // namespace UserAdmin
