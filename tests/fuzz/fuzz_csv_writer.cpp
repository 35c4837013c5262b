// SPDX-License-Identifier: MIT
// The CSV writer (RFC 4180 with the formula guard): what a reader parses back is exactly the fields, or, under the
// guard, the fields with a quote before a formula start. Input: UTF-8 fields separated by 0x1F.
#include "FuzzCheck.h"

#include "format/CsvWriter.h"

#include <QBuffer>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

/// A strict RFC 4180 reader for one record ending in CRLF; nullopt when the bytes are not exactly that.
std::optional<QStringList> parseRecord(const QByteArray& row)
{
    if (!row.endsWith("\r\n"))
        return std::nullopt;
    const QString text = QString::fromUtf8(row.chopped(2));
    QStringList fields;
    QString field;
    qsizetype i = 0;
    while (true) {
        if (i < text.size() && text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < text.size() && text.at(i) != u',')
                return std::nullopt; // text after the closing quote
        } else {
            while (i < text.size() && text.at(i) != u',') {
                const QChar c = text.at(i);
                if (c == u'"' || c == u'\r' || c == u'\n')
                    return std::nullopt; // must have been quoted
                field += c;
                ++i;
            }
        }
        fields.append(field);
        field.clear();
        if (i >= text.size())
            return fields;
        ++i; // the comma
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList fields = QString::fromUtf8(bytes(data, size)).split(QChar(0x1f));
    // A first field that starts with U+FEFF cannot be told from a byte-order mark by any reader (QString::fromUtf8
    // here drops one), so its round trip is not a property of the writer.
    if (fields.front().startsWith(QChar(0xFEFF)))
        return 0;

    const QByteArray plain = CsvWriter::encodeRow(fields, CsvWriter::FormulaGuard::Off);
    const auto parsedPlain = parseRecord(plain);
    FUZZ_CHECK(parsedPlain && *parsedPlain == fields);
    FUZZ_CHECK(!plain.startsWith("\xEF\xBB\xBF") || fields.front().startsWith(QChar(0xFEFF)));

    const QByteArray guarded = CsvWriter::encodeRow(fields, CsvWriter::FormulaGuard::Prefix);
    const auto parsedGuarded = parseRecord(guarded);
    FUZZ_CHECK(parsedGuarded && parsedGuarded->size() == fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString& written = parsedGuarded->at(i);
        FUZZ_CHECK(!startsLikeFormula(written));
        FUZZ_CHECK(written == (startsLikeFormula(fields.at(i)) ? u'\'' + fields.at(i) : fields.at(i)));
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    FUZZ_CHECK(writer.writeRow(fields) && writer.writeRow(fields));
    FUZZ_CHECK(buffer.data() == guarded + guarded);
    return 0;
}
