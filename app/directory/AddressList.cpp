// SPDX-License-Identifier: MIT
#include "directory/AddressList.h"

#include <QRegularExpression>
#include <QSet>

namespace UserAdmin {

namespace {
/// Punctuation around an address in prose or a list ("<a@b.example>,", "(a@b.example).").
const QString Surrounding = QStringLiteral("<>()[]{},;:'\"`.!?");

QString stripped(QString word)
{
    while (!word.isEmpty() && Surrounding.contains(word.front()))
        word.remove(0, 1);
    while (!word.isEmpty() && Surrounding.contains(word.back()))
        word.chop(1);
    return word;
}

/// A line that is one word: list punctuation after it, and brackets around it only when they pair up, so that
/// "<b>bold</b>@markup.example" stays whole while "<john@customer.com>," loses its brackets.
QString strippedWord(QString word)
{
    while (!word.isEmpty() && (word.back() == u',' || word.back() == u';' || word.back() == u'.'))
        word.chop(1);
    const QString pairs = QStringLiteral("<>()[]");
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
        if (word.size() > 2 && word.front() == pairs.at(i) && word.back() == pairs.at(i + 1)
            && word.count(pairs.at(i)) == 1 && word.count(pairs.at(i + 1)) == 1)
            word = word.mid(1, word.size() - 2);
    }
    return word;
}

bool plausible(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    // Something before the @, a dot in the domain and nothing that cannot be in one; the server decides the rest.
    if (at <= 0 || at + 1 >= address.size() || address.size() > 320)
        return false;
    const QString domain = address.mid(at + 1);
    return domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.')) && !domain.contains(QLatin1Char('@'));
}
} // namespace

QStringList AddressList::extract(const QString& text, int maxAddresses)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression inProse(
        QStringLiteral("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"));
    QStringList addresses;
    QSet<QString> seen;
    auto add = [&](const QString& address) {
        if (addresses.size() >= maxAddresses || !plausible(address))
            return;
        const QString key = address.toLower();
        if (seen.contains(key))
            return;
        seen.insert(key);
        addresses.append(address);
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || !line.contains(QLatin1Char('@')))
            continue;
        // A line that is one address is taken whole, whatever characters it has ("jane smith"@quoted.example is
        // not, since it has a space: prose rules apply to it).
        if (!line.contains(whitespace)) {
            const QString word = strippedWord(line);
            if (plausible(word) && word.count(QLatin1Char('@')) == 1) {
                add(word);
                continue;
            }
        }
        auto matches = inProse.globalMatch(line);
        while (matches.hasNext())
            add(stripped(matches.next().captured(0)));
    }
    return addresses;
}

} // namespace UserAdmin
