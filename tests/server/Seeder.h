// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>

namespace UserAdmin::DevServer {

class Database;

/// Fills the database from a deterministic generator: the fixed accounts of README.md plus N generated
/// end-users. The same seed gives the same data (except session expiry, which is relative to now).
class Seeder
{
public:
    Seeder(Database& database, quint64 seed);
    bool seed(qint64 generatedUsers, QString* errorMessage);

    /// A UUID-v4-shaped id derived from the seed, a kind and a number.
    QString uuid(quint64 kind, quint64 number) const;
    static quint64 mix(quint64 value);

private:
    bool seedFixed(QString* errorMessage);
    bool seedGenerated(qint64 count, QString* errorMessage);
    bool deriveGenerated(QString* errorMessage);
    bool insert(const QString& table, const QStringList& columns, const QVariantList& values, QString* errorMessage);
    qint64 insertUser(const QString& email,
                      qint64 createdAt,
                      const QVariant& lastLoginAt,
                      bool mfa,
                      bool verified,
                      bool member,
                      bool platformOwner,
                      QString* errorMessage);

    Database& m_database;
    quint64 m_seed;
    qint64 m_nextUserRid = 1;
    qint64 m_now = 0;
};

} // namespace UserAdmin::DevServer
