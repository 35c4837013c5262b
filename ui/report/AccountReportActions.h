// SPDX-License-Identifier: MIT
#pragma once

#include "report/AccountReport.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace UserAdmin {

class ApiClient;
class MainWindow;

/// Edit → "Copy report" and File → "Save report…" for the account in the detail pane: the report as plain text on
/// the clipboard, or saved as plain text (.txt), Markdown (.md) or PDF (.pdf, Qt's QTextDocument and QPdfWriter).
class AccountReportActions : public QObject
{
    Q_OBJECT
public:
    AccountReportActions(MainWindow* window, ApiClient* client);

    /// The report of the account shown now; nullopt when its detail has not arrived.
    std::optional<ReportDocument> currentReport() const;
    /// Copies the report as plain text. False when there is none.
    bool copyReport();
    /// Asks where to save the report (non-modal file dialog).
    void chooseFile();
    enum class Format { PlainText, Markdown, Pdf };
    /// The format a file name asks for (by its suffix; plain text otherwise).
    static Format formatFor(const QString& path);
    /// Writes the report to `path` in the format of its suffix. False when it could not be written (the person has
    /// been told).
    bool saveReport(const QString& path);

private:
    QPointer<MainWindow> m_window;
    QPointer<ApiClient> m_client;
};

} // namespace UserAdmin
