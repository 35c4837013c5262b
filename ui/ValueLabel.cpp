// SPDX-License-Identifier: MIT
#include "ValueLabel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

namespace UserAdmin {

ValueLabel::ValueLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrap(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        //: Context menu of a value in the details: copy the selected part, or the whole value
        QAction* copy = menu->addAction(tr("&Copy"));
        copy->setObjectName(QStringLiteral("copyValue"));
        connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(textToCopy()); });
        menu->popup(mapToGlobal(pos));
    });
}

QString ValueLabel::textToCopy() const
{
    return hasSelectedText() ? selectedText() : text();
}

} // namespace UserAdmin
