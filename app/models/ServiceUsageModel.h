// SPDX-License-Identifier: MIT
#pragma once

#include "api/ResponseShape.h"
#include "api/ServiceUsage.h"

#include <QAbstractTableModel>
#include <QList>

namespace UserAdmin {

/// The organization's services one end-user has used: name, slug, first login, last login.
class ServiceUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SlugColumn, FirstLoginColumn, LastLoginColumn, ColumnCount };

    explicit ServiceUsageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ServiceUsage& serviceAt(int row) const { return m_rows.at(row); }
    /// `shape` decides what a missing login time means: "Never" from a [SEED] server, "Unknown" from a [REF] one.
    void setServices(const QList<ServiceUsage>& services, ResponseShape shape);
    void clear() { setServices({}, ResponseShape::Seed); }

private:
    QList<ServiceUsage> m_rows;
    ResponseShape m_shape = ResponseShape::Seed;
};

} // namespace UserAdmin
