// SPDX-License-Identifier: MIT
// EndUserListPane: the search field (with its debouncer) and the service filter.
#include "EndUserListPane.h"

#include "Actions.h"
#include "models/EndUserTableModel.h"
#include "models/SearchDebouncer.h"
#include "models/ServiceFilterModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace UserAdmin {

void EndUserListPane::buildSearch()
{
    m_searchBar = new QWidget;
    //: Label of the search field
    auto* searchLabel = new QLabel(tr("&Search end-users"), m_searchBar);
    m_search = new QLineEdit(m_searchBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search end-users"));
    m_search->setPlaceholderText(tr("Part of an email address"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own, so a screen reader would announce a nameless button.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear search"));
    // The icon is a button to AT-SPI: it gets a name, and does what its name says.
    //: The magnifier button in the search field
    QAction* searchNow = m_search->addAction(Actions::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    searchNow->setText(tr("Search"));
    searchNow->setObjectName(QStringLiteral("actionSearchNow"));
    m_search->setMinimumWidth(220);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    auto* clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setObjectName(QStringLiteral("actionClearSearch"));
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_debouncer->clear();
    });
    auto* searchLayout = new QHBoxLayout(m_searchBar);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(searchLabel);
    searchLayout->addWidget(m_search, 1);

    m_serviceBar = new QWidget;
    //: Label of the choice of service to filter the end-users by
    auto* serviceLabel = new QLabel(tr("Ser&vice filter"), m_serviceBar);
    m_serviceBox = new QComboBox(m_serviceBar);
    m_serviceBox->setObjectName(QStringLiteral("serviceFilterBox"));
    m_serviceBox->setModel(m_services);
    m_serviceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceBox->setMinimumContentsLength(14);
    m_serviceBox->setAccessibleName(tr("Service filter"));
    serviceLabel->setBuddy(m_serviceBox);
    auto* serviceLayout = new QHBoxLayout(m_serviceBar);
    serviceLayout->setContentsMargins(0, 0, 0, 0);
    serviceLayout->addWidget(serviceLabel);
    serviceLayout->addWidget(m_serviceBox);

    connect(m_search, &QLineEdit::textChanged, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::commitNow);
    connect(searchNow, &QAction::triggered, m_debouncer, &SearchDebouncer::commitNow);
    connect(m_debouncer, &SearchDebouncer::searchCommitted, this, [this](const QString& text) {
        m_searchChanged = true;
        m_model->setSearch(text);
    });
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, &EndUserListPane::onServiceChosen);
}

} // namespace UserAdmin
