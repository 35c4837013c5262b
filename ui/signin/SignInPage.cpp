// SPDX-License-Identifier: MIT
#include "signin/SignInPage.h"

#include <QLabel>

namespace UserAdmin {

QLabel* SignInPage::plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace UserAdmin
