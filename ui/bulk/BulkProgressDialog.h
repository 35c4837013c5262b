// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace UserAdmin {

class BulkRevocation;

/// "Revoking 37 of 120" while a bulk revocation runs, with Pause/Resume and Cancel. It is not modal: the window
/// stays usable. Closing it does not stop the revocation (Cancel does).
class BulkProgressDialog : public QDialog
{
    Q_OBJECT
public:
    BulkProgressDialog(BulkRevocation* revocation, const QString& organizationName, QWidget* parent = nullptr);

    QString progressText() const;
    QString statusText() const;
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void update();

    QPointer<BulkRevocation> m_revocation;
    QLabel* m_text = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace UserAdmin
