// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "core/AppInfo.h"

#include <QLabel>

namespace UserAdmin {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SSO User Admin"));
    auto* label =
        new QLabel(tr("SSO User Admin %1\n\nThe end-user table is not built yet.").arg(AppInfo::version()), this);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    setCentralWidget(label);
    resize(960, 600);
}

} // namespace UserAdmin
