// SPDX-License-Identifier: MIT
#include "audit/AuditJournalFilterModel.h"

#include "audit/AuditJournalModel.h"

namespace UserAdmin {

AuditJournalFilterModel::AuditJournalFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void AuditJournalFilterModel::setAccountFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_account)
        return;
    m_account = trimmed;
    invalidateRowsFilter();
}

void AuditJournalFilterModel::setStateFilter(std::optional<AuditAction::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void AuditJournalFilterModel::setBatchFilter(Batch batch, const QUuid& id)
{
    if (batch == m_batch && id == m_batchId)
        return;
    m_batch = batch;
    m_batchId = id;
    invalidateRowsFilter();
}

void AuditJournalFilterModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditJournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const AuditJournalModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const AuditAction& action = model->actionAt(sourceRow);
    const AuditEntry& subject = action.subject;
    if (!m_account.isEmpty() && !subject.targetEmail.contains(m_account, Qt::CaseInsensitive)
        && !subject.targetId.contains(m_account, Qt::CaseInsensitive))
        return false;
    if (m_state && action.state() != *m_state)
        return false;
    if (m_batch == Batch::NoBatch && !subject.batchId.isNull())
        return false;
    if (m_batch == Batch::One && subject.batchId != m_batchId)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = subject.time.toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    return true;
}

} // namespace UserAdmin
