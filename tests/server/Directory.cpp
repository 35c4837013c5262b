// SPDX-License-Identifier: MIT
#include "Directory.h"

#include "Database.h"
#include "DatabaseError.h"

#include "SqlQuery.h"
#include "Timestamps.h"

#include <QJsonDocument>
#include <QUuid>

namespace UserAdmin::DevServer {

namespace {

QJsonValue nullable(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    return value.toString();
}

QJsonValue jsonArrayOrNull(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace

Directory::Directory(Database& database)
    : m_database(database)
{ }

std::optional<Directory::Organization> Directory::organizationBySlug(const QString& slug) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid, id, slug, status FROM organizations WHERE slug = ?"), {slug});
    if (!query.next())
        return std::nullopt;
    return Organization {
        query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
}

QString Directory::roleOf(qint64 orgRid, qint64 userRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT role FROM memberships WHERE org_rid = ? AND user_rid = ?"), {orgRid, userRid});
    if (!query.next())
        return {};
    return query.value(0).toString();
}

QStringList Directory::permissionsOf(qint64 orgRid, qint64 userRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT r.permissions FROM memberships m JOIN roles r ON r.name = m.role"
                             " AND (r.org_rid IS NULL OR r.org_rid = m.org_rid)"
                             " WHERE m.org_rid = ? AND m.user_rid = ? ORDER BY r.org_rid IS NULL LIMIT 1"),
              {orgRid, userRid});
    QStringList permissions;
    if (query.next()) {
        for (const QJsonValue& permission : QJsonDocument::fromJson(query.text(0).toUtf8()).array())
            permissions << permission.toString();
    }
    return permissions;
}

QJsonArray Directory::roles(qint64 orgRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT r.id, o.id, r.name, r.description, r.permissions, r.created_at FROM roles r"
                             " LEFT JOIN organizations o ON o.rid = r.org_rid WHERE r.org_rid IS NULL OR r.org_rid = ?"
                             " ORDER BY r.org_rid IS NOT NULL, r.rid"),
              {orgRid});
    QJsonArray roles;
    while (query.next()) {
        roles.append(QJsonObject {
            {QStringLiteral("id"), query.text(0)},
            {QStringLiteral("org_id"), nullable(query.value(1))},
            {QStringLiteral("name"), query.text(2)},
            {QStringLiteral("description"), nullable(query.value(3))},
            {QStringLiteral("permissions"), QJsonDocument::fromJson(query.text(4).toUtf8()).array()},
            {QStringLiteral("is_system"), query.value(1).isNull()},
            {QStringLiteral("created_at"), query.text(5)},
        });
    }
    return roles;
}

std::optional<QJsonObject> Directory::membership(qint64 orgRid, qint64 userRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT m.id, o.id, u.id, m.role, m.created_at FROM memberships m"
                             " JOIN organizations o ON o.rid = m.org_rid JOIN users u ON u.rid = m.user_rid"
                             " WHERE m.org_rid = ? AND m.user_rid = ?"),
              {orgRid, userRid});
    if (!query.next())
        return std::nullopt;
    return QJsonObject {{QStringLiteral("id"), query.text(0)},
                        {QStringLiteral("org_id"), query.text(1)},
                        {QStringLiteral("user_id"), query.text(2)},
                        {QStringLiteral("role"), query.text(3)},
                        {QStringLiteral("created_at"), query.text(4)}};
}

bool Directory::setRole(qint64 orgRid, qint64 userRid, const QString& role)
{
    SqlQuery query(m_database.connection());
    if (role.isEmpty()) {
        query.run(QStringLiteral("DELETE FROM memberships WHERE org_rid = ? AND user_rid = ?"), {orgRid, userRid});
        return true;
    }
    query.run(QStringLiteral("SELECT 1 FROM roles WHERE name = ? AND (org_rid IS NULL OR org_rid = ?)"),
              {role, orgRid});
    if (!query.next())
        return false;
    query.run(QStringLiteral("UPDATE memberships SET role = ? WHERE org_rid = ? AND user_rid = ?"),
              {role, orgRid, userRid});
    if (query.rowsAffected() == 0) {
        query.run(
            QStringLiteral("INSERT INTO memberships(id, org_rid, user_rid, role, created_at) VALUES (?, ?, ?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces),
             orgRid,
             userRid,
             role,
             Timestamps::fromEpoch(Timestamps::nowSeconds())});
    }
    return true;
}

std::optional<Directory::DeviceService> Directory::deviceService(const QString& orgSlug,
                                                                 const QString& serviceSlug) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT s.rid, s.client_id, s.device_activation_uri FROM services s"
                             " JOIN organizations o ON o.rid = s.org_rid WHERE o.slug = ? AND s.slug = ?"),
              {orgSlug, serviceSlug});
    if (!query.next())
        return std::nullopt;
    return DeviceService {query.integer(0), query.text(1), query.text(2)};
}

QJsonObject Directory::organizationEntry(qint64 orgRid) const
{
    SqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT o.id, o.slug, o.name, u.id, o.status, o.tier_id, o.max_services, o.max_users, "
                                 "o.approved_by, o.approved_at,"
                                 " o.rejected_by, o.rejected_at, o.rejection_reason, o.created_at, o.updated_at,"
                                 " (SELECT count(*) FROM memberships m WHERE m.org_rid = o.rid), (SELECT count(*) FROM "
                                 "services s WHERE s.org_rid = o.rid),"
                                 " t.id, t.name, t.display_name, t.default_max_services, t.default_max_users, "
                                 "t.features, t.price_cents, t.currency, t.created_at"
                                 " FROM organizations o LEFT JOIN users u ON u.rid = o.owner_rid LEFT JOIN tiers t ON "
                                 "t.id = o.tier_id WHERE o.rid = ?"));
    query.bind(orgRid).exec();
    if (!query.next())
        throw DatabaseError(QStringLiteral("organization %1 vanished").arg(orgRid));
    const QJsonObject organization {
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("slug"), query.value(1).toString()},
        {QStringLiteral("name"), query.value(2).toString()},
        {QStringLiteral("owner_user_id"), query.value(3).toString()},
        {QStringLiteral("status"), query.value(4).toString()},
        {QStringLiteral("tier_id"), nullable(query.value(5))},
        {QStringLiteral("max_services"), nullable(query.value(6))},
        {QStringLiteral("max_users"), nullable(query.value(7))},
        {QStringLiteral("approved_by"), nullable(query.value(8))},
        {QStringLiteral("approved_at"), nullable(query.value(9))},
        {QStringLiteral("rejected_by"), nullable(query.value(10))},
        {QStringLiteral("rejected_at"), nullable(query.value(11))},
        {QStringLiteral("rejection_reason"), nullable(query.value(12))},
        {QStringLiteral("created_at"), query.value(13).toString()},
        {QStringLiteral("updated_at"), query.value(14).toString()},
    };
    QJsonValue tier = QJsonValue::Null;
    if (!query.value(17).isNull()) {
        tier = QJsonObject {
            {QStringLiteral("id"), query.value(17).toString()},
            {QStringLiteral("name"), query.value(18).toString()},
            {QStringLiteral("display_name"), query.value(19).toString()},
            {QStringLiteral("default_max_services"), query.value(20).toLongLong()},
            {QStringLiteral("default_max_users"), query.value(21).toLongLong()},
            {QStringLiteral("features"), nullable(query.value(22))},
            {QStringLiteral("price_cents"), query.value(23).toLongLong()},
            {QStringLiteral("currency"), query.value(24).toString()},
            {QStringLiteral("created_at"), query.value(25).toString()},
        };
    }
    return {{QStringLiteral("organization"), organization},
            {QStringLiteral("membership_count"), query.value(15).toLongLong()},
            {QStringLiteral("service_count"), query.value(16).toLongLong()},
            {QStringLiteral("tier"), tier}};
}

QJsonArray
Directory::organizationsOf(qint64 userRid, const std::optional<QString>& status, qint64 limit, qint64 offset) const
{
    SqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT o.rid FROM memberships m JOIN organizations o ON o.rid = m.org_rid WHERE m.user_rid = ?")
        + (status ? QStringLiteral(" AND o.status = ?") : QString())
        + QStringLiteral(" ORDER BY m.created_at, m.rid LIMIT ? OFFSET ?"));
    query.bind(userRid);
    if (status)
        query.bind(*status);
    query.bind(limit).bind(offset).exec();
    QJsonArray result;
    QList<qint64> rids;
    while (query.next())
        rids << query.value(0).toLongLong();
    for (qint64 rid : rids)
        result.append(organizationEntry(rid));
    return result;
}

QJsonObject Directory::members(qint64 orgRid, const std::optional<QString>& role, qint64 limit, qint64 offset) const
{
    SqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
                      "SELECT u.id, u.email, u.is_platform_owner, u.created_at, m.id, o.id, m.role, m.created_at"
                      " FROM memberships m JOIN users u ON u.rid = m.user_rid JOIN organizations o ON o.rid = m.org_rid"
                      " WHERE m.org_rid = ?")
                  + (role ? QStringLiteral(" AND m.role = ?") : QString())
                  + QStringLiteral(" ORDER BY m.created_at, m.rid LIMIT ? OFFSET ?"));
    query.bind(orgRid);
    if (role)
        query.bind(*role);
    query.bind(limit).bind(offset).exec();
    QJsonArray members;
    while (query.next()) {
        const QString userId = query.value(0).toString();
        members.append(QJsonObject {
            {QStringLiteral("user"),
             QJsonObject {{QStringLiteral("id"), userId},
                          {QStringLiteral("email"), query.value(1).toString()},
                          {QStringLiteral("is_platform_owner"), query.value(2).toBool()},
                          {QStringLiteral("created_at"), query.value(3).toString()}}},
            {QStringLiteral("membership"),
             QJsonObject {{QStringLiteral("id"), query.value(4).toString()},
                          {QStringLiteral("org_id"), query.value(5).toString()},
                          {QStringLiteral("user_id"), userId},
                          {QStringLiteral("role"), query.value(6).toString()},
                          {QStringLiteral("created_at"), query.value(7).toString()}}},
        });
    }
    SqlQuery totals(m_database.connection());
    totals.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM memberships WHERE org_rid = o.rid), o.max_users, t.default_max_users, t.name"
        " FROM organizations o LEFT JOIN tiers t ON t.id = o.tier_id WHERE o.rid = ?"));
    totals.bind(orgRid).exec();
    qint64 total = 0;
    QJsonObject seats;
    if (totals.next()) {
        total = totals.value(0).toLongLong();
        const bool custom = !totals.value(1).isNull();
        seats = {{QStringLiteral("current"), total},
                 {QStringLiteral("max"), custom ? totals.value(1).toLongLong() : totals.value(2).toLongLong()},
                 {QStringLiteral("source"), custom ? QStringLiteral("custom") : totals.value(3).toString()}};
    }
    return {{QStringLiteral("members"), members}, {QStringLiteral("total"), total}, {QStringLiteral("limit"), seats}};
}

QJsonObject Directory::services(qint64 orgRid,
                                const std::optional<QString>& serviceType,
                                std::optional<qint64> limit,
                                qint64 offset,
                                const QString& baseUrl) const
{
    SqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT s.id, o.id, s.slug, s.name, s.service_type, s.client_id, s.github_scopes, s.microsoft_scopes,"
            " s.google_scopes, s.redirect_uris, s.device_activation_uri, s.created_at, s.plan_count,"
            " s.subscription_count FROM services s JOIN organizations o ON o.rid = s.org_rid WHERE s.org_rid = ?")
        + (serviceType ? QStringLiteral(" AND s.service_type = ?") : QString())
        + QStringLiteral(" ORDER BY s.idx LIMIT ? OFFSET ?"));
    query.bind(orgRid);
    if (serviceType)
        query.bind(*serviceType);
    query.bind(limit.value_or(-1)).bind(offset).exec();
    QJsonArray services;
    while (query.next()) {
        services.append(QJsonObject {
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("org_id"), query.value(1).toString()},
            {QStringLiteral("slug"), query.value(2).toString()},
            {QStringLiteral("name"), query.value(3).toString()},
            {QStringLiteral("service_type"), query.value(4).toString()},
            {QStringLiteral("client_id"), query.value(5).toString()},
            {QStringLiteral("github_scopes"), jsonArrayOrNull(query.value(6))},
            {QStringLiteral("microsoft_scopes"), jsonArrayOrNull(query.value(7))},
            {QStringLiteral("google_scopes"), jsonArrayOrNull(query.value(8))},
            {QStringLiteral("redirect_uris"), jsonArrayOrNull(query.value(9))},
            {QStringLiteral("device_activation_uri"),
             query.text(10).startsWith(QLatin1Char('/')) ? QJsonValue(baseUrl + query.text(10))
                                                         : nullable(query.value(10))},
            {QStringLiteral("created_at"), query.value(11).toString()},
            {QStringLiteral("plan_count"), query.value(12).toLongLong()},
            {QStringLiteral("subscription_count"), query.value(13).toLongLong()},
        });
    }
    SqlQuery usage(m_database.connection());
    usage.prepare(QStringLiteral("SELECT o.max_services, t.default_max_services, t.display_name FROM organizations o"
                                 " LEFT JOIN tiers t ON t.id = o.tier_id WHERE o.rid = ?"));
    usage.bind(orgRid).exec();
    QJsonObject usageObject {{QStringLiteral("current_services"), services.size()}};
    if (usage.next()) {
        usageObject.insert(QStringLiteral("max_services"),
                           usage.value(0).isNull() ? usage.value(1).toLongLong() : usage.value(0).toLongLong());
        usageObject.insert(QStringLiteral("tier"), usage.value(2).toString());
    }
    return {{QStringLiteral("services"), services}, {QStringLiteral("usage"), usageObject}};
}

QStringList Directory::memberEmails() const
{
    SqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT email FROM users WHERE is_member = 1 ORDER BY rid"));
    QStringList emails;
    while (query.next())
        emails << query.text(0);
    return emails;
}

} // namespace UserAdmin::DevServer
