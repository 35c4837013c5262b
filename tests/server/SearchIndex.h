// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace UserAdmin::DevServer {

class Database;

/// The end-user list of every organization, in memory and in list order (newest account first, then id):
/// user rids, a bit mask of the services each uses, and the lower-cased emails (QString::toLower, so
/// non-ASCII works) in one buffer. A page is a slice; a search is one memmem pass over the buffer, which
/// gives the exact total and the page in milliseconds even for a million users and for one- or
/// two-character terms that no trigram index serves. Memberships never change after seeding, so the
/// index is built once; the database stays the source of every field answered.
class SearchIndex
{
public:
    struct Result
    {
        qint64 total = 0;
        QList<qint64> userRids;
    };

    bool load(const Database& database, QString* errorMessage);
    /// Users of the organization whose email contains term (already lower-cased; empty: every user),
    /// optionally only those using the service with that index; the page is [offset, offset + limit).
    Result find(qint64 orgRid, const QString& term, std::optional<int> serviceIndex, qint64 offset, qint64 limit) const;

private:
    struct Organization
    {
        QByteArray text; // emails separated by '\n'
        std::vector<quint32> starts; // start of each email in text
        std::vector<qint64> userRids; // same order
        std::vector<quint32> services; // bit per service index
    };
    QHash<qint64, Organization> m_organizations;
};

} // namespace UserAdmin::DevServer
