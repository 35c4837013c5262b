// SPDX-License-Identifier: MIT
#include "bulk/ReasonConfirmDialog.h"

#include "bulk/ReasonField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace UserAdmin {

namespace {
QQueue<QString>& testReasons()
{
    static QQueue<QString> reasons;
    return reasons;
}
} // namespace

ReasonConfirmDialog::ReasonConfirmDialog(const MessageBox::Request& request, bool reasonRequired, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonConfirmDialog"));
    setWindowTitle(request.title);
    auto* text = new QLabel(request.text, this);
    text->setObjectName(QStringLiteral("confirmText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    auto* info = new QLabel(request.informativeText, this);
    info->setObjectName(QStringLiteral("confirmInformation"));
    info->setTextFormat(Qt::PlainText);
    info->setWordWrap(true);
    m_reason = new ReasonField(reasonRequired, this);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* accept = buttons->addButton(request.acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    accept->setAutoDefault(false);
    cancel->setDefault(true);
    accept->setEnabled(m_reason->isAcceptable());
    connect(m_reason, &ReasonField::acceptableChanged, accept, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_reason->isAcceptable())
            QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(info);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->edit()->setFocus();
}

QString ReasonConfirmDialog::reason() const
{
    return m_reason->reason();
}

void ReasonConfirmDialog::ask(
    QWidget* parent, const MessageBox::Request& request, bool reasonRequired, QObject* context, Callback done)
{
    if (MessageBox::testMode()) {
        const QString reason = testReasons().isEmpty() ? QString() : testReasons().dequeue();
        MessageBox::ask(parent, request, context, [done, reason](MessageBox::Answer answer) {
            if (done)
                done(answer, reason);
        });
        return;
    }
    auto* dialog = new ReasonConfirmDialog(request, reasonRequired, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QPointer<QObject> guard(context);
    connect(dialog, &QDialog::finished, dialog, [dialog, done, guard](int result) {
        if (done && guard)
            done(result == QDialog::Accepted ? MessageBox::Answer::Accept : MessageBox::Answer::Cancel,
                 dialog->reason());
    });
    dialog->open();
}

void ReasonConfirmDialog::answerNextReasonWith(const QString& reason)
{
    testReasons().enqueue(reason);
}

} // namespace UserAdmin
