// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextBoundaryFinder>

namespace UserAdmin {

/// `text` with a WORD JOINER (U+2060) at each place where a line could break inside it, so that an email address
/// in a wrapped dialog stays on one line ("ingrid.kim.30786@customer.com", not "ingrid.kim. / 30786@…").
/// For display only: what is copied or stored is the original text (search input drops such characters).
inline QString keepTogether(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    QString result;
    result.reserve(text.size() + 8);
    qsizetype start = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0 && next < text.size(); next = finder.toNextBoundary()) {
        result += QStringView(text).mid(start, next - start);
        result += QChar(0x2060);
        start = next;
    }
    result += QStringView(text).mid(start);
    return result;
}

} // namespace UserAdmin
