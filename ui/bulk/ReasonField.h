// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace UserAdmin {

/// The "Reason" of a revocation (free text, e.g. a ticket number), with its label and a hint saying whether it is
/// required. It lands in every journal entry of the action.
class ReasonField : public QWidget
{
    Q_OBJECT
public:
    explicit ReasonField(bool required, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);
    bool isRequired() const { return m_required; }
    /// False while a required reason is empty.
    bool isAcceptable() const;
    QLineEdit* edit() const { return m_edit; }

    /// Longest reason kept (characters).
    static constexpr int MaxLength = 500;

signals:
    void acceptableChanged(bool acceptable);

private:
    QLineEdit* m_edit = nullptr;
    QLabel* m_hint = nullptr;
    bool m_required = true;
};

} // namespace UserAdmin
