// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditAction.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace UserAdmin {

/// Narrows the journal viewer's rows (an AuditJournalModel) by account, outcome, batch and local date range.
class AuditJournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Batch { Any, NoBatch, One };

    explicit AuditJournalFilterModel(QObject* parent = nullptr);

    /// Rows whose account email or id contains `text` (case-insensitive); empty for all.
    void setAccountFilter(const QString& text);
    /// Rows whose action came to `state`; nullopt for all.
    void setStateFilter(std::optional<AuditAction::State> state);
    /// All rows, those not part of a batch, or those of batch `id`.
    void setBatchFilter(Batch batch, const QUuid& id = {});
    /// Rows whose time falls on these local dates, inclusive; an invalid date leaves that end open.
    void setDateRange(const QDate& from, const QDate& to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_account;
    std::optional<AuditAction::State> m_state;
    Batch m_batch = Batch::Any;
    QUuid m_batchId;
    QDate m_from;
    QDate m_to;
};

} // namespace UserAdmin
