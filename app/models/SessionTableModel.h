// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSession.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace UserAdmin {

/// The end-user's sessions as the 2026 server lists them: where each one is signed in, from which device, since
/// and until when; active ones first, newest first within each group.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServiceColumn, IpColumn, DeviceColumn, CreatedColumn, ExpiresColumn, StatusColumn, ColumnCount };

    explicit SessionTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// `now` decides what is active (tests pass a fixed time).
    void setSessions(const QList<EndUserSession>& sessions, const QDateTime& now = QDateTime::currentDateTimeUtc());
    void clear() { setSessions({}); }
    const EndUserSession& sessionAt(int row) const { return m_rows.at(row); }
    int activeCount() const;

private:
    QList<EndUserSession> m_rows;
    QDateTime m_now;
};

} // namespace UserAdmin
