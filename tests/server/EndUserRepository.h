// SPDX-License-Identifier: MIT
#pragma once

#include "EndUserDetailRecord.h"
#include "EndUserPage.h"
#include "RevokeScope.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

class Database;
class SearchIndex;

/// The end-users of an organization over SQLite, as records; the shape serializers write them.
/// Throws DatabaseError.
class EndUserRepository
{
public:
    struct ListRequest
    {
        qint64 orgRid = 0;
        std::optional<qint64> serviceRid;
        QString search; // already lower-cased; empty: no filter
        qint64 page = 1;
        qint64 limit = 50;
    };
    enum class Lookup { Found, UnknownUser, NotEndUserOfOrganization };
    /// Who counts as an end-user of an organization for the detail and revocation.
    enum class EndUserTest { AnyService, Subscription };
    enum class ServiceKey { IdOrSlug, SlugOnly };

    EndUserRepository(Database& database, const SearchIndex& searchIndex);

    /// A service of the organization by id or slug, or by slug only.
    std::optional<qint64> serviceRid(qint64 orgRid, const QString& key, ServiceKey match) const;
    EndUserPage list(const ListRequest& request) const;
    Lookup detail(qint64 orgRid, const QString& userId, EndUserTest test, EndUserDetailRecord* result) const;
    /// Deletes the sessions the scope names and sets revoked to their number.
    Lookup revoke(qint64 orgRid, const QString& userId, EndUserTest test, RevokeScope scope, qint64* revoked);
    /// Id, email and organizations of an end-user found by exact (case-insensitive) email, for the control endpoint.
    std::optional<QJsonObject> findByEmail(const QString& email) const;

private:
    std::optional<qint64> userRidById(const QString& userId) const;
    Lookup lookUp(qint64 orgRid, const QString& userId, EndUserTest test, qint64* userRid) const;
    QList<SessionRecord> sessions(qint64 userRid, qint64 orgRid) const;
    QList<LoginRecord> recentLogins(qint64 userRid, qint64 orgRid) const;
    QHash<qint64, EndUserRecord> users(const QString& ridList) const;
    QHash<qint64, QList<SubscriptionRecord>> subscriptions(const QString& ridList, qint64 orgRid) const;
    QHash<qint64, QList<IdentityRecord>> identities(const QString& ridList) const;

    Database& m_database;
    const SearchIndex& m_searchIndex;
};

} // namespace UserAdmin::DevServer
