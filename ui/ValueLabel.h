// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace UserAdmin {

/// A value in the details: plain text only (user data never renders as markup), selectable with the mouse and the
/// keyboard, a tab stop (so a screen reader and a keyboard reach it), with Copy in its context menu. It keeps no
/// accessible name of its own, so that it is read as what it shows.
class ValueLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ValueLabel(QWidget* parent = nullptr);

    /// The selected part, or the whole value when nothing is selected.
    QString textToCopy() const;
};

} // namespace UserAdmin
