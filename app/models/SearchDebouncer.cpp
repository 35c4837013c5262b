// SPDX-License-Identifier: MIT
#include "models/SearchDebouncer.h"

namespace UserAdmin {

using namespace std::chrono_literals;

namespace {

/// Invisible format characters (zero-width spaces, word joiners, byte-order marks) come along when an address is
/// copied from a web page or a dialog; no email contains them, so they would only make the search miss.
QString normalised(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Format)
            result += c;
    }
    return result.trimmed();
}

} // namespace

SearchDebouncer::SearchDebouncer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300ms);
    connect(&m_timer, &QTimer::timeout, this, &SearchDebouncer::commitNow);
}

void SearchDebouncer::setText(const QString& text)
{
    m_text = normalised(text);
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

} // namespace UserAdmin
