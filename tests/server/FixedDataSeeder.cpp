// SPDX-License-Identifier: MIT
#include "FixedDataSeeder.h"

#include "Database.h"
#include "DatabaseError.h"
#include "PasswordHash.h"
#include "SeedCatalogue.h"
#include "SeedIds.h"
#include "SqlQuery.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace UserAdmin::DevServer {

namespace {

qint64 epochOf(const QString& stamp)
{
    return QDateTime::fromString(stamp, Qt::ISODate).toSecsSinceEpoch();
}

const QVariant NullText(QMetaType::fromType<QString>());
const QVariant NullInteger(QMetaType::fromType<qint64>());

} // namespace

FixedDataSeeder::FixedDataSeeder(
    Database& database, const FixedData& data, const SeedIds& ids, ServerShape shape, qint64 now)
    : m_database(database)
    , m_data(data)
    , m_ids(ids)
    , m_shape(shape)
    , m_now(now)
{ }

void FixedDataSeeder::insert(const QString& table, const QStringList& columns, const QVariantList& values)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    SqlQuery(m_database.connection())
        .run(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                 .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
             values);
}

qint64 FixedDataSeeder::insertUser(const UserRow& row)
{
    const qint64 rid = m_nextUserRid++;
    const QString id = m_ids.uuid(SeedIds::User, quint64(rid));
    QVariant passwordHash = NullText;
    if (!row.password.isEmpty())
        passwordHash = row.member ? PasswordHash::forMember(id, row.password) : PasswordHash::forEndUser(row.email);
    // Verified an hour after creation (members: at creation), so "verified at" differs from "created at".
    const QVariant verifiedAt = !row.verified ? NullText
        : row.member                          ? QVariant(row.createdAt)
                                              : QVariant(Timestamps::fromEpoch(epochOf(row.createdAt) + 3600));
    insert(QStringLiteral("users"),
           {QStringLiteral("rid"),
            QStringLiteral("id"),
            QStringLiteral("email"),
            QStringLiteral("email_lc"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("email_verified"),
            QStringLiteral("mfa_enabled"),
            QStringLiteral("last_login_at"),
            QStringLiteral("is_platform_owner"),
            QStringLiteral("is_member"),
            QStringLiteral("password_hash"),
            QStringLiteral("email_verified_at"),
            QStringLiteral("deleted_at"),
            QStringLiteral("totp_secret")},
           {rid,
            id,
            row.email,
            row.email.toLower(),
            row.createdAt,
            row.lastLoginAt.isNull() ? QVariant(row.createdAt) : row.lastLoginAt,
            row.verified,
            row.mfa,
            row.lastLoginAt,
            row.platformOwner,
            row.member,
            passwordHash,
            verifiedAt,
            row.deletedAt ? QVariant(*row.deletedAt) : NullText,
            row.totpSecret.isEmpty() ? NullText : QVariant(row.totpSecret)});
    return rid;
}

void FixedDataSeeder::insertMember(const FixedData::Member& member)
{
    UserRow row;
    row.email = member.email;
    row.createdAt = member.createdAt;
    row.lastLoginAt = member.createdAt;
    row.mfa = true;
    row.verified = true;
    row.member = true;
    row.platformOwner = member.platformOwner;
    row.password = member.password;
    row.totpSecret = member.totpSecret;
    m_memberRids.insert(member.email, insertUser(row));
}

qint64 FixedDataSeeder::seedCommon()
{
    for (const FixedData::Tier& tier : m_data.tiers) {
        insert(QStringLiteral("tiers"),
               {QStringLiteral("id"),
                QStringLiteral("name"),
                QStringLiteral("display_name"),
                QStringLiteral("default_max_services"),
                QStringLiteral("default_max_users"),
                QStringLiteral("features"),
                QStringLiteral("price_cents"),
                QStringLiteral("currency"),
                QStringLiteral("created_at")},
               {tier.id,
                tier.name,
                tier.displayName,
                tier.defaultMaxServices,
                tier.defaultMaxUsers,
                tier.features,
                tier.priceCents,
                tier.currency,
                tier.createdAt});
    }
    QString platformOwnerId;
    for (const FixedData::Member& member : m_data.members) {
        if (!member.shapes.isEmpty())
            continue;
        insertMember(member);
        if (member.platformOwner && platformOwnerId.isEmpty())
            platformOwnerId = m_ids.uuid(SeedIds::User, quint64(m_memberRids.value(member.email)));
    }

    qint64 orgRid = 0;
    for (const FixedData::Organization& org : m_data.organizations) {
        ++orgRid;
        m_orgRids.insert(org.slug, orgRid);
        if (!m_memberRids.contains(org.owner))
            throw DatabaseError(QStringLiteral("organization %1: owner %2 is not seeded").arg(org.slug, org.owner));
        const bool approved = org.status != QLatin1String("pending");
        insert(QStringLiteral("organizations"),
               {QStringLiteral("rid"),
                QStringLiteral("id"),
                QStringLiteral("slug"),
                QStringLiteral("name"),
                QStringLiteral("owner_rid"),
                QStringLiteral("status"),
                QStringLiteral("tier_id"),
                QStringLiteral("max_services"),
                QStringLiteral("max_users"),
                QStringLiteral("approved_by"),
                QStringLiteral("approved_at"),
                QStringLiteral("created_at"),
                QStringLiteral("updated_at")},
               {orgRid,
                m_ids.uuid(SeedIds::Organization, quint64(orgRid)),
                org.slug,
                org.name,
                m_memberRids.value(org.owner),
                org.status,
                org.tier,
                org.maxServices ? QVariant(*org.maxServices) : NullInteger,
                NullInteger,
                approved ? QVariant(platformOwnerId) : NullText,
                approved ? QVariant(org.createdAt) : NullText,
                org.createdAt,
                org.createdAt});
    }

    qint64 roleNumber = 0;
    for (const FixedData::Role& role : m_data.roles) {
        ++roleNumber;
        insert(QStringLiteral("roles"),
               {QStringLiteral("id"),
                QStringLiteral("org_rid"),
                QStringLiteral("name"),
                QStringLiteral("description"),
                QStringLiteral("permissions"),
                QStringLiteral("created_at")},
               {m_ids.uuid(SeedIds::Role, quint64(roleNumber)),
                role.organization.isEmpty() ? NullInteger : QVariant(m_orgRids.value(role.organization)),
                role.name,
                role.description,
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(role.permissions)).toJson(QJsonDocument::Compact)),
                role.createdAt});
    }

    // Service rid = position in the list (also for services of other shapes), so ids never move; idx is the
    // position among the organization's services, the bit of the search index's service mask.
    qint64 serviceRid = 0;
    QHash<qint64, int> nextIndex;
    for (const FixedData::Service& service : m_data.services) {
        ++serviceRid;
        const qint64 owner = m_orgRids.value(service.organization);
        const int idx = nextIndex[owner]++;
        if (!FixedData::inShape(service.shapes, m_shape))
            continue;
        m_services.insert(service.slug, {serviceRid, owner});
        insert(QStringLiteral("services"),
               {QStringLiteral("rid"),
                QStringLiteral("id"),
                QStringLiteral("org_rid"),
                QStringLiteral("idx"),
                QStringLiteral("slug"),
                QStringLiteral("name"),
                QStringLiteral("service_type"),
                QStringLiteral("client_id"),
                QStringLiteral("redirect_uris"),
                QStringLiteral("github_scopes"),
                QStringLiteral("device_activation_uri"),
                QStringLiteral("created_at")},
               {serviceRid,
                m_ids.uuid(SeedIds::Service, quint64(serviceRid)),
                owner,
                idx,
                service.slug,
                service.name,
                service.type,
                QStringLiteral("client-") + service.slug,
                QStringLiteral("[\"https://%1.example.com/callback\"]").arg(service.slug),
                QStringLiteral("[\"user:email\"]"),
                // Relative: the server answers it under its own address (Directory::services).
                service.deviceActivation ? QVariant(QStringLiteral("/activate")) : NullText,
                Timestamps::fromEpoch(epochOf(QStringLiteral("2024-01-05T09:00:00Z")) + serviceRid * 86400)});
        // Plan rid = (service rid - 1) * 2 + idx + 1: the generator relies on it.
        for (int plan = 0; plan < 2; ++plan) {
            const qint64 planRid = (serviceRid - 1) * 2 + plan + 1;
            insert(QStringLiteral("plans"),
                   {QStringLiteral("rid"),
                    QStringLiteral("id"),
                    QStringLiteral("service_rid"),
                    QStringLiteral("idx"),
                    QStringLiteral("name")},
                   {planRid,
                    m_ids.uuid(SeedIds::Plan, quint64(planRid)),
                    serviceRid,
                    plan,
                    plan == 0 ? QStringLiteral("basic") : QStringLiteral("pro")});
        }
    }

    for (const FixedData::EndUser& user : m_data.endUsers) {
        if (user.shapes.isEmpty())
            insertEndUser(user);
    }
    return m_nextUserRid;
}

void FixedDataSeeder::insertEndUser(const FixedData::EndUser& user)
{
    UserRow row;
    row.email = user.email;
    row.createdAt = user.createdAt;
    row.lastLoginAt = user.lastLoginAt ? QVariant(*user.lastLoginAt) : NullText;
    row.mfa = user.mfa;
    row.verified = user.verified;
    row.password = user.password ? QStringLiteral("set") : QString();
    row.deletedAt = user.deletedAt;
    const qint64 rid = insertUser(row);
    const QString id = m_ids.uuid(SeedIds::User, quint64(rid));
    // An active subscription's period ends 30 days after the start day, so after its creation; a canceled
    // one ended 30 days after its creation (the reference server's column is NOT NULL).
    const QString periodEnd = Timestamps::fromEpoch((m_now / 86400) * 86400 + 30 * 86400);
    SeededEndUser seeded;
    seeded.rid = rid;
    seeded.lastLoginAt = user.lastLoginAt;
    seeded.loginSeries = user.loginSeries > 0 ? user.loginSeries : (user.lastLoginAt ? 1 : 0);
    QList<ServiceRow> services;
    for (const QString& slug : user.services) {
        if (!m_services.contains(slug))
            throw DatabaseError(QStringLiteral("end-user %1: service %2 is not seeded").arg(user.email, slug));
        const ServiceRow service = m_services.value(slug);
        services << service;
        seeded.services.append({service.rid, service.orgRid});
        insert(QStringLiteral("eus"),
               {QStringLiteral("user_rid"),
                QStringLiteral("service_rid"),
                QStringLiteral("org_rid"),
                QStringLiteral("user_id"),
                QStringLiteral("user_created_at"),
                QStringLiteral("email_lc"),
                QStringLiteral("first_login_at"),
                QStringLiteral("last_login_at"),
                QStringLiteral("plan_rid"),
                QStringLiteral("status"),
                QStringLiteral("current_period_end"),
                QStringLiteral("created_at"),
                QStringLiteral("subscribed")},
               {rid,
                service.rid,
                service.orgRid,
                id,
                user.createdAt,
                user.email.toLower(),
                user.lastLoginAt ? QVariant(user.createdAt) : NullText,
                row.lastLoginAt,
                user.subscribed ? QVariant((service.rid - 1) * 2 + 1) : NullInteger,
                user.subscribed ? QVariant(QStringLiteral("active")) : NullText,
                user.subscribed ? QVariant(periodEnd) : NullText,
                user.subscribed ? QVariant(user.createdAt) : NullText,
                user.subscribed});
    }
    const qint64 created = epochOf(user.createdAt);
    for (qsizetype i = 0; i < user.identities.size(); ++i) {
        const FixedData::Identity& identity = user.identities.at(i);
        seeded.providers << identity.provider;
        insert(QStringLiteral("identities"),
               {QStringLiteral("user_rid"),
                QStringLiteral("provider"),
                QStringLiteral("provider_user_id"),
                QStringLiteral("email"),
                QStringLiteral("linked_at")},
               {rid,
                identity.provider,
                identity.providerUserId,
                identity.provider == QLatin1String("microsoft") ? NullText : QVariant(user.email),
                Timestamps::fromEpoch(created + i * 86400)});
    }
    if (user.password || seeded.providers.isEmpty())
        seeded.providers << QStringLiteral("password");
    const qint64 lastLoginSeconds = user.lastLoginAt ? epochOf(*user.lastLoginAt) : created;
    for (int i = 0; i < user.activeSessions + user.expiredSessions; ++i) {
        const bool active = i < user.activeSessions;
        insertSession(rid,
                      services.at(i % services.size()),
                      active ? lastLoginSeconds - i * 600 : lastLoginSeconds - 90 * 86400 - i * 600,
                      active);
    }
    for (int i = 0; i < user.organizationSessions; ++i)
        insertSession(rid, {0, services.constFirst().orgRid}, lastLoginSeconds - 3600 - i * 600, true);
    m_endUsers.append(seeded);
}

void FixedDataSeeder::insertSession(qint64 userRid, const ServiceRow& service, qint64 createdAt, bool active)
{
    const int n = int(m_sessionNumber++);
    const qint64 expiresAt = active ? m_now + 30 * 86400 : m_now - 86400;
    insert(QStringLiteral("eu_sessions"),
           {QStringLiteral("user_rid"),
            QStringLiteral("org_rid"),
            QStringLiteral("service_rid"),
            QStringLiteral("created_at"),
            QStringLiteral("expires_at"),
            QStringLiteral("id"),
            QStringLiteral("ip_address"),
            QStringLiteral("user_agent"),
            QStringLiteral("refresh_expires_at")},
           {userRid,
            service.orgRid,
            service.rid == 0 ? NullInteger : QVariant(service.rid),
            Timestamps::fromEpoch(createdAt),
            expiresAt,
            m_ids.uuid(SeedIds::Session, quint64(n + 1)),
            SeedCatalogue::ipAddress(n) ? QVariant(*SeedCatalogue::ipAddress(n)) : NullText,
            SeedCatalogue::userAgent(n) ? QVariant(*SeedCatalogue::userAgent(n)) : NullText,
            // Every third session has no refresh token (an API client's session).
            n % 3 == 2 ? NullInteger : QVariant(expiresAt + 29 * 86400)});
}

void FixedDataSeeder::seedShapeSpecific(qint64 nextUserRid)
{
    m_nextUserRid = nextUserRid;
    for (const FixedData::Member& member : m_data.members) {
        if (!member.shapes.isEmpty() && FixedData::inShape(member.shapes, m_shape))
            insertMember(member);
    }
    for (const FixedData::EndUser& user : m_data.endUsers) {
        if (!user.shapes.isEmpty() && FixedData::inShape(user.shapes, m_shape))
            insertEndUser(user);
    }
    qint64 number = 0;
    for (const FixedData::Membership& membership : m_data.memberships) {
        ++number;
        if (!FixedData::inShape(membership.shapes, m_shape))
            continue;
        if (!m_memberRids.contains(membership.member))
            throw DatabaseError(QStringLiteral("membership: member %1 is not seeded").arg(membership.member));
        insert(QStringLiteral("memberships"),
               {QStringLiteral("id"),
                QStringLiteral("org_rid"),
                QStringLiteral("user_rid"),
                QStringLiteral("role"),
                QStringLiteral("created_at")},
               {m_ids.uuid(SeedIds::Membership, quint64(number)),
                m_orgRids.value(membership.organization),
                m_memberRids.value(membership.member),
                membership.role,
                membership.createdAt});
    }
}

QHash<qint64, int> FixedDataSeeder::generatorServiceCounts() const
{
    QHash<qint64, int> counts;
    for (const FixedData::Service& service : m_data.services) {
        if (service.shapes.isEmpty())
            ++counts[m_orgRids.value(service.organization)];
    }
    return counts;
}

} // namespace UserAdmin::DevServer
