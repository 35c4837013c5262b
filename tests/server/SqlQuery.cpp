// SPDX-License-Identifier: MIT
#include "SqlQuery.h"

#include "DatabaseError.h"

#include <QSqlError>

namespace UserAdmin::DevServer {

SqlQuery::SqlQuery(const QSqlDatabase& database)
    : m_query(database)
{ }

void SqlQuery::fail(const char* step) const
{
    throw DatabaseError(QStringLiteral("%1 failed: %2: %3")
                            .arg(QLatin1String(step), m_statement.simplified().left(160), m_query.lastError().text()));
}

SqlQuery& SqlQuery::prepare(const QString& statement, const QVariantList& values)
{
    m_statement = statement;
    if (!m_query.prepare(statement))
        fail("prepare");
    for (const QVariant& value : values)
        m_query.addBindValue(value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery& SqlQuery::bindAt(int position, const QVariant& value)
{
    m_query.bindValue(position, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query.exec())
        fail("exec");
    return *this;
}

SqlQuery& SqlQuery::exec(const QString& statement)
{
    m_statement = statement;
    if (!m_query.exec(statement))
        fail("exec");
    return *this;
}

SqlQuery& SqlQuery::run(const QString& statement, const QVariantList& values)
{
    return prepare(statement, values).exec();
}

qint64 SqlQuery::scalar()
{
    if (!m_query.next())
        throw DatabaseError(QStringLiteral("no row: %1").arg(m_statement.simplified().left(160)));
    return m_query.value(0).toLongLong();
}

} // namespace UserAdmin::DevServer
