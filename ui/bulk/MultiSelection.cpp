// SPDX-License-Identifier: MIT
#include "bulk/MultiSelection.h"

#include "models/EndUserTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>

#include <algorithm>

namespace UserAdmin {

MultiSelection::MultiSelection(QTableView* table, EndUserTableModel* model, QWidget* labelParent)
    : QObject(labelParent)
    , m_table(table)
    , m_model(model)
    , m_label(new QLabel(labelParent))
{
    m_label->setObjectName(QStringLiteral("selectionCount"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
}

int MultiSelection::count() const
{
    return int(m_table->selectionModel()->selectedRows().size());
}

QList<EndUserSummary> MultiSelection::selectedUsers() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<EndUserSummary> users;
    for (int row : std::as_const(rows))
        users.append(m_model->userAt(row));
    return users;
}

int MultiSelection::shownRow() const
{
    const QItemSelectionModel* selection = m_table->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), {}))
        return current.row();
    int first = rows.constFirst().row();
    for (const QModelIndex& index : rows)
        first = std::min(first, index.row());
    return first;
}

void MultiSelection::remember()
{
    m_ids.clear();
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        m_ids.append(m_model->userAt(index.row()).id);
    updateLabel();
}

void MultiSelection::restore(int keptRow)
{
    for (const QString& id : std::as_const(m_ids)) {
        const int row = m_model->rowForId(id);
        if (row >= 0 && row != keptRow)
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    remember();
}

void MultiSelection::forget()
{
    m_ids.clear();
    updateLabel();
}

void MultiSelection::updateLabel()
{
    const int selected = count();
    //: Below the end-user table; %n is the number of selected rows (2 or more)
    m_label->setText(tr("%n end-users selected", nullptr, selected));
    m_label->setVisible(selected >= 2);
    if (selected != m_count) {
        m_count = selected;
        emit countChanged(selected);
    }
}

} // namespace UserAdmin
