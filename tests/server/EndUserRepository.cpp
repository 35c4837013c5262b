// SPDX-License-Identifier: MIT
#include "EndUserRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace UserAdmin::DevServer {

namespace {

QString ridList(const QList<qint64>& rids)
{
    QStringList parts;
    parts.reserve(rids.size());
    for (qint64 rid : rids)
        parts << QString::number(rid);
    return parts.join(QLatin1Char(','));
}

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue legacyTime(const QVariant& value, quint64 salt)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(Timestamps::legacy(value.toString(), salt));
}

qint64 offsetFor(qint64 page, qint64 limit)
{
    if (page - 1 > std::numeric_limits<qint64>::max() / limit)
        return std::numeric_limits<qint64>::max();
    return (page - 1) * limit;
}

} // namespace

EndUserRepository::EndUserRepository(Database& database, const SearchIndex& searchIndex)
    : m_database(database)
    , m_searchIndex(searchIndex)
{ }

std::optional<qint64> EndUserRepository::serviceRid(qint64 orgRid, const QString& idOrSlug, bool slugOnly) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(slugOnly ? QStringLiteral("SELECT rid FROM services WHERE org_rid = ? AND slug = ?")
                           : QStringLiteral("SELECT rid FROM services WHERE org_rid = ? AND (id = ? OR slug = ?)"));
    query.addBindValue(orgRid);
    query.addBindValue(idOrSlug);
    if (!slugOnly)
        query.addBindValue(idOrSlug);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

EndUserRepository::Page EndUserRepository::findPage(const ListRequest& request)
{
    std::optional<int> serviceIndex;
    if (request.serviceRid) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT idx FROM services WHERE rid = ?"));
        query.addBindValue(*request.serviceRid);
        if (query.exec() && query.next())
            serviceIndex = query.value(0).toInt();
    }
    const SearchIndex::Result found = m_searchIndex.find(
        request.orgRid, request.search, serviceIndex, offsetFor(request.page, request.limit), request.limit);
    return {found.total, found.userRids};
}

QJsonObject EndUserRepository::list(const ListRequest& request, bool legacy)
{
    // The reference server returns early with total 0 when the page is empty; it counts only otherwise.
    Page page = findPage(request);
    if (legacy && page.userRids.isEmpty())
        page.total = 0;

    QHash<qint64, QSqlRecord> users;
    QHash<qint64, QJsonArray> services;
    QHash<qint64, QJsonArray> identities;
    if (!page.userRids.isEmpty()) {
        const QString rids = ridList(page.userRids);
        QSqlQuery query(m_database.connection());
        query.exec(
            QStringLiteral("SELECT rid, id, email, created_at, last_login_at, mfa_enabled, is_platform_owner FROM users"
                           " WHERE rid IN (%1)")
                .arg(rids));
        while (query.next())
            users.insert(query.value(0).toLongLong(), query.record());
        query.prepare(
            QStringLiteral("SELECT e.user_rid, s.slug, s.id, s.name, p.id, p.name, e.status, e.current_period_end,"
                           " e.created_at FROM eus e JOIN services s ON s.rid = e.service_rid"
                           " LEFT JOIN plans p ON p.rid = e.plan_rid WHERE e.user_rid IN (%1) AND e.org_rid = ?"
                           " ORDER BY e.user_rid, s.idx")
                .arg(rids));
        query.addBindValue(request.orgRid);
        query.exec();
        while (query.next()) {
            const qint64 rid = query.value(0).toLongLong();
            if (!legacy) {
                services[rid].append(query.value(1).toString());
                continue;
            }
            const quint64 salt = quint64(rid) * 31 + quint64(services[rid].size());
            services[rid].append(QJsonObject {
                {QStringLiteral("service_id"), query.value(2).toString()},
                {QStringLiteral("service_slug"), query.value(1).toString()},
                {QStringLiteral("service_name"), query.value(3).toString()},
                {QStringLiteral("plan_id"), textOrNull(query.value(4))},
                {QStringLiteral("plan_name"), textOrNull(query.value(5))},
                {QStringLiteral("status"), query.value(6).toString()},
                {QStringLiteral("current_period_end"), legacyTime(query.value(7), salt)},
                {QStringLiteral("created_at"), legacyTime(query.value(8), salt + 1)},
            });
        }
        if (legacy) {
            query.exec(QStringLiteral("SELECT user_rid, provider, provider_user_id, linked_at, rid FROM identities"
                                      " WHERE user_rid IN (%1) ORDER BY user_rid, linked_at, rid")
                           .arg(rids));
            while (query.next()) {
                identities[query.value(0).toLongLong()].append(QJsonObject {
                    {QStringLiteral("provider"), query.value(1).toString()},
                    {QStringLiteral("provider_user_id"), query.value(2).toString()},
                    {QStringLiteral("created_at"), legacyTime(query.value(3), quint64(query.value(4).toLongLong()))},
                });
            }
        }
    }

    QJsonArray items;
    for (qint64 rid : std::as_const(page.userRids)) {
        const QSqlRecord record = users.value(rid);
        if (legacy) {
            items.append(QJsonObject {
                {QStringLiteral("user"),
                 QJsonObject {{QStringLiteral("id"), record.value(1).toString()},
                              {QStringLiteral("email"), record.value(2).toString()},
                              {QStringLiteral("is_platform_owner"), record.value(6).toBool()},
                              {QStringLiteral("created_at"), legacyTime(record.value(3), quint64(rid))}}},
                {QStringLiteral("subscriptions"), services.value(rid)},
                {QStringLiteral("identities"), identities.value(rid)},
            });
        } else {
            items.append(QJsonObject {
                {QStringLiteral("id"), record.value(1).toString()},
                {QStringLiteral("email"), record.value(2).toString()},
                {QStringLiteral("created_at"), record.value(3).toString()},
                {QStringLiteral("last_login_at"), textOrNull(record.value(4))},
                {QStringLiteral("mfa_enabled"), record.value(5).toBool()},
                {QStringLiteral("services"), services.value(rid)},
            });
        }
    }
    if (legacy) {
        return {{QStringLiteral("users"), items},
                {QStringLiteral("total"), page.total},
                {QStringLiteral("page"), request.page},
                {QStringLiteral("limit"), request.limit}};
    }
    return {{QStringLiteral("users"), items},
            {QStringLiteral("pagination"),
             QJsonObject {{QStringLiteral("page"), request.page},
                          {QStringLiteral("limit"), request.limit},
                          {QStringLiteral("total"), page.total}}}};
}

std::optional<qint64> EndUserRepository::userRidById(const QString& userId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rid FROM users WHERE id = ? AND is_member = 0"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool EndUserRepository::isEndUserOf(qint64 userRid, qint64 orgRid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM eus WHERE user_rid = ? AND org_rid = ? LIMIT 1"));
    query.addBindValue(userRid);
    query.addBindValue(orgRid);
    return query.exec() && query.next();
}

EndUserRepository::Lookup
EndUserRepository::detail(qint64 orgRid, const QString& userId, bool legacy, QJsonObject* result) const
{
    const std::optional<qint64> rid = userRidById(userId);
    if (!rid)
        return Lookup::UnknownUser;
    if (!isEndUserOf(*rid, orgRid))
        return Lookup::NotEndUserOfOrganization;
    if (legacy) {
        *result = legacyDetail(*rid, orgRid);
        return Lookup::Found;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, email, email_verified, created_at, updated_at, last_login_at, mfa_enabled "
                                 "FROM users WHERE rid = ?"));
    query.addBindValue(*rid);
    if (!query.exec() || !query.next())
        return Lookup::UnknownUser;
    QJsonObject user {
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("email"), query.value(1).toString()},
        {QStringLiteral("email_verified"), query.value(2).toBool()},
        {QStringLiteral("created_at"), query.value(3).toString()},
        {QStringLiteral("updated_at"), textOrNull(query.value(4))},
        {QStringLiteral("last_login_at"), textOrNull(query.value(5))},
        {QStringLiteral("mfa_enabled"), query.value(6).toBool()},
    };
    QJsonArray identities;
    query.prepare(QStringLiteral("SELECT provider, provider_user_id, email, linked_at FROM identities WHERE user_rid = "
                                 "? ORDER BY linked_at, rid"));
    query.addBindValue(*rid);
    query.exec();
    while (query.next()) {
        identities.append(QJsonObject {{QStringLiteral("provider"), query.value(0).toString()},
                                       {QStringLiteral("provider_user_id"), query.value(1).toString()},
                                       {QStringLiteral("email"), textOrNull(query.value(2))},
                                       {QStringLiteral("linked_at"), textOrNull(query.value(3))}});
    }
    user.insert(QStringLiteral("linked_identities"), identities);
    QJsonArray services;
    query.prepare(
        QStringLiteral("SELECT s.id, s.slug, s.name, e.first_login_at, e.last_login_at FROM eus e JOIN services s"
                       " ON s.rid = e.service_rid WHERE e.user_rid = ? AND e.org_rid = ? ORDER BY s.idx"));
    query.addBindValue(*rid);
    query.addBindValue(orgRid);
    query.exec();
    while (query.next()) {
        services.append(QJsonObject {{QStringLiteral("id"), query.value(0).toString()},
                                     {QStringLiteral("slug"), query.value(1).toString()},
                                     {QStringLiteral("name"), query.value(2).toString()},
                                     {QStringLiteral("first_login_at"), textOrNull(query.value(3))},
                                     {QStringLiteral("last_login_at"), textOrNull(query.value(4))}});
    }
    user.insert(QStringLiteral("services"), services);
    query.prepare(QStringLiteral(
        "SELECT count(*), max(created_at) FROM eu_sessions WHERE user_rid = ? AND org_rid = ? AND expires_at > ?"));
    query.addBindValue(*rid);
    query.addBindValue(orgRid);
    query.addBindValue(Timestamps::nowSeconds());
    query.exec();
    query.next();
    user.insert(QStringLiteral("sessions"),
                QJsonObject {{QStringLiteral("active_count"), query.value(0).toLongLong()},
                             {QStringLiteral("last_created_at"), textOrNull(query.value(1))}});
    *result = user;
    return Lookup::Found;
}

QJsonObject EndUserRepository::legacyDetail(qint64 userRid, qint64 orgRid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, email, is_platform_owner, created_at FROM users WHERE rid = ?"));
    query.addBindValue(userRid);
    query.exec();
    query.next();
    const QJsonObject user {{QStringLiteral("id"), query.value(0).toString()},
                            {QStringLiteral("email"), query.value(1).toString()},
                            {QStringLiteral("is_platform_owner"), query.value(2).toBool()},
                            {QStringLiteral("created_at"), legacyTime(query.value(3), quint64(userRid))}};
    QJsonArray subscriptions;
    query.prepare(
        QStringLiteral("SELECT s.id, s.slug, s.name, p.id, p.name, e.status, e.current_period_end, e.created_at"
                       " FROM eus e JOIN services s ON s.rid = e.service_rid LEFT JOIN plans p ON p.rid = e.plan_rid"
                       " WHERE e.user_rid = ? AND e.org_rid = ? ORDER BY s.idx"));
    query.addBindValue(userRid);
    query.addBindValue(orgRid);
    query.exec();
    while (query.next()) {
        const quint64 salt = quint64(userRid) * 31 + quint64(subscriptions.size());
        subscriptions.append(QJsonObject {{QStringLiteral("service_id"), query.value(0).toString()},
                                          {QStringLiteral("service_slug"), query.value(1).toString()},
                                          {QStringLiteral("service_name"), query.value(2).toString()},
                                          {QStringLiteral("plan_id"), textOrNull(query.value(3))},
                                          {QStringLiteral("plan_name"), textOrNull(query.value(4))},
                                          {QStringLiteral("status"), query.value(5).toString()},
                                          {QStringLiteral("current_period_end"), legacyTime(query.value(6), salt)},
                                          {QStringLiteral("created_at"), legacyTime(query.value(7), salt + 1)}});
    }
    QJsonArray identities;
    query.prepare(QStringLiteral("SELECT provider, provider_user_id, linked_at, rid FROM identities WHERE user_rid = ? "
                                 "ORDER BY linked_at, rid"));
    query.addBindValue(userRid);
    query.exec();
    while (query.next()) {
        identities.append(QJsonObject {
            {QStringLiteral("provider"), query.value(0).toString()},
            {QStringLiteral("provider_user_id"), query.value(1).toString()},
            {QStringLiteral("created_at"), legacyTime(query.value(2), quint64(query.value(3).toLongLong()))}});
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM eu_sessions WHERE user_rid = ?"));
    query.addBindValue(userRid);
    query.exec();
    query.next();
    return {{QStringLiteral("user"), user},
            {QStringLiteral("subscriptions"), subscriptions},
            {QStringLiteral("identities"), identities},
            {QStringLiteral("session_count"), query.value(0).toLongLong()}};
}

EndUserRepository::Lookup EndUserRepository::revoke(qint64 orgRid, const QString& userId, bool legacy, qint64* revoked)
{
    const std::optional<qint64> rid = userRidById(userId);
    if (!rid)
        return Lookup::UnknownUser;
    if (!isEndUserOf(*rid, orgRid))
        return Lookup::NotEndUserOfOrganization;
    QSqlQuery query(m_database.connection());
    if (legacy) {
        query.prepare(QStringLiteral("DELETE FROM eu_sessions WHERE user_rid = ?"));
        query.addBindValue(*rid);
    } else {
        query.prepare(QStringLiteral("DELETE FROM eu_sessions WHERE user_rid = ? AND org_rid = ? AND expires_at > ?"));
        query.addBindValue(*rid);
        query.addBindValue(orgRid);
        query.addBindValue(Timestamps::nowSeconds());
    }
    query.exec();
    *revoked = query.numRowsAffected();
    return Lookup::Found;
}

std::optional<QJsonObject> EndUserRepository::findByEmail(const QString& email) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT u.rid, u.id, u.email FROM users u WHERE u.email_lc = ? AND u.is_member = 0"));
    query.addBindValue(email.toLower());
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 rid = query.value(0).toLongLong();
    QJsonObject result {{QStringLiteral("id"), query.value(1).toString()},
                        {QStringLiteral("email"), query.value(2).toString()}};
    QJsonArray organizations;
    query.prepare(QStringLiteral("SELECT DISTINCT o.slug FROM eus e JOIN organizations o ON o.rid = e.org_rid WHERE "
                                 "e.user_rid = ? ORDER BY o.rid"));
    query.addBindValue(rid);
    query.exec();
    while (query.next())
        organizations.append(query.value(0).toString());
    result.insert(QStringLiteral("organizations"), organizations);
    return result;
}

} // namespace UserAdmin::DevServer
