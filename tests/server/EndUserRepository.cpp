// SPDX-License-Identifier: MIT
#include "EndUserRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlQuery.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

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

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
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

std::optional<qint64> EndUserRepository::serviceRid(qint64 orgRid, const QString& key, ServiceKey match) const
{
    SqlQuery query(m_database.connection());
    if (match == ServiceKey::SlugOnly)
        query.run(QStringLiteral("SELECT rid FROM services WHERE org_rid = ? AND slug = ?"), {orgRid, key});
    else
        query.run(QStringLiteral("SELECT rid FROM services WHERE org_rid = ? AND (id = ? OR slug = ?)"),
                  {orgRid, key, key});
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

EndUserPage EndUserRepository::list(const ListRequest& request) const
{
    std::optional<int> serviceIndex;
    if (request.serviceRid) {
        SqlQuery query(m_database.connection());
        serviceIndex =
            int(query.run(QStringLiteral("SELECT idx FROM services WHERE rid = ?"), {*request.serviceRid}).scalar());
    }
    const SearchIndex::Result found = m_searchIndex.find(
        request.orgRid, request.search, serviceIndex, offsetFor(request.page, request.limit), request.limit);
    EndUserPage page;
    page.total = found.total;
    page.page = request.page;
    page.limit = request.limit;
    if (found.userRids.isEmpty())
        return page;
    const QString rids = ridList(found.userRids);
    const QHash<qint64, EndUserRecord> accounts = users(rids);
    const QHash<qint64, QList<SubscriptionRecord>> used = subscriptions(rids, request.orgRid);
    const QHash<qint64, QList<IdentityRecord>> linked = identities(rids);
    for (qint64 rid : found.userRids)
        page.items.append({accounts.value(rid), used.value(rid), linked.value(rid)});
    return page;
}

QHash<qint64, EndUserRecord> EndUserRepository::users(const QString& ridList) const
{
    SqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT rid, id, email, created_at, updated_at, last_login_at, email_verified,"
                              " mfa_enabled, is_platform_owner, password_hash, email_verified_at, deleted_at"
                              " FROM users WHERE rid IN (%1)")
                   .arg(ridList));
    QHash<qint64, EndUserRecord> result;
    while (query.next()) {
        EndUserRecord user;
        user.rid = query.integer(0);
        user.id = query.text(1);
        user.email = query.text(2);
        user.createdAt = query.text(3);
        user.updatedAt = optionalText(query.value(4));
        user.lastLoginAt = optionalText(query.value(5));
        user.emailVerified = query.value(6).toBool();
        user.mfaEnabled = query.value(7).toBool();
        user.isPlatformOwner = query.value(8).toBool();
        user.passwordHash = optionalText(query.value(9));
        user.emailVerifiedAt = optionalText(query.value(10));
        user.deletedAt = optionalText(query.value(11));
        result.insert(user.rid, user);
    }
    return result;
}

QHash<qint64, QList<SubscriptionRecord>> EndUserRepository::subscriptions(const QString& ridList, qint64 orgRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT e.user_rid, s.id, s.slug, s.name, p.id, p.name, e.status, e.current_period_end,"
                             " e.created_at, e.first_login_at, e.last_login_at, e.subscribed FROM eus e"
                             " JOIN services s ON s.rid = e.service_rid LEFT JOIN plans p ON p.rid = e.plan_rid"
                             " WHERE e.user_rid IN (%1) AND e.org_rid = ? ORDER BY e.user_rid, s.idx")
                  .arg(ridList),
              {orgRid});
    QHash<qint64, QList<SubscriptionRecord>> result;
    while (query.next()) {
        result[query.integer(0)].append({query.text(1),
                                         query.text(2),
                                         query.text(3),
                                         optionalText(query.value(4)),
                                         optionalText(query.value(5)),
                                         query.text(6),
                                         optionalText(query.value(7)),
                                         optionalText(query.value(8)),
                                         optionalText(query.value(9)),
                                         optionalText(query.value(10)),
                                         query.value(11).toBool()});
    }
    return result;
}

QHash<qint64, QList<IdentityRecord>> EndUserRepository::identities(const QString& ridList) const
{
    SqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT user_rid, rid, provider, provider_user_id, email, linked_at FROM identities"
                              " WHERE user_rid IN (%1) ORDER BY user_rid, linked_at, rid")
                   .arg(ridList));
    QHash<qint64, QList<IdentityRecord>> result;
    while (query.next()) {
        result[query.integer(0)].append({query.integer(1),
                                         query.text(2),
                                         query.text(3),
                                         optionalText(query.value(4)),
                                         optionalText(query.value(5))});
    }
    return result;
}

std::optional<qint64> EndUserRepository::userRidById(const QString& userId) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid FROM users WHERE id = ? AND is_member = 0"), {userId});
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

EndUserRepository::Lookup
EndUserRepository::lookUp(qint64 orgRid, const QString& userId, EndUserTest test, qint64* userRid) const
{
    const std::optional<qint64> rid = userRidById(userId);
    if (!rid)
        return Lookup::UnknownUser;
    SqlQuery query(m_database.connection());
    query.run(test == EndUserTest::Subscription
                  ? QStringLiteral("SELECT 1 FROM eus WHERE user_rid = ? AND org_rid = ? AND subscribed = 1 LIMIT 1")
                  : QStringLiteral("SELECT 1 FROM eus WHERE user_rid = ? AND org_rid = ? LIMIT 1"),
              {*rid, orgRid});
    if (!query.next())
        return Lookup::NotEndUserOfOrganization;
    *userRid = *rid;
    return Lookup::Found;
}

QList<SessionRecord> EndUserRepository::sessions(qint64 userRid, qint64 orgRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT e.id, s.id, s.name, o.slug, e.ip_address, e.user_agent, e.expires_at,"
                             " e.refresh_expires_at, e.created_at FROM eu_sessions e"
                             " JOIN organizations o ON o.rid = e.org_rid LEFT JOIN services s ON s.rid = e.service_rid"
                             " WHERE e.user_rid = ? AND e.org_rid = ? ORDER BY e.created_at DESC, e.rid"),
              {userRid, orgRid});
    QList<SessionRecord> result;
    while (query.next()) {
        const QVariant refresh = query.value(7);
        result.append(
            {query.text(0),
             optionalText(query.value(1)),
             optionalText(query.value(2)),
             optionalText(query.value(3)),
             optionalText(query.value(4)),
             optionalText(query.value(5)),
             Timestamps::fromEpoch(query.integer(6)),
             refresh.isNull() ? std::nullopt : std::optional<QString>(Timestamps::fromEpoch(refresh.toLongLong())),
             query.text(8)});
    }
    return result;
}

QList<LoginRecord> EndUserRepository::recentLogins(qint64 userRid, qint64 orgRid) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT l.id, s.id, s.name, l.provider, l.ip_address, l.user_agent, l.risk_score,"
                             " l.risk_factors, l.geo_country, l.geo_city, l.created_at FROM logins l"
                             " LEFT JOIN services s ON s.rid = l.service_rid WHERE l.user_rid = ? AND l.org_rid = ?"
                             " ORDER BY l.created_at DESC, l.rid LIMIT 20"),
              {userRid, orgRid});
    QList<LoginRecord> result;
    while (query.next()) {
        QStringList factors;
        for (const QJsonValue& factor : QJsonDocument::fromJson(query.text(7).toUtf8()).array())
            factors << factor.toString();
        result.append({query.text(0),
                       optionalText(query.value(1)),
                       optionalText(query.value(2)),
                       query.text(3),
                       optionalText(query.value(4)),
                       optionalText(query.value(5)),
                       query.value(6).isNull() ? std::nullopt : std::optional<int>(query.value(6).toInt()),
                       factors,
                       optionalText(query.value(8)),
                       optionalText(query.value(9)),
                       query.text(10)});
    }
    return result;
}

EndUserRepository::Lookup
EndUserRepository::detail(qint64 orgRid, const QString& userId, EndUserTest test, EndUserDetailRecord* result) const
{
    qint64 rid = 0;
    if (const Lookup found = lookUp(orgRid, userId, test, &rid); found != Lookup::Found)
        return found;
    const QString rids = QString::number(rid);
    result->account = {users(rids).value(rid), subscriptions(rids, orgRid).value(rid), identities(rids).value(rid)};
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT count(*), max(created_at) FROM eu_sessions"
                             " WHERE user_rid = ? AND org_rid = ? AND expires_at > ?"),
              {rid, orgRid, Timestamps::nowSeconds()});
    result->activeSessionsInOrganization = query.scalar();
    result->lastActiveSessionCreatedAt = optionalText(query.value(1));
    result->sessionRowsOnPlatform =
        query.run(QStringLiteral("SELECT count(*) FROM eu_sessions WHERE user_rid = ?"), {rid}).scalar();
    result->sessionsInOrganization = sessions(rid, orgRid);
    result->recentLogins = recentLogins(rid, orgRid);
    return Lookup::Found;
}

EndUserRepository::Lookup
EndUserRepository::revoke(qint64 orgRid, const QString& userId, EndUserTest test, RevokeScope scope, qint64* revoked)
{
    qint64 rid = 0;
    if (const Lookup found = lookUp(orgRid, userId, test, &rid); found != Lookup::Found)
        return found;
    SqlQuery query(m_database.connection());
    switch (scope) {
    case RevokeScope::ActiveInOrganization:
        query.run(QStringLiteral("DELETE FROM eu_sessions WHERE user_rid = ? AND org_rid = ? AND expires_at > ?"),
                  {rid, orgRid, Timestamps::nowSeconds()});
        break;
    case RevokeScope::WholePlatform:
        query.run(QStringLiteral("DELETE FROM eu_sessions WHERE user_rid = ?"), {rid});
        break;
    case RevokeScope::AllInOrganization:
        query.run(QStringLiteral("DELETE FROM eu_sessions WHERE user_rid = ? AND org_rid = ?"), {rid, orgRid});
        break;
    }
    *revoked = query.rowsAffected();
    return Lookup::Found;
}

std::optional<QJsonObject> EndUserRepository::findByEmail(const QString& email) const
{
    SqlQuery query(m_database.connection());
    query.run(QStringLiteral("SELECT rid, id, email FROM users WHERE email_lc = ? AND is_member = 0"),
              {email.toLower()});
    if (!query.next())
        return std::nullopt;
    const qint64 rid = query.integer(0);
    QJsonObject result {{QStringLiteral("id"), query.text(1)}, {QStringLiteral("email"), query.text(2)}};
    QJsonArray organizations;
    query.run(QStringLiteral("SELECT DISTINCT o.slug FROM eus e JOIN organizations o ON o.rid = e.org_rid"
                             " WHERE e.user_rid = ? ORDER BY o.rid"),
              {rid});
    while (query.next())
        organizations.append(query.text(0));
    result.insert(QStringLiteral("organizations"), organizations);
    return result;
}

} // namespace UserAdmin::DevServer
