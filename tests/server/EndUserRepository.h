// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlRecord>
#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

class Database;
class SearchIndex;

/// The three end-user endpoints over SQLite, in the seed's shapes or the reference server's (legacy) shapes.
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

    EndUserRepository(Database& database, const SearchIndex& searchIndex);

    /// A service of the organization by id or by slug.
    std::optional<qint64> serviceRid(qint64 orgRid, const QString& idOrSlug, bool slugOnly) const;
    QJsonObject list(const ListRequest& request, bool legacy);
    Lookup detail(qint64 orgRid, const QString& userId, bool legacy, QJsonObject* result) const;
    /// Seed: deletes the user's active sessions in that organization. Legacy: every session of the user.
    Lookup revoke(qint64 orgRid, const QString& userId, bool legacy, qint64* revoked);
    /// Rid and organizations of an end-user found by exact (case-insensitive) email, for the control endpoint.
    std::optional<QJsonObject> findByEmail(const QString& email) const;

private:
    struct Page
    {
        qint64 total = 0;
        QList<qint64> userRids;
    };
    Page findPage(const ListRequest& request);
    std::optional<qint64> userRidById(const QString& userId) const;
    bool isEndUserOf(qint64 userRid, qint64 orgRid) const;
    QJsonObject legacyDetail(qint64 userRid, qint64 orgRid) const;

    Database& m_database;
    const SearchIndex& m_searchIndex;
};

} // namespace UserAdmin::DevServer
