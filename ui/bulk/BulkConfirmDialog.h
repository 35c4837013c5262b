// SPDX-License-Identifier: MIT
#pragma once

#include "api/Organization.h"
#include "api/ResponseShape.h"
#include "bulk/BulkRevocation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace UserAdmin {

class ReasonField;

/// The one confirmation of a bulk revocation: the organization, how many accounts, the accounts themselves (with
/// their active sessions where known, and a total), what a revocation covers on this server, and the Reason.
/// Cancel is the default; "Revoke sessions" stays disabled while a required reason is empty.
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    BulkConfirmDialog(const Organization& organization,
                      const QList<BulkRevocation::Target>& targets,
                      ResponseShape shape,
                      bool reasonRequired,
                      const QString& initialReason,
                      QWidget* parent = nullptr);

    QString reason() const;
    QString headline() const;
    QString scopeText() const;
    QString totalText() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* acceptButton() const { return m_accept; }
    ReasonField* reasonField() const { return m_reason; }

    /// What a revocation covers on a server of `shape`, for the organization named `organizationName`.
    static QString scope(ResponseShape shape, const QString& organizationName);

private:
    QLabel* m_headline = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_total = nullptr;
    QTableWidget* m_table = nullptr;
    ReasonField* m_reason = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace UserAdmin
