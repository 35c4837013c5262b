// SPDX-License-Identifier: MIT
#include "report/ReportDocument.h"

namespace UserAdmin {

namespace {

/// Values are one line each in every format: a line break in user data must not start a new field.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

QString ReportDocument::escapeMarkdown(const QString& text)
{
    QString out;
    const QString line = oneLine(text);
    out.reserve(line.size() * 2);
    for (const QChar c : line) {
        if (c.unicode() < 128 && c.isPrint() && !c.isLetterOrNumber() && !c.isSpace())
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString ReportDocument::toPlainText() const
{
    QString out =
        oneLine(title) + QLatin1Char('\n') + QString(oneLine(title).size(), QLatin1Char('=')) + QLatin1Char('\n');
    for (const Section& section : sections) {
        out += QLatin1Char('\n') + oneLine(section.title) + QLatin1Char('\n');
        if (!section.note.isEmpty())
            out += QLatin1String("  ") + oneLine(section.note) + QLatin1Char('\n');
        for (const Field& field : section.fields)
            out += QLatin1String("  ") + oneLine(field.caption) + QLatin1String(": ") + oneLine(field.value)
                + QLatin1Char('\n');
        for (const QStringList& row : section.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < row.size() && i < section.columns.size(); ++i)
                cells << oneLine(section.columns.at(i)) + QLatin1String(": ") + oneLine(row.at(i));
            out += QLatin1String("  - ") + cells.join(QLatin1String("; ")) + QLatin1Char('\n');
        }
    }
    return out;
}

QString ReportDocument::toMarkdown() const
{
    QString out = QLatin1String("# ") + escapeMarkdown(title) + QLatin1Char('\n');
    for (const Section& section : sections) {
        out += QLatin1String("\n## ") + escapeMarkdown(section.title) + QLatin1String("\n\n");
        if (!section.note.isEmpty())
            out += escapeMarkdown(section.note) + QLatin1String("\n\n");
        for (const Field& field : section.fields)
            out += QLatin1String("- **") + escapeMarkdown(field.caption) + QLatin1String(":** ")
                + escapeMarkdown(field.value) + QLatin1Char('\n');
        if (!section.fields.isEmpty())
            out += QLatin1Char('\n');
        if (section.columns.isEmpty() || section.rows.isEmpty())
            continue;
        QStringList header;
        QStringList rule;
        for (const QString& column : section.columns) {
            header << escapeMarkdown(column);
            rule << QStringLiteral("---");
        }
        out += QLatin1String("| ") + header.join(QLatin1String(" | ")) + QLatin1String(" |\n| ")
            + rule.join(QLatin1String(" | ")) + QLatin1String(" |\n");
        for (const QStringList& row : section.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < section.columns.size(); ++i)
                cells << escapeMarkdown(row.value(i));
            out += QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString ReportDocument::toHtml() const
{
    auto esc = [](const QString& text) { return oneLine(text).toHtmlEscaped(); };
    QString out = QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + esc(title)
        + QLatin1String("</title></head><body>\n<h1>") + esc(title) + QLatin1String("</h1>\n");
    for (const Section& section : sections) {
        out += QLatin1String("<h2>") + esc(section.title) + QLatin1String("</h2>\n");
        if (!section.note.isEmpty())
            out += QLatin1String("<p>") + esc(section.note) + QLatin1String("</p>\n");
        if (!section.fields.isEmpty()) {
            out += QLatin1String("<table cellspacing=\"0\" cellpadding=\"3\">\n");
            for (const Field& field : section.fields)
                out += QLatin1String("<tr><td><b>") + esc(field.caption) + QLatin1String("</b></td><td>")
                    + esc(field.value) + QLatin1String("</td></tr>\n");
            out += QLatin1String("</table>\n");
        }
        if (section.columns.isEmpty() || section.rows.isEmpty())
            continue;
        out += QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
        for (const QString& column : section.columns)
            out += QLatin1String("<th>") + esc(column) + QLatin1String("</th>");
        out += QLatin1String("</tr>\n");
        for (const QStringList& row : section.rows) {
            out += QLatin1String("<tr>");
            for (qsizetype i = 0; i < section.columns.size(); ++i)
                out += QLatin1String("<td>") + esc(row.value(i)) + QLatin1String("</td>");
            out += QLatin1String("</tr>\n");
        }
        out += QLatin1String("</table>\n");
    }
    out += QLatin1String("</body></html>\n");
    return out;
}

} // namespace UserAdmin
