// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>

namespace UserAdmin::Test {

/// The text of a PDF written by Qt's QPdfWriter, for tests (the machine has neither poppler nor Qt PDF): inflates
/// the streams, reads each font's ToUnicode map and decodes the glyph strings of the page contents with it. Returns
/// one decoding per font map (glyph ids of another font come out as other characters); a text drawn in one font is
/// found whole in that font's decoding. Also returns any /ActualText strings.
inline QStringList pdfTexts(const QByteArray& pdf)
{
    QList<QByteArray> streams;
    qsizetype from = 0;
    while (true) {
        qsizetype start = pdf.indexOf("stream", from);
        if (start < 0)
            break;
        if (start >= 3 && pdf.mid(start - 3, 3) == "end") {
            from = start + 6;
            continue;
        }
        start += 6;
        if (pdf.mid(start, 2) == "\r\n")
            start += 2;
        else if (pdf.mid(start, 1) == "\n")
            ++start;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        QByteArray raw = pdf.mid(start, end - start);
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(std::min<qsizetype>(raw.size() * 20 + 1024, 64 * 1024 * 1024)), sized.data());
        const QByteArray inflated = qUncompress(sized + raw);
        streams << (inflated.isEmpty() ? raw : inflated);
        from = end + 9;
    }
    QList<QHash<quint32, QString>> maps;
    static const QRegularExpression bfchar(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression bfrange(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression hexString(QStringLiteral("<([0-9A-Fa-f]*)>"));
    auto utf16 = [](const QString& hex) {
        QString text;
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
            text += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
        return text;
    };
    for (const QByteArray& stream : std::as_const(streams)) {
        if (!stream.contains("begincmap"))
            continue;
        QHash<quint32, QString> map;
        const QString text = QString::fromLatin1(stream);
        qsizetype at = 0;
        while ((at = text.indexOf(QLatin1String("beginbfchar"), at)) >= 0) {
            const qsizetype stop = text.indexOf(QLatin1String("endbfchar"), at);
            auto it = bfchar.globalMatch(text.mid(at, stop - at));
            while (it.hasNext()) {
                const auto m = it.next();
                map.insert(m.captured(1).toUInt(nullptr, 16), utf16(m.captured(2)));
            }
            at = stop;
        }
        at = 0;
        while ((at = text.indexOf(QLatin1String("beginbfrange"), at)) >= 0) {
            const qsizetype stop = text.indexOf(QLatin1String("endbfrange"), at);
            auto it = bfrange.globalMatch(text.mid(at, stop - at));
            while (it.hasNext()) {
                const auto m = it.next();
                const quint32 low = m.captured(1).toUInt(nullptr, 16);
                const quint32 high = m.captured(2).toUInt(nullptr, 16);
                if (m.capturedLength(4) > 0 || m.captured(3).isEmpty()) {
                    // <low> <high> [<dst> <dst> ...]: one destination per code
                    auto dst = hexString.globalMatch(m.captured(4));
                    for (quint32 g = low; g <= high && dst.hasNext(); ++g)
                        map.insert(g, utf16(dst.next().captured(1)));
                    continue;
                }
                const QString first = utf16(m.captured(3));
                for (quint32 g = low; g <= high && g - low < 65536 && !first.isEmpty(); ++g)
                    map.insert(g, first.left(first.size() - 1) + QChar(char16_t(first.back().unicode() + (g - low))));
            }
            at = stop;
        }
        maps << map;
    }
    QStringList texts;
    static const QRegularExpression glyphs(QStringLiteral("<([0-9A-Fa-f]+)>\\s*Tj"));
    static const QRegularExpression actual(QStringLiteral("/ActualText\\s*<FEFF([0-9A-Fa-f]*)>"));
    for (const QHash<quint32, QString>& map : std::as_const(maps)) {
        QString decoded;
        for (const QByteArray& stream : std::as_const(streams)) {
            if (stream.contains("begincmap"))
                continue;
            auto it = glyphs.globalMatch(QString::fromLatin1(stream));
            while (it.hasNext()) {
                const QString hex = it.next().captured(1);
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    decoded += map.value(hex.mid(i, 4).toUInt(nullptr, 16));
            }
        }
        texts << decoded;
    }
    for (const QByteArray& stream : std::as_const(streams)) {
        auto it = actual.globalMatch(QString::fromLatin1(stream));
        while (it.hasNext())
            texts << utf16(it.next().captured(1));
    }
    return texts;
}

} // namespace UserAdmin::Test
