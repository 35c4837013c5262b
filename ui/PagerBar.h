// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace UserAdmin {

class Actions;

/// Paging controls under the end-user table: first / previous / next / last, "Showing 51–100 of 12,345",
/// and the page size (25, 50, 100).
class PagerBar : public QWidget
{
    Q_OBJECT
public:
    explicit PagerBar(Actions* actions, QWidget* parent = nullptr);

    void setStatusText(const QString& text);
    QString statusText() const;
    int pageSize() const;
    void setPageSize(int size);
    QComboBox* pageSizeBox() const { return m_pageSize; }
    QList<QWidget*> focusChain() const;

signals:
    void pageSizeChanged(int size);

private:
    QToolButton* m_first = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_last = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_pageSize = nullptr;
};

} // namespace UserAdmin
