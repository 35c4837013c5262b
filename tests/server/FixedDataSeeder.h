// SPDX-License-Identifier: MIT
#pragma once

#include "FixedData.h"
#include "SeededEndUser.h"
#include "ServerShape.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace UserAdmin::DevServer {

class Database;
class SeedIds;

/// Writes the rows of FixedData into the database. Row ids come from positions, so a row means the same
/// id in every shape: organizations, services and memberships by their place in the lists, members and
/// end-users in insertion order, with the rows of only some shapes inserted after the generated users.
/// Throws DatabaseError.
class FixedDataSeeder
{
public:
    FixedDataSeeder(Database& database, const FixedData& data, const SeedIds& ids, ServerShape shape, qint64 now);

    /// Tiers, the members and end-users of every shape, organizations, services and plans. Returns the next
    /// free user rid.
    qint64 seedCommon();
    /// The members and end-users of this shape only, starting at nextUserRid, then the memberships.
    void seedShapeSpecific(qint64 nextUserRid);
    /// Organization rid to the number of services the generator may use (those of every shape).
    QHash<qint64, int> generatorServiceCounts() const;
    /// The fixed end-users inserted so far, for their sign-ins.
    const QList<SeededEndUser>& endUsers() const { return m_endUsers; }
    qint64 memberRid(const QString& email) const { return m_memberRids.value(email); }
    qint64 organizationRid(const QString& slug) const { return m_orgRids.value(slug); }
    qint64 serviceRid(const QString& slug) const { return m_services.value(slug).rid; }

private:
    struct ServiceRow
    {
        qint64 rid = 0;
        qint64 orgRid = 0;
    };

    struct UserRow
    {
        QString email;
        QString createdAt;
        QVariant lastLoginAt;
        bool mfa = false;
        bool verified = false;
        bool member = false;
        bool platformOwner = false;
        QString password;
        QString totpSecret;
        std::optional<QString> deletedAt;
    };

    void insert(const QString& table, const QStringList& columns, const QVariantList& values);
    void insertMember(const FixedData::Member& member);
    void insertEndUser(const FixedData::EndUser& user);
    void insertSession(qint64 userRid, const ServiceRow& service, qint64 createdAt, bool active);
    qint64 insertUser(const UserRow& row);

    Database& m_database;
    const FixedData& m_data;
    const SeedIds& m_ids;
    ServerShape m_shape;
    qint64 m_now;
    qint64 m_nextUserRid = 1;
    qint64 m_sessionNumber = 0;
    QList<SeededEndUser> m_endUsers;
    QHash<QString, qint64> m_memberRids;
    QHash<QString, qint64> m_orgRids;
    QHash<QString, ServiceRow> m_services;
};

} // namespace UserAdmin::DevServer
