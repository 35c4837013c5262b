// SPDX-License-Identifier: MIT
#include "bulk/BulkProgressDialog.h"

#include "bulk/BulkRevocation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace UserAdmin {

BulkProgressDialog::BulkProgressDialog(BulkRevocation* revocation, const QString& organizationName, QWidget* parent)
    : QDialog(parent)
    , m_revocation(revocation)
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setModal(false);
    //: Title of the progress window; %1 is the organization's name
    setWindowTitle(tr("Revoking sessions in %1").arg(organizationName));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bulkProgressText"));
    m_text->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkProgressStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("bulkPauseButton"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancel->setToolTip(tr("Send nothing more; the answers to requests already sent are still reported"));
    m_pause->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_revocation)
            return;
        if (m_revocation->state() == BulkRevocation::State::Paused)
            m_revocation->resume();
        else
            m_revocation->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_revocation)
            m_revocation->cancel();
    });
    connect(revocation, &BulkRevocation::progressChanged, this, &BulkProgressDialog::update);
    connect(revocation, &BulkRevocation::rateLimited, this, &BulkProgressDialog::update);
    update();
}

void BulkProgressDialog::update()
{
    if (!m_revocation)
        return;
    const QLocale locale;
    const int total = m_revocation->total();
    const int sent = m_revocation->sentCount();
    //: %1 is how many requests were sent so far, %2 how many there are in all
    m_text->setText(tr("Revoking %1 of %2").arg(locale.toString(sent), locale.toString(total)));
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(m_revocation->doneCount());
    using State = BulkRevocation::State;
    QString status;
    switch (m_revocation->state()) {
    case State::Paused:
        status = m_revocation->isWaitingForSignIn()
            ? tr("Paused: the server no longer accepts your sign-in. Sign in again to continue.")
            : tr("Paused. Requests already sent are still answered.");
        break;
    case State::Cancelling:
        //: %n is the number of requests still under way
        status = tr("Cancelled: nothing more is sent. Waiting for %n answer(s)…",
                    nullptr,
                    m_revocation->count(BulkRevocation::Status::Sending));
        break;
    case State::Running:
        if (m_revocation->isWaitingForRateLimit())
            status = tr("The server asked to slow down: waiting before the next request.");
        break;
    case State::Idle:
    case State::Finished:
        break;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool paused = m_revocation->state() == State::Paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(paused || m_revocation->state() == State::Running);
    m_cancel->setEnabled(m_revocation->state() == State::Running || paused);
}

QString BulkProgressDialog::progressText() const
{
    return m_text->text();
}

QString BulkProgressDialog::statusText() const
{
    return m_status->text();
}

} // namespace UserAdmin
