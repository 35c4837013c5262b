// SPDX-License-Identifier: MIT
#include "RiskEventRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace UserAdmin::DevServer {

namespace {

QJsonValue orNull(const QVariant& value, bool number = false)
{
    if (value.isNull())
        return QJsonValue::Null;
    return number ? QJsonValue(value.toDouble()) : QJsonValue(value.toString());
}

} // namespace

RiskEventRepository::RiskEventRepository(Database& database)
    : m_database(database)
{ }

QJsonArray RiskEventRepository::find(qint64 orgRid, qint64 minScore, qint64 offset, qint64 limit) const
{
    SqlQuery query(m_database.connection());
    // A deleted account's events keep its id, not its email.
    query.run(
        QStringLiteral("SELECT r.id, u.id, CASE WHEN u.deleted_at IS NULL THEN u.email END, r.created_at,"
                       " r.risk_score, r.risk_factors, r.risk_action, r.geo_country, r.geo_city, r.geo_lat,"
                       " r.geo_long, r.ip_address, r.provider FROM risk_events r JOIN users u ON u.rid = r.user_rid"
                       " WHERE r.org_rid = ? AND r.risk_score >= ? ORDER BY r.created_at DESC, r.rid DESC"
                       " LIMIT ? OFFSET ?"),
        {orgRid, minScore, limit, offset});
    QJsonArray events;
    while (query.next()) {
        events.append(QJsonObject {
            {QStringLiteral("id"), query.text(0)},
            {QStringLiteral("user_id"), query.text(1)},
            {QStringLiteral("user_email"), orNull(query.value(2))},
            {QStringLiteral("created_at"), query.text(3)},
            {QStringLiteral("risk_score"), query.integer(4)},
            {QStringLiteral("risk_factors"), QJsonDocument::fromJson(query.text(5).toUtf8()).array()},
            {QStringLiteral("risk_action"), query.text(6)},
            {QStringLiteral("geo_country"), orNull(query.value(7))},
            {QStringLiteral("geo_city"), orNull(query.value(8))},
            {QStringLiteral("geo_lat"), orNull(query.value(9), true)},
            {QStringLiteral("geo_long"), orNull(query.value(10), true)},
            {QStringLiteral("ip_address"), orNull(query.value(11))},
            {QStringLiteral("provider"), query.text(12)},
        });
    }
    return events;
}

} // namespace UserAdmin::DevServer
