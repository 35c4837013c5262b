// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace UserAdmin::DevServer {

/// A QSqlQuery whose prepare() and exec() throw DatabaseError (with the statement) instead of returning a
/// result that can be ignored.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase& database);

    /// Prepares the statement and binds values in order.
    SqlQuery& prepare(const QString& statement, const QVariantList& values = {});
    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindAt(int position, const QVariant& value);
    /// Runs the prepared statement.
    SqlQuery& exec();
    /// Runs a statement without parameters.
    SqlQuery& exec(const QString& statement);
    /// prepare() with values, then exec().
    SqlQuery& run(const QString& statement, const QVariantList& values = {});

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void setForwardOnly(bool forwardOnly) { m_query.setForwardOnly(forwardOnly); }
    /// The first row's first column as an integer; DatabaseError when there is no row.
    qint64 scalar();

private:
    [[noreturn]] void fail(const char* step) const;

    QSqlQuery m_query;
    QString m_statement;
};

} // namespace UserAdmin::DevServer
