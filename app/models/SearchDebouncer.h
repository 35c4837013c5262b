// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace UserAdmin {

/// Turns keystrokes into searches: a search is committed a moment after the last keystroke (300 ms), or at once
/// on commitNow() (Enter). The same text is never committed twice in a row. Text is trimmed, and invisible format
/// characters are dropped.
class SearchDebouncer : public QObject
{
    Q_OBJECT
public:
    explicit SearchDebouncer(QObject* parent = nullptr);

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    std::chrono::milliseconds delay() const { return m_timer.intervalAsDuration(); }
    /// The text last committed (trimmed).
    QString committedText() const { return m_committed; }
    bool isPending() const { return m_timer.isActive(); }

public slots:
    /// The text as typed so far; commits after the delay unless more typing follows.
    void setText(const QString& text);
    /// Commits the text typed so far now (Enter).
    void commitNow();
    /// Empties the text and commits at once (Esc).
    void clear();

signals:
    void searchCommitted(const QString& text);

private:
    QTimer m_timer;
    QString m_text;
    QString m_committed;
};

} // namespace UserAdmin
