// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace UserAdmin {

/// A report as plain facts (a title, sections of captioned values and tables), rendered as plain text, Markdown or
/// HTML. Every value is user data and stays literal in every format: Markdown punctuation is backslash-escaped and
/// HTML is escaped, so an email such as `<b>x</b>@example.com` is never markup.
struct ReportDocument
{
    struct Field
    {
        QString caption;
        QString value;
    };
    struct Section
    {
        QString title;
        QList<Field> fields;
        QStringList columns; ///< a table when not empty
        QList<QStringList> rows; ///< each as long as `columns`
        QString note; ///< a sentence under the title, e.g. "None" or what the figures cover
    };

    QString title;
    QList<Section> sections;

    QString toPlainText() const;
    QString toMarkdown() const;
    /// A complete HTML document (for QTextDocument and the PDF).
    QString toHtml() const;

    /// `text` with every ASCII punctuation character backslash-escaped (CommonMark), and line breaks as spaces.
    static QString escapeMarkdown(const QString& text);
};

} // namespace UserAdmin
