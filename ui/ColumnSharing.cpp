// SPDX-License-Identifier: MIT
#include "ColumnSharing.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace UserAdmin {

namespace {

constexpr int MaxAutoColumnWidth = 360; ///< one long value must not take the whole table

int contentWidth(QTableView* table, int column)
{
    const int content = std::max(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                                 table->horizontalHeader()->sectionSizeHint(column));
    return std::min(content, MaxAutoColumnWidth);
}

} // namespace

ColumnSharing::ColumnSharing(QTableView* table, int mainColumn, QList<int> squeezable, int mainCharacters)
    : QObject(table)
    , m_table(table)
    , m_main(mainColumn)
    , m_squeezable(std::move(squeezable))
    , m_mainCharacters(mainCharacters)
{
    table->viewport()->installEventFilter(this);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The main column stretches with every resize; another column resized by anyone but us is the person's.
        if (!m_sharing && column != m_main && !m_contentWidths.isEmpty())
            m_automatic = false;
    });
}

void ColumnSharing::fitContent()
{
    if (!m_automatic || !m_table->model() || m_table->model()->rowCount() == 0)
        return;
    // Widths only grow: a page of shorter texts does not make the columns jump back and forth.
    const int columns = m_table->model()->columnCount();
    m_contentWidths.resize(columns, 0);
    for (int column = 0; column < columns; ++column)
        m_contentWidths[column] = std::max(m_contentWidths.at(column), contentWidth(m_table, column));
    share();
}

void ColumnSharing::keepAsRestored()
{
    m_automatic = false;
}

bool ColumnSharing::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport())
        share();
    return QObject::eventFilter(watched, event);
}

void ColumnSharing::share()
{
    if (!m_automatic || m_contentWidths.isEmpty() || m_sharing)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    const QScopedValueRollback<bool> guard(m_sharing, true);
    int others = 0;
    for (int column = 0; column < m_contentWidths.size(); ++column) {
        if (column == m_main)
            continue; // takes the width the others leave
        m_table->setColumnWidth(column, m_contentWidths.at(column));
        others += m_contentWidths.at(column);
    }
    if (!m_table->isVisible())
        return; // no real width to share yet
    const int mainWanted =
        std::min(m_contentWidths.value(m_main), m_table->fontMetrics().averageCharWidth() * m_mainCharacters);
    // The vertical scroll bar may come only once the rows are laid out: its room is kept free if it will come.
    const bool scrollBarComes = !m_table->verticalScrollBar()->isVisible()
        && m_table->verticalHeader()->length() > m_table->viewport()->height();
    const int scrollBar =
        scrollBarComes ? m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table) : 0;
    const int excess = others + mainWanted - (m_table->viewport()->width() - scrollBar);
    if (excess <= 0)
        return;
    int slack = 0;
    for (int column : std::as_const(m_squeezable))
        slack += std::max(0, m_table->columnWidth(column) - header->sectionSizeHint(column));
    if (slack <= 0)
        return;
    // Each gives in proportion to what it has beyond its header; the last one also gives what rounding left.
    int owed = std::min(excess, slack);
    const int share = owed;
    for (int column : std::as_const(m_squeezable)) {
        const int width = m_table->columnWidth(column);
        const int spare = std::max(0, width - header->sectionSizeHint(column));
        const int give = column == m_squeezable.constLast() ? std::min(owed, spare)
                                                            : std::min(owed, int(qint64(share) * spare / slack));
        m_table->setColumnWidth(column, width - give);
        owed -= give;
    }
}

} // namespace UserAdmin
