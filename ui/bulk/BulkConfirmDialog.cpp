// SPDX-License-Identifier: MIT
#include "bulk/BulkConfirmDialog.h"

#include "bulk/ReasonField.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace UserAdmin {

namespace {

int plural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

QLabel* plainLabel(const QString& text, const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString BulkConfirmDialog::scope(ResponseShape shape, const QString& organizationName)
{
    switch (shape) {
    case ResponseShape::Platform2026:
        //: %1 is the organization's name
        return tr("For each account, this ends the sessions of this person for %1's services; sign-ins to other "
                  "organizations stay. The server's count may include sessions that had already expired.")
            .arg(organizationName);
    case ResponseShape::Reference:
        return tr("On this server a revocation covers the whole platform: each person's sessions for other "
                  "organizations' services end too. The server's count includes sessions that had already expired.");
    case ResponseShape::Seed:
        break;
    }
    //: %1 is the organization's name
    return tr("This server does not say whether a revocation covers only %1 or the whole platform, including other "
              "organizations' services.")
        .arg(organizationName);
}

BulkConfirmDialog::BulkConfirmDialog(const Organization& organization,
                                     const QList<BulkRevocation::Target>& targets,
                                     ResponseShape shape,
                                     bool reasonRequired,
                                     const QString& initialReason,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkConfirmDialog"));
    //: Title of the confirmation of a revocation for many end-users
    setWindowTitle(tr("Revoke sessions of several end-users"));
    const QString name = organization.displayName();
    //: %1 is the organization's name
    m_headline =
        plainLabel(tr("Revoke all sessions of %n end-user(s) in “%1”?", nullptr, plural(targets.size())).arg(name),
                   "bulkHeadline",
                   this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_table = new QTableWidget(int(targets.size()), 2, this);
    m_table->setObjectName(QStringLiteral("bulkTargetTable"));
    //: Accessible name of the list of end-users whose sessions are to be revoked
    m_table->setAccessibleName(tr("End-users to revoke"));
    m_table->setHorizontalHeaderLabels({tr("Email"), tr("Active sessions")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    qint64 total = 0;
    int known = 0;
    const QLocale locale;
    for (int row = 0; row < targets.size(); ++row) {
        const BulkRevocation::Target& target = targets.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(target.email)); // items are plain text
        //: Active sessions of an end-user whose count has not been loaded
        auto* count =
            new QTableWidgetItem(target.knownSessions ? locale.toString(*target.knownSessions) : tr("not known"));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        if (target.knownSessions) {
            total += *target.knownSessions;
            ++known;
        }
    }
    if (known == targets.size()) {
        m_total = plainLabel(tr("In total %n active session(s).", nullptr, plural(total)), "bulkTotal", this);
    } else if (known == 0) {
        m_total = plainLabel(tr("The number of active sessions is not known for these accounts; the report will "
                                "show what the server revoked."),
                             "bulkTotal",
                             this);
    } else {
        //: %1 is the number of accounts whose session count is known, %2 all accounts
        m_total = plainLabel(tr("In total %n active session(s) known, for %1 of %2 accounts.", nullptr, plural(total))
                                 .arg(locale.toString(known), locale.toString(targets.size())),
                             "bulkTotal",
                             this);
    }

    m_scope = plainLabel(scope(shape, name), "bulkScope", this);
    auto* offline = plainLabel(tr("Access tokens that applications already hold are not withdrawn: an application "
                                  "that checks tokens offline may keep accepting them until they expire."),
                               "bulkOffline",
                               this);
    auto* once = plainLabel(tr("Each account gets one request. Nothing is sent again by itself: what fails is "
                               "reported, and you decide whether to try again."),
                            "bulkOnce",
                            this);

    m_reason = new ReasonField(reasonRequired, this);
    m_reason->setReason(initialReason);

    auto* buttons = new QDialogButtonBox(this);
    //: The verb on the confirmation button
    m_accept = buttons->addButton(tr("Revoke sessions"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("bulkConfirmButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("bulkCancelConfirmButton"));
    m_accept->setAutoDefault(false);
    cancel->setDefault(true);
    m_accept->setEnabled(m_reason->isAcceptable());
    connect(m_reason, &ReasonField::acceptableChanged, m_accept, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_reason->isAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_scope);
    layout->addWidget(offline);
    layout->addWidget(once);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(560, 520);
    m_reason->edit()->setFocus();
}

QString BulkConfirmDialog::reason() const
{
    return m_reason->reason();
}

QString BulkConfirmDialog::headline() const
{
    return m_headline->text();
}

QString BulkConfirmDialog::scopeText() const
{
    return m_scope->text();
}

QString BulkConfirmDialog::totalText() const
{
    return m_total->text();
}

} // namespace UserAdmin
