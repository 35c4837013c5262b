// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace UserAdmin::DevServer {

/// The SQLite database of sso-dev-server: one connection, recreated at every start.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (and empties) the file, or a temporary file when path is empty, and creates the tables.
    bool open(const QString& path, QString* errorMessage);
    /// Bulk-load settings while seeding; finishSeeding() builds the indexes and restores safe settings.
    /// Both throw DatabaseError.
    void beginSeeding();
    void finishSeeding();

    QSqlDatabase connection() const;
    /// Runs one statement without parameters; throws DatabaseError.
    void exec(const QString& statement) const;

    static QString connectionName();

private:
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_path;
};

} // namespace UserAdmin::DevServer
