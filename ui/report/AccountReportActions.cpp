// SPDX-License-Identifier: MIT
#include "report/AccountReportActions.h"

#include "Actions.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrganizationBar.h"
#include "api/ApiClient.h"
#include "audit/AuditJournal.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>

namespace UserAdmin {

namespace {
constexpr int StatusTimeoutMs = 3000;
}

AccountReportActions::AccountReportActions(MainWindow* window, ApiClient* client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    connect(window->actions()->copyReport, &QAction::triggered, this, &AccountReportActions::copyReport);
    connect(window->actions()->saveReport, &QAction::triggered, this, &AccountReportActions::chooseFile);
}

std::optional<ReportDocument> AccountReportActions::currentReport() const
{
    if (!m_window)
        return std::nullopt;
    const DetailPane* pane = m_window->detailPane();
    const auto detail = pane->loadedDetail();
    if (!detail)
        return std::nullopt;
    AccountReportInput input;
    input.server = m_client ? m_client->origin() : QString();
    input.organizationSlug = pane->organization();
    if (const auto organization = m_window->organizationBar()->current();
        organization && organization->slug == input.organizationSlug)
        input.organizationName = organization->displayName();
    input.producedBy = m_window->signedInMember();
    input.producedAt = QDateTime::currentDateTimeUtc();
    input.detail = *detail;
    input.journalEntries = m_window->auditJournal().entriesFor(input.server, input.organizationSlug, detail->id);
    return AccountReport::build(input);
}

bool AccountReportActions::copyReport()
{
    const auto report = currentReport();
    if (!report)
        return false;
    QGuiApplication::clipboard()->setText(report->toPlainText());
    m_window->statusBar()->showMessage(tr("Report copied"), StatusTimeoutMs);
    return true;
}

void AccountReportActions::chooseFile()
{
    if (!m_window || !m_window->detailPane()->loadedDetail())
        return;
    auto* dialog = new QFileDialog(m_window, tr("Save the account report"));
    dialog->setObjectName(QStringLiteral("reportSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters {tr("Plain text (*.txt)"), tr("Markdown (*.md)"), tr("PDF (*.pdf)")};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(
        AccountReport::suggestedFileName(m_window->detailPane()->email(), QDateTime::currentDateTimeUtc())
        + QStringLiteral(".txt"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString& filter) {
        const int index = int(filters.indexOf(filter));
        const QString suffix = index == 1 ? QStringLiteral("md")
            : index == 2                  ? QStringLiteral("pdf")
                                          : QStringLiteral("txt");
        dialog->setDefaultSuffix(suffix);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveReport(path); });
    dialog->open();
}

AccountReportActions::Format AccountReportActions::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::PlainText;
}

bool AccountReportActions::saveReport(const QString& path)
{
    const auto report = currentReport();
    if (!report)
        return false;
    QSaveFile file(path);
    QString error;
    if (file.open(QIODevice::WriteOnly)) {
        switch (formatFor(path)) {
        case Format::PlainText:
            file.write(report->toPlainText().toUtf8());
            break;
        case Format::Markdown:
            file.write(report->toMarkdown().toUtf8());
            break;
        case Format::Pdf: {
            QPdfWriter writer(&file);
            writer.setTitle(report->title);
            writer.setCreator(QStringLiteral("SSO User Admin"));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            writer.setResolution(300);
            QTextDocument document;
            document.setDocumentMargin(0);
            // Escaped HTML: every value is text, never markup.
            document.setHtml(report->toHtml());
            document.print(&writer);
            break;
        }
        }
        if (file.commit()) {
            //: %1 is a file path
            m_window->statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)),
                                               StatusTimeoutMs);
            return true;
        }
    }
    error = file.errorString();
    MessageBox::inform(m_window,
                       MessageBox::Icon::Critical,
                       tr("Report not saved"),
                       //: %1 is a file path
                       tr("The report could not be written to “%1”.").arg(QDir::toNativeSeparators(path)),
                       error);
    return false;
}

} // namespace UserAdmin
