// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace UserAdmin {

/// The application's main window. Until the end-user table lands it says what is to come.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace UserAdmin
