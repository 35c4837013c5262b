// SPDX-License-Identifier: MIT
#include "bulk/BulkReportDialog.h"

#include "ErrorPresenter.h"
#include "MessageBox.h"
#include "format/CsvWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace UserAdmin {

namespace {
int plural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

QString BulkReportDialog::statusText(BulkRevocation::Status status)
{
    using Status = BulkRevocation::Status;
    switch (status) {
    case Status::Revoked:
        //: Outcome of one account in the report
        return tr("Revoked");
    case Status::NotRevoked:
        //: Outcome of one account in the report
        return tr("Not revoked");
    case Status::Unknown:
        //: Outcome of one account in the report: the request was sent and no answer came
        return tr("Unknown");
    case Status::NotSent:
        //: Outcome of one account in the report: cancelled before its request was sent
        return tr("Not sent");
    case Status::Waiting:
    case Status::Sending:
        break;
    }
    //: Outcome of one account whose request is still under way
    return tr("Pending");
}

QString BulkReportDialog::detailText(const BulkRevocation::Item& item)
{
    using Status = BulkRevocation::Status;
    using Reason = RevocationOutcome::Reason;
    const RevocationOutcome& outcome = item.outcome;
    switch (item.status) {
    case Status::Revoked:
        return outcome.result.sessionsRevoked ? QString() : tr("The server did not say how many.");
    case Status::Unknown:
        return tr("Sent, and no answer came: reload the account before trying again.") + QLatin1Char(' ')
            + ErrorPresenter::detail(outcome.error);
    case Status::NotSent:
        return tr("Cancelled before it was sent.");
    case Status::NotRevoked:
        if (outcome.kind == RevocationOutcome::Kind::NeedsSignIn)
            return tr("Your sign-in had ended.") + QLatin1Char(' ') + ErrorPresenter::detail(outcome.error);
        if (outcome.reason == Reason::NotSent)
            return tr("Not sent: the audit journal could not record it first.");
        if (outcome.reason == Reason::NeverReached)
            return tr("The request never reached the server.") + QLatin1Char(' ')
                + ErrorPresenter::detail(outcome.error);
        if (outcome.reason == Reason::NotFound)
            return tr("Not found in this organization.") + QLatin1Char(' ') + ErrorPresenter::detail(outcome.error);
        return tr("Refused by the server.") + QLatin1Char(' ') + ErrorPresenter::detail(outcome.error);
    case Status::Waiting:
    case Status::Sending:
        break;
    }
    return {};
}

BulkReportDialog::BulkReportDialog(const BulkRevocation& revocation, const QString& organizationName, QWidget* parent)
    : QDialog(parent)
    , m_retryable(revocation.retryableTargets())
    , m_reason(revocation.reason())
{
    setObjectName(QStringLiteral("bulkReportDialog"));
    //: Title of the report after a bulk revocation; %1 is the organization's name
    setWindowTitle(tr("Revocation report for %1").arg(organizationName));
    using Status = BulkRevocation::Status;
    const QLocale locale;
    QStringList parts;
    //: Part of the report's summary
    parts << tr("%n revoked", nullptr, revocation.count(Status::Revoked));
    //: Part of the report's summary
    parts << tr("%n not revoked", nullptr, revocation.count(Status::NotRevoked));
    //: Part of the report's summary
    parts << tr("%n unknown", nullptr, revocation.count(Status::Unknown));
    if (revocation.count(Status::NotSent) > 0)
        //: Part of the report's summary
        parts << tr("%n not sent", nullptr, revocation.count(Status::NotSent));
    //: %1 lists the outcomes ("23 revoked, 0 not revoked, 2 unknown"); %2 the sessions the server counted
    QString summary = tr("%n end-user(s): %1. The server revoked %2 session(s).", nullptr, revocation.total())
                          .arg(parts.join(tr(", ")), locale.toString(revocation.sessionsRevoked()));
    if (revocation.stopReason() == BulkRevocation::Stop::Cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled after %n request(s) were sent.", nullptr, revocation.sentCount());
    else if (revocation.stopReason() == BulkRevocation::Stop::JournalFailed)
        summary += QLatin1Char(' ')
            + tr("Stopped: the audit journal could not be written (%1).").arg(revocation.journalError());
    if (revocation.count(Status::Unknown) > 0)
        summary += QLatin1Char(' ')
            + tr("Reload the accounts with an unknown outcome before revoking them again; Retry leaves them out.");
    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("bulkReportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    const QList<BulkRevocation::Item>& items = revocation.items();
    m_table = new QTableWidget(int(items.size()), 4, this);
    m_table->setObjectName(QStringLiteral("bulkReportTable"));
    //: Accessible name of the table of outcomes
    m_table->setAccessibleName(tr("Outcomes"));
    m_table->setHorizontalHeaderLabels(headers());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int row = 0; row < items.size(); ++row) {
        const BulkRevocation::Item& item = items.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(item.target.email));
        m_table->setItem(row, 1, new QTableWidgetItem(statusText(item.status)));
        const auto count = item.status == Status::Revoked ? item.outcome.result.sessionsRevoked : std::nullopt;
        auto* countItem = new QTableWidgetItem(count ? locale.toString(*count) : QString());
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, countItem);
        const QString detail = detailText(item).trimmed();
        auto* detailItem = new QTableWidgetItem(detail);
        detailItem->setToolTip(detail);
        m_table->setItem(row, 3, detailItem);
    }
    // Email, outcome and count take their content's (and header's) width; the detail takes the rest.
    for (int column = 0; column < 3; ++column)
        m_table->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Retry the %n that were not revoked…", nullptr, plural(m_retryable.size())),
                                 QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("bulkRetryButton"));
    m_retry->setEnabled(!m_retryable.isEmpty());
    m_retry->setToolTip(tr("Asks again before sending; accounts with an unknown outcome are left out"));
    QPushButton* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("bulkCopyButton"));
    QPushButton* saveButton = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("bulkSaveButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    for (QPushButton* button : {m_retry, copyButton, saveButton})
        button->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested(m_retryable, m_reason);
        accept();
    });
    connect(copyButton, &QPushButton::clicked, this, &BulkReportDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &BulkReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString BulkReportDialog::summary() const
{
    return m_summary->text();
}

QStringList BulkReportDialog::headers() const
{
    return {tr("Email"), tr("Outcome"), tr("Sessions revoked"), tr("Detail")};
}

QList<QStringList> BulkReportDialog::rows() const
{
    QList<QStringList> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_table->columnCount(); ++column)
            fields << m_table->item(row, column)->text();
        result.append(fields);
    }
    return result;
}

QString BulkReportDialog::tableText() const
{
    QStringList lines {headers().join(QLatin1Char('\t'))};
    for (QStringList fields : rows()) {
        for (QString& field : fields)
            field.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void BulkReportDialog::copy()
{
    QApplication::clipboard()->setText(tableText());
}

bool BulkReportDialog::saveCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    CsvWriter writer(&file);
    bool ok = writer.writeRow(headers());
    for (const QStringList& fields : rows())
        ok = ok && writer.writeRow(fields);
    if (!ok || !file.commit()) {
        if (error)
            *error = ok ? file.errorString() : writer.errorString();
        return false;
    }
    return true;
}

void BulkReportDialog::save()
{
    auto* dialog = new QFileDialog(this, tr("Save the report as CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!saveCsv(path, &error))
            MessageBox::inform(this,
                               MessageBox::Icon::Critical,
                               tr("Report not saved"),
                               //: %1 is the file's path
                               tr("The report could not be saved to “%1”.").arg(path),
                               error);
    });
    dialog->open();
}

} // namespace UserAdmin
