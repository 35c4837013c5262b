// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace UserAdmin {

/// Column widths of a table whose main column stretches (the end-user list's email): the others fit the widest
/// content shown so far, and where the table is too narrow for every column's content they give up width
/// first, never below their headers, so that the main column keeps room for a usual value. The sharing follows the
/// table's width until the person resizes a column or remembered widths are restored; then theirs win.
class ColumnSharing : public QObject
{
    Q_OBJECT
public:
    /// `squeezable`: the columns that give up width, in proportion to what they have beyond their headers.
    ColumnSharing(QTableView* table, int mainColumn, QList<int> squeezable, int mainCharacters);

    /// Sizes the columns to the rows shown now and before (nothing while there are no rows).
    void fitContent();
    /// Widths were restored: they are kept as they are.
    void keepAsRestored();
    bool isAutomatic() const { return m_automatic; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void share();

    QTableView* m_table;
    int m_main;
    QList<int> m_squeezable;
    int m_mainCharacters;
    QList<int> m_contentWidths; ///< per column, the widest measured; empty until the first rows
    bool m_automatic = true;
    bool m_sharing = false;
};

} // namespace UserAdmin
