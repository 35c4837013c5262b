// SPDX-License-Identifier: MIT
#pragma once

#include "api/RiskEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace UserAdmin {

/// The rows of the risky sign-ins table: one page of the organization's risk events, as the server answered them.
class RiskEventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EmailColumn,
        ScoreColumn,
        ActionColumn,
        PlaceColumn,
        IpColumn,
        ProviderColumn,
        FactorsColumn,
        ColumnCount
    };

    explicit RiskEventTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEvents(const QList<RiskEvent>& events);
    void clear() { setEvents({}); }
    const RiskEvent& eventAt(int row) const { return m_rows.at(row); }

    /// "allowed", "asked for MFA", "blocked", or the server's word.
    static QString actionText(const RiskEvent& event);
    /// "81 (high)".
    static QString scoreText(int score);
    /// The email, or why there is none (a deleted account).
    static QString emailText(const RiskEvent& event);

private:
    QList<RiskEvent> m_rows;
};

} // namespace UserAdmin
