// SPDX-License-Identifier: MIT
#include "ActivitySeeder.h"

#include "Database.h"
#include "DatabaseError.h"
#include "FixedDataSeeder.h"
#include "SeedCatalogue.h"
#include "SeedIds.h"
#include "SqlQuery.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace UserAdmin::DevServer {

namespace {

const QVariant NullText(QMetaType::fromType<QString>());
const QVariant NullInteger(QMetaType::fromType<qint64>());
const QVariant NullReal(QMetaType::fromType<double>());

QVariant orNull(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : NullText;
}

QString jsonList(const QStringList& items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

} // namespace

ActivitySeeder::ActivitySeeder(Database& database, const SeedIds& ids)
    : m_database(database)
    , m_ids(ids)
{ }

void ActivitySeeder::seedSignIns(const QList<SeededEndUser>& users)
{
    SqlQuery login(m_database.connection());
    login.prepare(QStringLiteral(
        "INSERT INTO logins(id, user_rid, org_rid, service_rid, provider, ip_address, user_agent, risk_score,"
        " risk_factors, geo_country, geo_city, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    SqlQuery risk(m_database.connection());
    risk.prepare(QStringLiteral(
        "INSERT INTO risk_events(id, org_rid, user_rid, created_at, risk_score, risk_factors, risk_action,"
        " geo_country, geo_city, geo_lat, geo_long, ip_address, provider) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const SeededEndUser& user : users) {
        if (!user.lastLoginAt || user.services.isEmpty())
            continue;
        const qint64 newest = QDateTime::fromString(*user.lastLoginAt, Qt::ISODate).toSecsSinceEpoch();
        for (int i = 0; i < user.loginSeries; ++i) {
            // Newest first at the last login, then about seven hours apart; every fifth is a sign-in to the
            // organization itself rather than to a service.
            const QString at = Timestamps::fromEpoch(newest - i * 7 * 3600 - (i * 13 % 60) * 60);
            const std::optional<int> score = SeedCatalogue::riskScore(i);
            const bool organizationLevel = i % 5 == 4;
            const SeededEndUser::Service& service = user.services.at(i % user.services.size());
            const qint64 orgRid = organizationLevel ? user.services.constFirst().orgRid : service.orgRid;
            const QString provider = user.providers.at(i % user.providers.size());
            const std::optional<SeedCatalogue::Place> place = SeedCatalogue::place(i);
            const QVariant country = place ? QVariant(place->country) : NullText;
            const QVariant city = place ? QVariant(place->city) : NullText;
            const QString factors = jsonList(SeedCatalogue::riskFactors(score));
            if (!score || *score < SeedCatalogue::BlockFrom) {
                login.bindAt(0, m_ids.uuid(SeedIds::Login, quint64(++m_loginNumber)))
                    .bindAt(1, user.rid)
                    .bindAt(2, orgRid)
                    .bindAt(3, organizationLevel ? NullInteger : QVariant(service.rid))
                    .bindAt(4, provider)
                    .bindAt(5, orNull(SeedCatalogue::ipAddress(i)))
                    .bindAt(6, orNull(SeedCatalogue::userAgent(i)))
                    .bindAt(7, score ? QVariant(*score) : NullInteger)
                    .bindAt(8, factors)
                    .bindAt(9, country)
                    .bindAt(10, city)
                    .bindAt(11, at)
                    .exec();
            }
            if (!score || *score < 40)
                continue;
            risk.bindAt(0, m_ids.uuid(SeedIds::RiskEvent, quint64(++m_riskNumber)))
                .bindAt(1, orgRid)
                .bindAt(2, user.rid)
                .bindAt(3, at)
                .bindAt(4, *score)
                .bindAt(5, factors)
                .bindAt(6, SeedCatalogue::riskAction(*score))
                .bindAt(7, country)
                .bindAt(8, city)
                .bindAt(9, place ? QVariant(place->latitude) : NullReal)
                .bindAt(10, place ? QVariant(place->longitude) : NullReal)
                .bindAt(11, orNull(SeedCatalogue::ipAddress(i)))
                .bindAt(12, provider)
                .exec();
        }
    }
}

void ActivitySeeder::seedGeneratedSignIns()
{
    m_database.exec(QStringLiteral(
        "INSERT INTO logins(id, user_rid, org_rid, service_rid, provider, ip_address, user_agent, risk_score,"
        " risk_factors, geo_country, geo_city, created_at)"
        " SELECT printf('%08x-%04x-4000-9000-%012x', u.rid, n.k, u.rid * 4 + n.k), u.rid, u.g_org, s.rid,"
        " CASE WHEN u.g_identities > 0 THEN 'github' ELSE 'password' END,"
        " '198.51.100.' || ((u.rid + n.k) % 250 + 1),"
        " CASE (u.rid + n.k) % 3 WHEN 0 THEN 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'"
        " WHEN 1 THEN 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15' ELSE NULL END,"
        " (u.rid * 7 + n.k * 11) % 45,"
        " CASE WHEN (u.rid * 7 + n.k * 11) % 45 >= 20 THEN '[\"new_device\"]' ELSE '[]' END,"
        " CASE u.rid % 3 WHEN 0 THEN 'DE' WHEN 1 THEN 'US' ELSE NULL END,"
        " CASE u.rid % 3 WHEN 0 THEN 'Berlin' WHEN 1 THEN 'New York' ELSE NULL END,"
        " strftime('%Y-%m-%dT%H:%M:%SZ', u.last_login_at, '-' || (n.k * 7) || ' hours')"
        " FROM users u JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) n"
        " ON n.k <= u.g_sessions JOIN services s ON s.org_rid = u.g_org AND s.idx = u.g_session_service"
        " WHERE u.g_org IS NOT NULL AND u.last_login_at IS NOT NULL"));
}

QString
ActivitySeeder::targetId(const FixedData& data, const FixedDataSeeder& fixed, const FixedData::AuditEntry& entry) const
{
    if (entry.targetType == QLatin1String("member") && fixed.memberRid(entry.targetId) > 0)
        return m_ids.uuid(SeedIds::User, quint64(fixed.memberRid(entry.targetId)));
    if (entry.targetType == QLatin1String("service") && fixed.serviceRid(entry.targetId) > 0)
        return m_ids.uuid(SeedIds::Service, quint64(fixed.serviceRid(entry.targetId)));
    if (entry.targetType == QLatin1String("organization") && fixed.organizationRid(entry.targetId) > 0)
        return m_ids.uuid(SeedIds::Organization, quint64(fixed.organizationRid(entry.targetId)));
    if (entry.targetType == QLatin1String("role")) {
        for (qsizetype i = 0; i < data.roles.size(); ++i) {
            if (data.roles.at(i).name == entry.targetId)
                return m_ids.uuid(SeedIds::Role, quint64(i + 1));
        }
    }
    throw DatabaseError(
        QStringLiteral("audit entry %1: unknown %2 %3").arg(entry.action, entry.targetType, entry.targetId));
}

void ActivitySeeder::insertAuditEntry(qint64 orgRid,
                                      qint64 actorRid,
                                      const FixedData::AuditEntry& entry,
                                      const QString& targetId,
                                      const QString& metadata)
{
    const std::optional<QString> userAgent =
        entry.userAgent >= 0 ? SeedCatalogue::userAgent(entry.userAgent) : std::nullopt;
    SqlQuery(m_database.connection())
        .run(QStringLiteral("INSERT INTO audit_logs(id, org_rid, actor_rid, action, target_type, target_id, ip_address,"
                            " user_agent, success, metadata, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
             {m_ids.uuid(SeedIds::AuditEntry, quint64(++m_auditNumber)),
              orgRid,
              actorRid > 0 ? QVariant(actorRid) : NullInteger,
              entry.action,
              entry.targetType,
              targetId,
              entry.ipAddress.isEmpty() ? NullText : QVariant(entry.ipAddress),
              orNull(userAgent),
              entry.success,
              metadata.isEmpty() ? NullText : QVariant(metadata),
              entry.createdAt});
}

void ActivitySeeder::seedAuditLog(const FixedData& data, const FixedDataSeeder& fixed)
{
    for (const FixedData::AuditEntry& entry : data.auditLog) {
        insertAuditEntry(fixed.organizationRid(entry.organization),
                         entry.actor.isEmpty() ? 0 : fixed.memberRid(entry.actor),
                         entry,
                         targetId(data, fixed, entry),
                         entry.metadata);
    }
    // A series of member sign-ins, newest first, six hours apart, the members of the organization in turn;
    // every ninth failed.
    const FixedData::AuditSeries& series = data.auditLoginSeries;
    QStringList actors;
    for (const FixedData::Membership& membership : data.memberships) {
        if (membership.organization == series.organization && fixed.memberRid(membership.member) > 0)
            actors << membership.member;
    }
    const qint64 newest = QDateTime::fromString(series.newest, Qt::ISODate).toSecsSinceEpoch();
    for (int i = 0; i < series.count && !actors.isEmpty(); ++i) {
        const QString& actor = actors.at(i % actors.size());
        FixedData::AuditEntry entry;
        entry.success = i % 9 != 8;
        entry.action = entry.success ? QStringLiteral("auth.login") : QStringLiteral("auth.login_failed");
        entry.targetType = QStringLiteral("member");
        entry.ipAddress = SeedCatalogue::ipAddress(i).value_or(QString());
        entry.userAgent = i % 6;
        entry.createdAt = Timestamps::fromEpoch(newest - qint64(i) * 6 * 3600);
        const QString metadata =
            i % 3 == 0 ? QStringLiteral("{\"method\":\"device\"}") : QStringLiteral("{\"method\":\"password\"}");
        insertAuditEntry(fixed.organizationRid(series.organization),
                         fixed.memberRid(actor),
                         entry,
                         m_ids.uuid(SeedIds::User, quint64(fixed.memberRid(actor))),
                         metadata);
    }
}

} // namespace UserAdmin::DevServer
