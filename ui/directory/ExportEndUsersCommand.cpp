// SPDX-License-Identifier: MIT
#include "directory/ExportEndUsersCommand.h"

#include "directory/DirectoryExport.h"
#include "directory/LocalDirectory.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <climits>

namespace UserAdmin {

namespace {
QString s_testFileName;
}

void ExportEndUsersCommand::setTestFileName(const QString& path)
{
    s_testFileName = path;
}

ExportEndUsersCommand::ExportEndUsersCommand(QString databasePath, DirectoryQuery query, QWidget* window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_query(std::move(query))
    , m_window(window)
{ }

ExportEndUsersCommand::~ExportEndUsersCommand()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ExportEndUsersCommand::start()
{
    if (!s_testFileName.isEmpty()) {
        QTimer::singleShot(0, this, [this] { exportTo(s_testFileName); });
        return;
    }
    auto* dialog = new QFileDialog(
        m_window, tr("Export end-users"), QDir::homePath() + QStringLiteral("/end-users.csv"), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportEndUsersCommand::exportTo);
    connect(dialog, &QFileDialog::rejected, this, &QObject::deleteLater);
    dialog->open();
}

void ExportEndUsersCommand::cancel()
{
    m_cancel = true;
}

void ExportEndUsersCommand::exportTo(const QString& path)
{
    m_path = path;
    m_progress = new QProgressDialog(tr("Exporting end-users…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export end-users"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportEndUsersCommand::cancel);

    const QString databasePath = m_databasePath;
    const DirectoryQuery query = m_query;
    m_thread = QThread::create([this, databasePath, query, path] {
        LocalDirectory directory(databasePath);
        if (!directory.open()) {
            m_error = directory.lastError();
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = file.errorString();
            return;
        }
        const auto result = DirectoryExport::writeCsv(directory, query, &file, [this](qint64 rows) {
            m_rows = rows;
            return !m_cancel.load();
        });
        m_rows = result.rows;
        if (!result.ok) {
            file.cancelWriting();
            m_error = result.cancelled ? QString() : result.error;
            return;
        }
        if (!file.commit()) {
            m_error = file.errorString();
            return;
        }
        m_ok = true;
    });
    connect(m_thread, &QThread::finished, this, &ExportEndUsersCommand::onThreadDone);
    m_poll = new QTimer(this);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, [this] {
        //: %1 is a number of end-users
        m_progress->setLabelText(tr("Exporting end-users… %1 written").arg(QLocale().toString(m_rows.load())));
    });
    m_poll->start();
    m_thread->start();
}

void ExportEndUsersCommand::onThreadDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
    m_progress->close();
    m_progress->deleteLater();
    const QString file = QDir::toNativeSeparators(m_path);
    QString text;
    if (m_ok)
        //: %1 is the file
        text = tr("Exported %n end-user(s) to %1.", nullptr, int(std::min<qint64>(m_rows, INT_MAX))).arg(file);
    else if (m_error.isEmpty())
        text = tr("Export cancelled; %1 was not written.").arg(file);
    else
        //: %1 is the file, %2 the reason
        text = tr("The export to %1 failed: %2").arg(file, m_error);
    emit finished(m_ok, text);
    deleteLater();
}

} // namespace UserAdmin
