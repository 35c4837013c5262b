// SPDX-License-Identifier: MIT
#include "format/CsvWriter.h"

namespace UserAdmin {

CsvWriter::CsvWriter(QIODevice* device, FormulaGuard guard)
    : m_device(device)
    , m_guard(guard)
{ }

QByteArray CsvWriter::encodeField(const QString& field, FormulaGuard guard)
{
    QString text = field;
    if (guard == FormulaGuard::Prefix && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text.toUtf8();
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray CsvWriter::encodeRow(const QStringList& fields, FormulaGuard guard)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += encodeField(fields.at(i), guard);
    }
    return row + "\r\n";
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable()) {
        m_error = QStringLiteral("the device is not open for writing");
        return false;
    }
    const QByteArray row = encodeRow(fields, m_guard);
    if (m_device->write(row) != row.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace UserAdmin
