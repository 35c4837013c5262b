// SPDX-License-Identifier: MIT
#pragma once

#include "api/SignInEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace UserAdmin {

/// The end-user's recent sign-ins to the organization (the 2026 server's last 20), newest first, with the risk the
/// server gave each: score with a level word, and the factors.
class SignInTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ServiceColumn,
        ProviderColumn,
        IpColumn,
        PlaceColumn,
        RiskColumn,
        FactorsColumn,
        ColumnCount
    };

    explicit SignInTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSignIns(const QList<SignInEvent>& signIns);
    void clear() { setSignIns({}); }
    const SignInEvent& signInAt(int row) const { return m_rows.at(row); }

    /// "87 (high)"; "Unknown" without a score.
    static QString riskText(const std::optional<int>& score);
    static QString levelName(SignInEvent::RiskLevel level);
    /// "Berlin, DE", "DE", or "Unknown".
    static QString placeText(const SignInEvent& event);

private:
    QList<SignInEvent> m_rows;
};

} // namespace UserAdmin
