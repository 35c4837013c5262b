// SPDX-License-Identifier: MIT
#pragma once

#include "ServerShape.h"

#include <QString>

namespace UserAdmin::DevServer {

class Database;

/// Fills the database: the fixed rows of data/fixed-data.json (FixedDataSeeder) plus N generated end-users
/// (GeneratedSeeder). The same seed gives the same data (except what is relative to now, such as session
/// expiry).
class Seeder
{
public:
    Seeder(Database& database, quint64 seed, ServerShape shape);
    bool seed(qint64 generatedUsers, QString* errorMessage);

private:
    Database& m_database;
    quint64 m_seed;
    ServerShape m_shape;
};

} // namespace UserAdmin::DevServer
