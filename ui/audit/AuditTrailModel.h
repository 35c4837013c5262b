// SPDX-License-Identifier: MIT
#pragma once

#include "api/ServerAuditEntry.h"
#include "audit/AuditAction.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace UserAdmin {

/// The rows of the server audit tab: a page of the server's organization audit log, and, for one account, this
/// computer's journal entries merged in, newest first, each marked with where it came from.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Source { Server, ThisComputer };
    struct Row
    {
        Source source = Source::Server;
        QDateTime time; ///< invalid when unknown
        QString actor;
        QString action;
        QString target;
        QString result;
        QString address;
        QString details;
    };
    enum Column {
        TimeColumn,
        SourceColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        ResultColumn,
        AddressColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditTrailModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Server entries and journal actions, merged newest first.
    void setRows(const QList<ServerAuditEntry>& server, const QList<AuditAction>& local);
    const Row& rowAt(int row) const { return m_rows.at(row); }

    static Row fromServer(const ServerAuditEntry& entry);
    static Row fromJournal(const AuditAction& action);
    static QString sourceName(Source source);

private:
    QList<Row> m_rows;
};

} // namespace UserAdmin
