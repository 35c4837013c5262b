// SPDX-License-Identifier: MIT
#pragma once

#include "MessageBox.h"

#include <QDialog>

#include <functional>

namespace UserAdmin {

class ReasonField;

/// A confirmation like MessageBox's, with the Reason field of a revocation under its text. The accepting button
/// stays disabled while a required reason is empty. In MessageBox's test mode the request goes through MessageBox's
/// hook (recorded, answered by the queued answer) and the reason is the one queued with answerNextReasonWith().
class ReasonConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    using Callback = std::function<void(MessageBox::Answer answer, const QString& reason)>;

    ReasonConfirmDialog(const MessageBox::Request& request, bool reasonRequired, QWidget* parent = nullptr);
    QString reason() const;
    ReasonField* reasonField() const { return m_reason; }

    /// Shows `request` window-modal (no nested event loop); `done` runs on `context` unless it is gone.
    static void
    ask(QWidget* parent, const MessageBox::Request& request, bool reasonRequired, QObject* context, Callback done);
    /// Test hook: the reason the next confirmation answered through MessageBox's hook is given.
    static void answerNextReasonWith(const QString& reason);

private:
    ReasonField* m_reason = nullptr;
};

} // namespace UserAdmin
