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
    // password_hash: the shown (fake) hash of an end-user, or a member's salted SHA-256 checked at sign-in.
    "CREATE TABLE users(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, email TEXT NOT NULL, email_lc TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT, email_verified INT, mfa_enabled INT, last_login_at TEXT,"
    " is_platform_owner INT NOT NULL DEFAULT 0, is_member INT NOT NULL DEFAULT 0, password_hash TEXT,"
    " email_verified_at TEXT, deleted_at TEXT, totp_secret TEXT, g_org INT, g_services INT,"
    " g_sessions INT, g_session_service INT, g_identities INT, g_plan INT)",
    "CREATE TABLE memberships(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, org_rid INT NOT NULL, user_rid INT NOT NULL,"
    " role TEXT NOT NULL, created_at TEXT)",
    "CREATE TABLE services(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, org_rid INT NOT NULL, idx INT NOT NULL,"
    " slug TEXT NOT NULL, name TEXT, service_type TEXT, client_id TEXT, redirect_uris TEXT, github_scopes TEXT,"
    " microsoft_scopes TEXT, google_scopes TEXT, device_activation_uri TEXT, created_at TEXT,"
    " plan_count INT NOT NULL DEFAULT 0, subscription_count INT NOT NULL DEFAULT 0)",
    "CREATE TABLE plans(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, service_rid INT NOT NULL, idx INT, name TEXT)",
    // One row per end-user and service used, with login times; subscribed 0 means an identity created through
    // the service without a subscription. Denormalised for paging.
    "CREATE TABLE eus(user_rid INT NOT NULL, service_rid INT NOT NULL, org_rid INT NOT NULL, user_id TEXT NOT NULL,"
    " user_created_at TEXT NOT NULL, email_lc TEXT NOT NULL, first_login_at TEXT, last_login_at TEXT, plan_rid INT,"
    " status TEXT, current_period_end TEXT, created_at TEXT, subscribed INT NOT NULL DEFAULT 1,"
    " PRIMARY KEY(user_rid, service_rid)) WITHOUT ROWID",
    // One row per end-user and organization, stored in list order (the search index reads it in rid order).
    "CREATE TABLE org_end_users(rid INTEGER PRIMARY KEY, org_rid INT NOT NULL, user_rid INT NOT NULL,"
    " user_id TEXT NOT NULL, created_at TEXT NOT NULL, email_lc TEXT NOT NULL, service_mask INT NOT NULL)",
    "CREATE TABLE identities(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, provider TEXT NOT NULL,"
    " provider_user_id TEXT NOT NULL, email TEXT, linked_at TEXT)",
    // service_rid NULL: a session tied to the organization itself.
    "CREATE TABLE eu_sessions(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, org_rid INT NOT NULL, service_rid INT,"
    " created_at TEXT NOT NULL, expires_at INT NOT NULL, id TEXT, ip_address TEXT, user_agent TEXT,"
    " refresh_expires_at INT)",
    // End-users' sign-ins to an organization (2026 shape).
    "CREATE TABLE logins(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, user_rid INT NOT NULL, org_rid INT NOT NULL,"
    " service_rid INT, provider TEXT NOT NULL, ip_address TEXT, user_agent TEXT, risk_score INT,"
    " risk_factors TEXT NOT NULL, geo_country TEXT, geo_city TEXT, created_at TEXT NOT NULL)",
    "CREATE INDEX logins_user ON logins(user_rid, org_rid, created_at)",
    // Roles and their capabilities; org_rid NULL for the built-in roles of every organization.
    "CREATE TABLE roles(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, org_rid INT, name TEXT NOT NULL,"
    " description TEXT, permissions TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE audit_logs(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, org_rid INT NOT NULL, actor_rid INT,"
    " action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL, ip_address TEXT, user_agent TEXT,"
    " success INT NOT NULL, metadata TEXT, created_at TEXT NOT NULL)",
    "CREATE INDEX audit_logs_org ON audit_logs(org_rid, created_at)",
    "CREATE TABLE risk_events(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, org_rid INT NOT NULL, user_rid INT NOT NULL,"
    " created_at TEXT NOT NULL, risk_score INT NOT NULL, risk_factors TEXT NOT NULL, risk_action TEXT NOT NULL,"
    " geo_country TEXT, geo_city TEXT, geo_lat REAL, geo_long REAL, ip_address TEXT, provider TEXT NOT NULL)",
    "CREATE INDEX risk_events_org ON risk_events(org_rid, created_at)",
    // Member sessions. family: every session descended from one sign-in by refresh rotation; org_rid, role:
    // the organization a scoped session was selected for and the role then (a change ends the refresh).
    "CREATE TABLE admin_sessions(rid INTEGER PRIMARY KEY, user_rid INT NOT NULL, token_hash BLOB NOT NULL,"
    " refresh_hash BLOB, refresh_expires_at INT, expires_at INT NOT NULL, created_at INT NOT NULL, family TEXT,"
    " org_rid INT, role TEXT, audience TEXT, service TEXT, mfa_verified INT NOT NULL DEFAULT 0)",
    // Refresh tokens already rotated away: presenting one again revokes its family (2026 shape).
    "CREATE TABLE used_refresh_tokens(hash BLOB PRIMARY KEY, family TEXT NOT NULL) WITHOUT ROWID",
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
