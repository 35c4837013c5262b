// SPDX-License-Identifier: MIT
#pragma once

#include "api/LinkedIdentity.h"

#include <QAbstractTableModel>
#include <QList>

namespace UserAdmin {

/// The provider accounts linked to one end-user: provider, provider user id, email, linked at.
class LinkedIdentityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProviderColumn, ProviderUserIdColumn, EmailColumn, LinkedAtColumn, ColumnCount };

    explicit LinkedIdentityModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LinkedIdentity& identityAt(int row) const { return m_rows.at(row); }
    void setIdentities(const QList<LinkedIdentity>& identities);
    void clear() { setIdentities({}); }

private:
    QList<LinkedIdentity> m_rows;
};

} // namespace UserAdmin
