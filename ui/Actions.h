// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace UserAdmin {

/// Every user action of the main window, created in one place with its objectName, shortcut, icon and tooltip.
/// The window decides when each is enabled.
class Actions : public QObject
{
    Q_OBJECT
public:
    explicit Actions(QWidget* window);

    QAction* refresh = nullptr; ///< "actionRefresh", F5
    QAction* focusSearch = nullptr; ///< "actionFocusSearch", Ctrl+F
    QAction* firstPage = nullptr; ///< "actionFirstPage"
    QAction* previousPage = nullptr; ///< "actionPreviousPage", Alt+Left
    QAction* nextPage = nullptr; ///< "actionNextPage", Alt+Right
    QAction* lastPage = nullptr; ///< "actionLastPage"
    QAction* copyEmail = nullptr; ///< "actionCopyEmail", Ctrl+C
    QAction* copyId = nullptr; ///< "actionCopyId"
    QAction* revokeSessions = nullptr; ///< "actionRevokeSessions"
    QAction* showAuditJournal = nullptr; ///< "actionShowAuditJournal"
    QAction* signOut = nullptr; ///< "actionSignOut"
    QAction* quit = nullptr; ///< "actionQuit", Ctrl+Q

    /// The icon of resources/icons/`name`.svg.
    static QIcon icon(const QString& name);
};

} // namespace UserAdmin
