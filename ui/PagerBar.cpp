// SPDX-License-Identifier: MIT
#include "PagerBar.h"

#include "Actions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace UserAdmin {

namespace {

QToolButton* pagerButton(QAction* action, const char* objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setDefaultAction(action);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoRaise(true);
    // Icon-only button: the name a screen reader announces is the action's text.
    button->setAccessibleName(action->text());
    return button;
}

} // namespace

PagerBar::PagerBar(Actions* actions, QWidget* parent)
    : QWidget(parent)
{
    m_first = pagerButton(actions->firstPage, "firstPageButton", this);
    m_previous = pagerButton(actions->previousPage, "previousPageButton", this);
    m_next = pagerButton(actions->nextPage, "nextPageButton", this);
    m_last = pagerButton(actions->lastPage, "lastPageButton", this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pagerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No accessible name of its own: a screen reader reads the line itself, "Showing 51–100 of 12,345".

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeBox"));
    for (int size : {25, 50, 100})
        m_pageSize->addItem(QLocale().toString(size), size);
    m_pageSize->setCurrentIndex(1);
    //: Label of the choice of how many end-users one page shows
    auto* sizeLabel = new QLabel(tr("Page si&ze"), this);
    sizeLabel->setBuddy(m_pageSize);
    m_pageSize->setAccessibleName(tr("Page size"));
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] { emit pageSizeChanged(pageSize()); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addSpacing(8);
    layout->addWidget(m_status, 1);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);
}

void PagerBar::setStatusText(const QString& text)
{
    m_status->setText(text);
}

QString PagerBar::statusText() const
{
    return m_status->text();
}

int PagerBar::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

void PagerBar::setPageSize(int size)
{
    const int index = m_pageSize->findData(size);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

QList<QWidget*> PagerBar::focusChain() const
{
    return {m_first, m_previous, m_next, m_last, m_pageSize};
}

} // namespace UserAdmin
