// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace UserAdmin {

/// A message above a table or pane: an outcome, a load failure with Retry, a notice. Plain text only.
class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit InlineBanner(QWidget* parent = nullptr);

    /// Shows `text` (and the server's `detail` on a second line); `actionText` names the button (e.g. "Retry"),
    /// empty for none.
    void showMessage(Kind kind, const QString& text, const QString& detail = {}, const QString& actionText = {});
    void clear();
    Kind kind() const { return m_kind; }
    /// The text shown, message and detail.
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Info;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_action = nullptr;
    bool m_applyingColors = false;
};

} // namespace UserAdmin
