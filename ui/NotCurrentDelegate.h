// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace UserAdmin {

/// Draws a view's cells greyed while they are not current (an answer is awaited, or the last load failed).
/// The look is the delegate's, not a palette of the view: a palette set on the view would give its header and
/// scroll bars a new palette, and every one a new entry in the style's pixmap cache.
class NotCurrentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool isNotCurrent() const { return m_notCurrent; }
    /// The owner repaints the view's viewport.
    void setNotCurrent(bool notCurrent) { m_notCurrent = notCurrent; }
    /// Texts of `column` elide in the middle (an email keeps its start and its domain); the others at the end, so
    /// that a date keeps its date and a list its first items.
    void setMiddleElidedColumn(int column) { m_middleElidedColumn = column; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool m_notCurrent = false;
    int m_middleElidedColumn = -1;
};

} // namespace UserAdmin
