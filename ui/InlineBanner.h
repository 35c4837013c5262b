// SPDX-License-Identifier: MIT
#pragma once

#include "Notice.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace UserAdmin {

/// A message above a table or pane: an outcome, a load failure with Retry, a notice. Plain text only. The button
/// runs the callback given with the message that is shown, so a stale callback can never fire.
class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    using Kind = Notice::Severity;

    explicit InlineBanner(QWidget* parent = nullptr);

    /// Shows `text` (and `detail` on a second line); the button reads `actionText` and runs `action` (no button
    /// when either is empty).
    void showMessage(Kind kind,
                     const QString& text,
                     const QString& detail = {},
                     const QString& actionText = {},
                     std::function<void()> action = {});
    void show(const Notice& notice);
    void clear();
    Kind kind() const { return m_kind; }
    /// The text shown, message and detail; empty while hidden.
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Info;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_callback;
    bool m_applyingColors = false;
};

} // namespace UserAdmin
