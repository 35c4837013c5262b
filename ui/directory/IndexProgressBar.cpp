// SPDX-License-Identifier: MIT
#include "directory/IndexProgressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace UserAdmin {

IndexProgressBar::IndexProgressBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("localIndexBar"));
    //: Accessible name of the strip that shows the filling of the local copy of the end-user list
    setAccessibleName(tr("Local index"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("localIndexText"));
    m_label->setTextFormat(Qt::PlainText); // the organization's name comes from the server
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("localIndexProgress"));
    m_bar->setAccessibleName(tr("Local index"));
    m_bar->setMaximumWidth(240);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("localIndexCancel"));
    //: Accessible name of the button that stops filling the local copy
    m_cancel->setAccessibleName(tr("Cancel indexing"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &IndexProgressBar::cancelRequested);
    hide();
}

void IndexProgressBar::showProgress(const QString& organizationName, qint64 done, qint64 total)
{
    const QLocale locale;
    if (total >= 0) {
        //: %1 is the organization's name, %2 the end-users stored so far, %3 all of them
        m_label->setText(tr("Indexing %1: %2 of %3")
                             .arg(organizationName, locale.toString(std::min(done, total)), locale.toString(total)));
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    } else {
        //: %1 is the organization's name; the number of end-users is not known yet
        m_label->setText(tr("Indexing %1…").arg(organizationName));
        m_bar->setRange(0, 0);
    }
    m_bar->setAccessibleDescription(m_label->text());
    m_bar->show();
    m_cancel->show();
    show();
}

void IndexProgressBar::showMessage(const QString& text)
{
    m_label->setText(text);
    m_bar->hide();
    m_cancel->hide();
    setVisible(!text.isEmpty());
}

QString IndexProgressBar::text() const
{
    return m_label->text();
}

} // namespace UserAdmin
