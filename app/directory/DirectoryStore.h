// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryQuery.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace UserAdmin {

/// Where the local copies live (one SQLite file per server origin and organization under the cache location) and
/// the settings about them: on or off, how many requests fill one at once, when one is old, whether the person
/// agreed to a copy of an organization, the sort of the end-user table. Never a token.
class DirectoryStore
{
public:
    /// `<cache>/directory`, made 0700 by LocalDirectory::open().
    static QString rootPath();
    static QString fileFor(const QString& origin, const QString& slug);
    /// Every copy's file.
    static QStringList files();
    /// Removes every copy (with its journal files). False when one could not be removed.
    static bool forgetAll();
    /// Removes the copies of one server (signing out).
    static bool forgetServer(const QString& origin);
    /// Removes copies not used for `unused` (30 days at start-up); returns how many went.
    static int pruneUnused(std::chrono::hours unused = std::chrono::hours(24 * 30));

    /// Whether the program keeps local copies at all (default on).
    static bool enabled();
    static void setEnabled(bool enabled);
    /// Requests in flight while filling a copy (1..16, default 4).
    static int concurrency();
    static void setConcurrency(int requests);
    /// A copy older than this is refreshed in the background (default 15 minutes).
    static std::chrono::minutes maxAge();
    static void setMaxAge(std::chrono::minutes age);

    enum class Consent { NotAsked, Agreed, Declined };
    static Consent consent(const QString& origin, const QString& slug);
    static void setConsent(const QString& origin, const QString& slug, Consent consent);

    /// The sort of the end-user table (remembered between runs).
    static DirectoryQuery::SortKey sortKey();
    static Qt::SortOrder sortOrder();
    static void setSort(DirectoryQuery::SortKey key, Qt::SortOrder order);

private:
    static bool removeFiles(const QString& databasePath);
};

} // namespace UserAdmin
