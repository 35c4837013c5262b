// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryQuery.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace UserAdmin {

/// File → Export end-users…: asks for a file, then writes every end-user matching the list's search, service
/// filter and sort as CSV from the local copy, on a thread of its own (with its own connection to the copy), so
/// that the window never waits; progress and Cancel in a window-modal dialog. Deletes itself when done.
class ExportEndUsersCommand : public QObject
{
    Q_OBJECT
public:
    ExportEndUsersCommand(QString databasePath, DirectoryQuery query, QWidget* window);
    ~ExportEndUsersCommand() override;

    void start();
    void cancel();

    /// Tests: the file chosen instead of asking (empty: ask).
    static void setTestFileName(const QString& path);

signals:
    /// `text` says what happened, for the status bar.
    void finished(bool ok, const QString& text);

private:
    void exportTo(const QString& path);
    void onThreadDone();

    QString m_databasePath;
    DirectoryQuery m_query;
    QPointer<QWidget> m_window;
    QString m_path;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_poll = nullptr;
    std::atomic<qint64> m_rows {0};
    std::atomic<bool> m_cancel {false};
    bool m_ok = false;
    QString m_error;
};

} // namespace UserAdmin
