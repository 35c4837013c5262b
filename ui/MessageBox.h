// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace UserAdmin {

/// The one wrapper for confirmations and error dialogs. Dialogs open window-modal and answer through a callback, so
/// no nested event loop runs. Everything a dialog says is plain text. Tests answer in advance through the hook.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::MessageBox)
public:
    enum class Answer { Cancel, Accept };
    enum class Icon { Information, Warning, Critical, Question };

    struct Request
    {
        Icon icon = Icon::Question;
        QString title;
        QString text; ///< the question or statement, plain text
        QString informativeText; ///< what follows from it, plain text
        QString acceptText; ///< the verb on the accepting button ("Revoke sessions"); empty: only a Close button
        QString cancelText; ///< empty: "Cancel" (or "Close" without acceptText)
        bool acceptIsDefault = false; ///< Cancel is the default unless the action is harmless
    };
    using Callback = std::function<void(Answer)>;

    /// Shows `request`; `done` runs on `context`'s thread once answered (unless context is gone).
    static void ask(QWidget* parent, const Request& request, QObject* context, Callback done);
    /// A statement with only a Close button.
    static void inform(QWidget* parent, Icon icon, const QString& title, const QString& text, const QString& info = {});

    // Test hook: in test mode no dialog is shown; each request is recorded and answered by the next queued answer
    // (Cancel when none is queued).
    static void setTestMode(bool enabled);
    static bool testMode();
    static void answerNextWith(Answer answer);
    static QList<Request> shownRequests();
    static void clearShownRequests();
};

} // namespace UserAdmin
