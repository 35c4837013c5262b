// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace UserAdmin {

/// The strip above the end-user table while the local copy of an organization is filled:
/// "Indexing Acme Corp: 12,300 of 80,014" with a progress bar and Cancel. Accessible name "Local index".
class IndexProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit IndexProgressBar(QWidget* parent = nullptr);

    void showProgress(const QString& organizationName, qint64 done, qint64 total);
    /// A passing line in the same place (a failure, or what the copy holds), without Cancel.
    void showMessage(const QString& text);
    QString text() const;
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace UserAdmin
