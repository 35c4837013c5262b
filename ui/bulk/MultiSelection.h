// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"

#include <QObject>
#include <QStringList>

class QLabel;
class QTableView;
class QWidget;

namespace UserAdmin {

class EndUserTableModel;

/// The several rows selected in the end-user table (Ctrl/Shift-click, Shift+arrows, Ctrl+A): which end-users they
/// are, the "N end-users selected" label, and the selection kept across a reload of the page.
class MultiSelection : public QObject
{
    Q_OBJECT
public:
    MultiSelection(QTableView* table, EndUserTableModel* model, QWidget* labelParent);

    /// "N end-users selected", shown from two on.
    QLabel* label() const { return m_label; }
    int count() const;
    /// Every selected row's end-user, in table order.
    QList<EndUserSummary> selectedUsers() const;
    /// The row the details show: the current row when it is selected, else the first selected one; -1 for none.
    int shownRow() const;
    /// Call when the selection changed: remembers the selected ids and updates the label.
    void remember();
    /// After a reload that kept row `keptRow` selected: selects the other remembered rows that are still shown.
    void restore(int keptRow);
    /// After a reload that lost the selection.
    void forget();

signals:
    void countChanged(int count);

private:
    void updateLabel();

    QTableView* m_table = nullptr;
    EndUserTableModel* m_model = nullptr;
    QLabel* m_label = nullptr;
    QStringList m_ids;
    int m_count = 0;
};

} // namespace UserAdmin
