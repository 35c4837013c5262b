// SPDX-License-Identifier: MIT
#include "AuditLogRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantList>

namespace UserAdmin::DevServer {

namespace {

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

AuditLogRepository::AuditLogRepository(Database& database)
    : m_database(database)
{ }

QStringList AuditLogRepository::eventTypes()
{
    return {QStringLiteral("auth.login"),
            QStringLiteral("auth.login_failed"),
            QStringLiteral("auth.logout"),
            QStringLiteral("member.invited"),
            QStringLiteral("member.removed"),
            QStringLiteral("member.role_changed"),
            QStringLiteral("organization.updated"),
            QStringLiteral("risk_policy.updated"),
            QStringLiteral("role.created"),
            QStringLiteral("role.deleted"),
            QStringLiteral("role.updated"),
            QStringLiteral("service.created"),
            QStringLiteral("service.deleted"),
            QStringLiteral("service.updated")};
}

AuditLogRepository::Page
AuditLogRepository::find(qint64 orgRid, const Filter& filter, qint64 offset, qint64 limit) const
{
    QString where = QStringLiteral(" WHERE a.org_rid = ?");
    QVariantList values {orgRid};
    const auto exact = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        where += QStringLiteral(" AND a.%1 = ?").arg(QLatin1String(column));
        values << value;
    };
    exact("action", filter.action);
    exact("target_type", filter.targetType);
    exact("target_id", filter.targetId);
    Page page;
    SqlQuery query(m_database.connection());
    page.total = query.run(QStringLiteral("SELECT count(*) FROM audit_logs a") + where, values).scalar();
    query.run(QStringLiteral("SELECT a.id, o.id, u.id, u.email, a.action, a.target_type, a.target_id, a.ip_address,"
                             " a.user_agent, a.success, a.metadata, a.created_at FROM audit_logs a"
                             " JOIN organizations o ON o.rid = a.org_rid LEFT JOIN users u ON u.rid = a.actor_rid")
                  + where + QStringLiteral(" ORDER BY a.created_at DESC, a.rid DESC LIMIT ? OFFSET ?"),
              values + QVariantList {limit, offset});
    while (query.next()) {
        const bool system = query.value(2).isNull();
        page.logs.append(QJsonObject {
            {QStringLiteral("id"), query.text(0)},
            {QStringLiteral("organization_id"), query.text(1)},
            {QStringLiteral("actor_id"), textOrNull(query.value(2))},
            {QStringLiteral("actor"),
             system ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(
                        QJsonObject {{QStringLiteral("id"), query.text(2)}, {QStringLiteral("email"), query.text(3)}})},
            {QStringLiteral("action"), query.text(4)},
            {QStringLiteral("target_type"), query.text(5)},
            {QStringLiteral("target_id"), query.text(6)},
            {QStringLiteral("ip_address"), textOrNull(query.value(7))},
            {QStringLiteral("user_agent"), textOrNull(query.value(8))},
            {QStringLiteral("success"), query.value(9).toBool()},
            {QStringLiteral("metadata"),
             query.value(10).isNull() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(QJsonDocument::fromJson(query.text(10).toUtf8()).object())},
            {QStringLiteral("created_at"), query.text(11)},
        });
    }
    return page;
}

} // namespace UserAdmin::DevServer
