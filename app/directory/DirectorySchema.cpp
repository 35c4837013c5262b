// SPDX-License-Identifier: MIT
#include "directory/DirectorySchema.h"

namespace UserAdmin {

QStringList DirectorySchema::statements()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "email TEXT NOT NULL, email_lower TEXT NOT NULL, created_at INTEGER, last_login_at INTEGER, "
                       "mfa INTEGER, services TEXT NOT NULL, providers TEXT NOT NULL, shape INTEGER NOT NULL, "
                       "seen INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pages_done (page INTEGER PRIMARY KEY, rows INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_email ON users (email_lower, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_created ON users (created_at, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_last_login ON users (last_login_at, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_mfa ON users (mfa, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_services ON users (services, id)"),
        // The index holds no copy of the emails (external content): trigrams of the lower-cased address only, with
        // positions (phrase queries need them).
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS users_fts USING fts5(email_lower, content='users', "
                       "content_rowid='rowid', tokenize='trigram case_sensitive 1')"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS users_ai AFTER INSERT ON users BEGIN "
                       "INSERT INTO users_fts (rowid, email_lower) VALUES (new.rowid, new.email_lower); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS users_ad AFTER DELETE ON users BEGIN "
                       "INSERT INTO users_fts (users_fts, rowid, email_lower) VALUES ('delete', old.rowid, "
                       "old.email_lower); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS users_au AFTER UPDATE OF email_lower ON users BEGIN "
                       "INSERT INTO users_fts (users_fts, rowid, email_lower) VALUES ('delete', old.rowid, "
                       "old.email_lower); INSERT INTO users_fts (rowid, email_lower) VALUES (new.rowid, "
                       "new.email_lower); END"),
    };
}

} // namespace UserAdmin
