// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace UserAdmin {

/// Writes CSV as RFC 4180 describes it, in UTF-8 without a byte order mark, one row per call, to any QIODevice.
///
/// Fields with a comma, a double quote, CR or LF are quoted, and quotes inside doubled; rows end in CRLF. A field that
/// starts with =, +, -, @, a tab or CR is prefixed with a single quote by default: a spreadsheet would otherwise run it
/// as a formula (CSV injection), and the exported data (emails, reasons, server messages) comes from other people.
/// The prefix changes the value; use FormulaGuard::Off for files that only programs read.
class CsvWriter
{
public:
    enum class FormulaGuard { Prefix, Off };

    explicit CsvWriter(QIODevice* device, FormulaGuard guard = FormulaGuard::Prefix);

    /// Writes one row. False, with errorString(), when the device refused the bytes; later rows are then not written.
    bool writeRow(const QStringList& fields);
    QString errorString() const { return m_error; }

    /// One field as it appears in the file.
    static QByteArray encodeField(const QString& field, FormulaGuard guard = FormulaGuard::Prefix);
    /// One row as it appears in the file, CRLF included.
    static QByteArray encodeRow(const QStringList& fields, FormulaGuard guard = FormulaGuard::Prefix);

private:
    QIODevice* m_device = nullptr;
    FormulaGuard m_guard = FormulaGuard::Prefix;
    QString m_error;
};

} // namespace UserAdmin
