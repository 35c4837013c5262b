// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace UserAdmin {

/// A small table in the details (identities, services): names, dates and emails are read whole, so columns take
/// their content's width and the table scrolls sideways in a narrow pane rather than cutting them. Its height
/// follows its rows (up to MaxVisibleRows, then it scrolls), so one identity does not take the room of six.
class DetailTable : public QTableView
{
    Q_OBJECT
public:
    /// `name` is the accessible name, the same as the visible heading above the table.
    DetailTable(const QString& name, QWidget* parent = nullptr);

    /// The selected rows as tab-separated lines, in table order (what Ctrl+C copies).
    QString selectedRowsText() const;

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int MaxVisibleRows = 6;
};

} // namespace UserAdmin
