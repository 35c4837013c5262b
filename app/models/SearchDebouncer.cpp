// SPDX-License-Identifier: MIT
#include "models/SearchDebouncer.h"

namespace UserAdmin {

using namespace std::chrono_literals;

SearchDebouncer::SearchDebouncer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300ms);
    connect(&m_timer, &QTimer::timeout, this, &SearchDebouncer::commitNow);
}

void SearchDebouncer::setText(const QString& text)
{
    m_text = text.trimmed();
    if (m_text == m_committed) {
        m_timer.stop();
        return;
    }
    m_timer.start();
}

void SearchDebouncer::commitNow()
{
    m_timer.stop();
    if (m_text == m_committed)
        return;
    m_committed = m_text;
    emit searchCommitted(m_committed);
}

void SearchDebouncer::clear()
{
    m_text.clear();
    commitNow();
}

void SearchDebouncer::resetCommitted(const QString& text)
{
    m_timer.stop();
    m_text = text.trimmed();
    m_committed = m_text;
}

} // namespace UserAdmin
