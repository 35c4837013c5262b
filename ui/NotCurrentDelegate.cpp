// SPDX-License-Identifier: MIT
#include "NotCurrentDelegate.h"

namespace UserAdmin {

void NotCurrentDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_middleElidedColumn >= 0)
        option->textElideMode = index.column() == m_middleElidedColumn ? Qt::ElideMiddle : Qt::ElideRight;
    if (!m_notCurrent)
        return;
    QPalette& palette = option->palette;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
        palette.setColor(
            group, QPalette::HighlightedText, palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
}

} // namespace UserAdmin
