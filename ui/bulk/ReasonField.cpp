// SPDX-License-Identifier: MIT
#include "bulk/ReasonField.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace UserAdmin {

ReasonField::ReasonField(bool required, QWidget* parent)
    : QWidget(parent)
    , m_required(required)
{
    //: Label of the field for why sessions are revoked (e.g. a ticket number)
    auto* label = new QLabel(tr("&Reason:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonField"));
    m_edit->setAccessibleName(tr("Reason"));
    m_edit->setMaxLength(MaxLength);
    m_edit->setPlaceholderText(tr("For example a ticket number"));
    label->setBuddy(m_edit);
    m_hint = new QLabel(required ? tr("Required. It is written to the audit journal with every revocation.")
                                 : tr("Optional. It is written to the audit journal with every revocation."),
                        this);
    m_hint->setObjectName(QStringLiteral("reasonHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_hint, 1, 1);
    layout->setColumnStretch(1, 1);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { emit acceptableChanged(isAcceptable()); });
}

QString ReasonField::reason() const
{
    return m_edit->text().simplified();
}

void ReasonField::setReason(const QString& reason)
{
    m_edit->setText(reason.left(MaxLength));
}

bool ReasonField::isAcceptable() const
{
    return !m_required || !reason().isEmpty();
}

} // namespace UserAdmin
