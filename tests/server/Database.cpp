// SPDX-License-Identifier: MIT
#include "Database.h"

#include "DatabaseError.h"
#include "SqlQuery.h"

#include <QFile>
#include <QSqlError>
#include <QStringList>

namespace UserAdmin::DevServer {

namespace {

const char* const SchemaStatements[] = {
    "CREATE TABLE tiers(id TEXT PRIMARY KEY, name TEXT, display_name TEXT, default_max_services INT,"
    " default_max_users INT, features TEXT, price_cents INT, currency TEXT, created_at TEXT)",
    "CREATE TABLE organizations(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, slug TEXT NOT NULL UNIQUE,"
    " name TEXT, owner_rid INT, status TEXT, tier_id TEXT, max_services INT, max_users INT, approved_by TEXT,"
    " approved_at TEXT, rejected_by TEXT, rejected_at TEXT, rejection_reason TEXT, created_at TEXT, updated_at TEXT)",
    // Members and end-users share one table, as on the platform. g_* columns drive the bulk generator.
    "CREATE TABLE users(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, email TEXT NOT NULL, email_lc TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT, email_verified INT, mfa_enabled INT, last_login_at TEXT,"
    " is_platform_owner INT NOT NULL DEFAULT 0, is_member INT NOT NULL DEFAULT 0, g_org INT, g_services INT,"
    " g_sessions INT, g_session_service INT, g_identities INT, g_plan INT)",
    "CREATE TABLE memberships(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, org_rid INT NOT NULL, user_rid INT NOT NULL,"
    " role TEXT NOT NULL, created_at TEXT)",
    "CREATE TABLE services(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, org_rid INT NOT NULL, idx INT NOT NULL,"
    " slug TEXT NOT NULL, name TEXT, service_type TEXT, client_id TEXT, redirect_uris TEXT, github_scopes TEXT,"
    " microsoft_scopes TEXT, google_scopes TEXT, device_activation_uri TEXT, created_at TEXT,"
    " plan_count INT NOT NULL DEFAULT 0, subscription_count INT NOT NULL DEFAULT 0)",
    "CREATE TABLE plans(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, service_rid INT NOT NULL, idx INT, name TEXT)",
    // One row per end-user and service used (a subscription with login times). Denormalised for paging.
    "CREATE TABLE eus(user_rid INT NOT NULL, service_rid INT NOT NULL, org_rid INT NOT NULL, user_id TEXT NOT NULL,"
    " user_created_at TEXT NOT NULL, email_lc TEXT NOT NULL, first_login_at TEXT, last_login_at TEXT, plan_rid INT,"
    " status TEXT, current_period_end TEXT, created_at TEXT, PRIMARY KEY(user_rid, service_rid)) WITHOUT ROWID",
    // One row per end-user and organization, stored in list order (the search index reads it in rid order).
    "CREATE TABLE org_end_users(rid INTEGER PRIMARY KEY, org_rid INT NOT NULL, user_rid INT NOT NULL,"
    " user_id TEXT NOT NULL, created_at TEXT NOT NULL, email_lc TEXT NOT NULL, service_mask INT NOT NULL)",
    "CREATE TABLE identities(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, provider TEXT NOT NULL,"
    " provider_user_id TEXT NOT NULL, email TEXT, linked_at TEXT)",
    "CREATE TABLE eu_sessions(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, org_rid INT NOT NULL, service_rid INT,"
    " created_at TEXT NOT NULL, expires_at INT NOT NULL)",
    "CREATE TABLE admin_sessions(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, token_hash BLOB NOT NULL,"
    " refresh_hash BLOB, refresh_expires_at INT, expires_at INT NOT NULL, created_at INT NOT NULL)",
    "CREATE INDEX admin_sessions_token ON admin_sessions(token_hash)",
    "CREATE INDEX admin_sessions_refresh ON admin_sessions(refresh_hash)",
    "CREATE INDEX memberships_user ON memberships(user_rid, created_at)",
    "CREATE INDEX memberships_org ON memberships(org_rid, created_at)",
};

const char* const IndexStatements[] = {
    "INSERT INTO org_end_users(org_rid, user_rid, user_id, created_at, email_lc, service_mask)"
    " SELECT e.org_rid, e.user_rid, e.user_id, e.user_created_at, e.email_lc, sum(1 << s.idx) FROM eus e"
    " JOIN services s ON s.rid = e.service_rid GROUP BY e.org_rid, e.user_rid"
    " ORDER BY e.org_rid, e.user_created_at DESC, e.user_id",
    "CREATE UNIQUE INDEX users_id ON users(id)",
    "CREATE INDEX users_member_email ON users(email) WHERE is_member = 1",
    "CREATE INDEX identities_user ON identities(user_rid)",
    "CREATE INDEX eu_sessions_user ON eu_sessions(user_rid, org_rid)",
    "CREATE TEMP TABLE subscription_counts AS SELECT service_rid, count(*) AS n FROM eus WHERE status = 'active'"
    " GROUP BY service_rid",
    "UPDATE services SET subscription_count = coalesce((SELECT n FROM subscription_counts c WHERE c.service_rid = "
    "services.rid), 0),"
    " plan_count = (SELECT count(*) FROM plans WHERE plans.service_rid = services.rid)",
    "DROP TABLE subscription_counts",
};

} // namespace

Database::Database() = default;

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName());
}

QString Database::connectionName()
{
    return QStringLiteral("sso-dev-server");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(connectionName(), false);
}

void Database::exec(const QString& statement) const
{
    SqlQuery(connection()).exec(statement);
}

bool Database::open(const QString& path, QString* errorMessage)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDir->isValid()) {
            *errorMessage = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        m_path = m_temporaryDir->filePath(QStringLiteral("sso-dev-server.sqlite"));
    }
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix) && !QFile::remove(m_path + suffix)) {
            *errorMessage = QStringLiteral("cannot remove %1").arg(m_path + suffix);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *errorMessage = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    try {
        for (const char* statement : SchemaStatements)
            exec(QString::fromLatin1(statement));
    } catch (const DatabaseError& error) {
        *errorMessage = error.message();
        return false;
    }
    return true;
}

void Database::beginSeeding()
{
    for (const char* pragma : {"PRAGMA journal_mode=OFF",
                               "PRAGMA synchronous=OFF",
                               "PRAGMA locking_mode=EXCLUSIVE",
                               "PRAGMA temp_store=MEMORY",
                               "PRAGMA cache_size=-1000000",
                               "PRAGMA mmap_size=4000000000"})
        exec(QString::fromLatin1(pragma));
    if (!connection().transaction())
        exec(QStringLiteral("BEGIN"));
}

void Database::finishSeeding()
{
    for (const char* statement : IndexStatements)
        exec(QString::fromLatin1(statement));
    if (!connection().commit())
        throw DatabaseError(QStringLiteral("commit failed: %1").arg(connection().lastError().text()));
    // The data is throw-away, so durability does not matter; a journal keeps revoke and sessions atomic.
    exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
    exec(QStringLiteral("PRAGMA analysis_limit=2000"));
    exec(QStringLiteral("ANALYZE"));
}

} // namespace UserAdmin::DevServer
