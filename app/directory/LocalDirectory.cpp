// SPDX-License-Identifier: MIT
#include "directory/LocalDirectory.h"

#include "core/Logging.h"
#include "directory/DirectorySchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace UserAdmin {

namespace {

QAtomicInteger<quint64> s_connections;

constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Lists keep the service slugs between newlines, so that one slug is found with instr() whatever characters it has.
QString joinList(const QStringList& items)
{
    return items.isEmpty() ? QStringLiteral("") : QLatin1Char('\n') + items.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList splitList(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QVariant msecs(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<QDateTime> timeFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// Trigram search needs three characters (code points); shorter terms are matched by a scan.
bool usesTrigrams(const QString& lowered)
{
    return lowered.toUcs4().size() >= 3;
}

QString ftsPhrase(const QString& lowered)
{
    QString quoted = lowered;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString sortColumn(DirectoryQuery::SortKey key)
{
    switch (key) {
    case DirectoryQuery::SortKey::Email:
        return QStringLiteral("email_lower");
    case DirectoryQuery::SortKey::LastLogin:
        return QStringLiteral("last_login_at");
    case DirectoryQuery::SortKey::Created:
    case DirectoryQuery::SortKey::None:
        return QStringLiteral("created_at");
    case DirectoryQuery::SortKey::Mfa:
        return QStringLiteral("mfa");
    case DirectoryQuery::SortKey::Services:
        return QStringLiteral("services");
    }
    return QStringLiteral("created_at");
}

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereFor(const DirectoryQuery& query)
{
    WhereClause where;
    QStringList parts;
    const QString search = query.search.trimmed().toLower();
    if (!search.isEmpty()) {
        if (usesTrigrams(search)) {
            parts << QStringLiteral("rowid IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
            where.values << ftsPhrase(search);
        } else {
            parts << QStringLiteral("instr(email_lower, ?) > 0");
            where.values << search;
        }
    }
    if (!query.serviceSlug.isEmpty()) {
        parts << QStringLiteral("instr(services, ?) > 0");
        where.values << joinList({query.serviceSlug});
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

QString orderFor(const DirectoryQuery& query)
{
    // The servers list the newest account first; sorted views break ties by id so that paging is stable.
    Qt::SortOrder order = query.order;
    if (query.sortKey == DirectoryQuery::SortKey::None)
        order = Qt::DescendingOrder;
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + sortColumn(query.sortKey) + direction + QStringLiteral(", id") + direction;
}

const QString SelectColumns =
    QStringLiteral("SELECT id, email, created_at, last_login_at, mfa, services, providers, shape FROM users");

EndUserSummary userFrom(const QSqlQuery& q)
{
    EndUserSummary user;
    user.id = q.value(0).toString();
    user.email = q.value(1).toString();
    user.createdAt = timeFrom(q.value(2));
    user.lastLoginAt = timeFrom(q.value(3));
    if (!q.value(4).isNull())
        user.mfaEnabled = q.value(4).toInt() != 0;
    user.services = splitList(q.value(5).toString());
    for (const QString& provider : splitList(q.value(6).toString())) {
        LinkedIdentity identity;
        identity.provider = provider;
        user.identities.append(identity);
    }
    user.shape = static_cast<ResponseShape>(std::clamp(q.value(7).toInt(), 0, 2));
    return user;
}

} // namespace

LocalDirectory::LocalDirectory(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("useradmin-directory-%1").arg(++s_connections))
{ }

LocalDirectory::~LocalDirectory()
{
    close();
}

void LocalDirectory::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool LocalDirectory::fail(const QString& what, const QString& detail)
{
    m_error = what + QStringLiteral(": ") + detail;
    qCWarning(lcApi) << "local directory:" << m_error;
    return false;
}

bool LocalDirectory::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(sql, q.lastError().text());
    return true;
}

bool LocalDirectory::open()
{
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("create directory"), dir.absolutePath());
    if (!QFile::setPermissions(dir.absolutePath(), OwnerOnlyDir))
        return fail(QStringLiteral("restrict directory"), dir.absolutePath());
    // Create the file before SQLite does, so that it is never readable by others; SQLite gives its journal files
    // the database's permissions.
    QFile file(m_path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("create file"), file.errorString());
        file.close();
    }
    if (!file.setPermissions(OwnerOnlyFile))
        return fail(QStringLiteral("restrict file"), file.errorString());

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        const QString message = m_db.lastError().text();
        close();
        return fail(QStringLiteral("open"), message);
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !createSchema()) {
        close();
        return false;
    }
    return true;
}

bool LocalDirectory::createSchema()
{
    const QStringList statements = DirectorySchema::statements();
    for (const QString& statement : statements) {
        if (!exec(statement))
            return false;
    }
    return true;
}

std::optional<QString> LocalDirectory::meta(const QString& key)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"))) {
        fail(QStringLiteral("read meta"), q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(key);
    if (!q.exec()) {
        fail(QStringLiteral("read meta"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool LocalDirectory::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
        return fail(QStringLiteral("write meta"), q.lastError().text());
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return fail(QStringLiteral("write meta"), q.lastError().text());
    return true;
}

bool LocalDirectory::setLabels(const QString& origin, const QString& slug, const QString& organizationName)
{
    return setMeta(QStringLiteral("origin"), origin) && setMeta(QStringLiteral("organization"), slug)
        && setMeta(QStringLiteral("organization_name"), organizationName);
}

std::optional<LocalDirectory::BuildState> LocalDirectory::resumeOrBeginBuild()
{
    BuildState state;
    const auto building = meta(QStringLiteral("building"));
    const auto generation = meta(QStringLiteral("generation"));
    state.generation = generation ? generation->toLongLong() : 0;
    if (building && *building == QStringLiteral("1")) {
        state.inProgress = true;
        state.total = meta(QStringLiteral("build_total")).value_or(QStringLiteral("-1")).toLongLong();
        state.pass = meta(QStringLiteral("build_pass")).value_or(QStringLiteral("0")).toInt();
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT page, rows FROM pages_done"))) {
            fail(QStringLiteral("read pages"), q.lastError().text());
            return std::nullopt;
        }
        while (q.next()) {
            state.pagesDone.insert(q.value(0).toLongLong());
            state.rowsStored += q.value(1).toLongLong();
        }
        return state;
    }
    state.generation += 1;
    if (!exec(QStringLiteral("DELETE FROM pages_done"))
        || !setMeta(QStringLiteral("generation"), QString::number(state.generation))
        || !setMeta(QStringLiteral("building"), QStringLiteral("1"))
        || !setMeta(QStringLiteral("build_pass"), QStringLiteral("0"))
        || !setMeta(QStringLiteral("build_total"), QStringLiteral("-1")))
        return std::nullopt;
    state.inProgress = true;
    return state;
}

bool LocalDirectory::storePage(qint64 generation, qint64 page, const QList<EndUserSummary>& users)
{
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral(
        "INSERT INTO users (id, email, email_lower, created_at, last_login_at, mfa, services, providers, shape, seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET email = excluded.email, "
        "email_lower = excluded.email_lower, created_at = excluded.created_at, "
        "last_login_at = excluded.last_login_at, mfa = excluded.mfa, services = excluded.services, "
        "providers = excluded.providers, shape = excluded.shape, seen = excluded.seen"));
    for (qsizetype i = 0; ok && i < users.size(); ++i) {
        const EndUserSummary& user = users.at(i);
        QStringList providers;
        for (const LinkedIdentity& identity : user.identities) {
            if (!providers.contains(identity.provider))
                providers.append(identity.provider);
        }
        q.addBindValue(user.id);
        q.addBindValue(user.email);
        q.addBindValue(user.email.toLower());
        q.addBindValue(msecs(user.createdAt));
        q.addBindValue(msecs(user.lastLoginAt));
        q.addBindValue(user.mfaEnabled ? QVariant(int(*user.mfaEnabled)) : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(joinList(user.services));
        q.addBindValue(joinList(providers));
        q.addBindValue(int(user.shape));
        q.addBindValue(generation);
        ok = q.exec();
    }
    QString error = ok ? QString() : q.lastError().text();
    if (ok) {
        QSqlQuery mark(m_db);
        ok = mark.prepare(QStringLiteral("INSERT OR REPLACE INTO pages_done (page, rows) VALUES (?, ?)"));
        mark.addBindValue(page);
        mark.addBindValue(users.size());
        ok = ok && mark.exec();
        if (!ok)
            error = mark.lastError().text();
    }
    if (!ok) {
        m_db.rollback();
        return fail(QStringLiteral("store page"), error);
    }
    if (!m_db.commit())
        return fail(QStringLiteral("commit"), m_db.lastError().text());
    return true;
}

bool LocalDirectory::setBuildTotal(qint64 total)
{
    return setMeta(QStringLiteral("build_total"), QString::number(total));
}

bool LocalDirectory::startAnotherPass(int pass)
{
    return exec(QStringLiteral("DELETE FROM pages_done"))
        && setMeta(QStringLiteral("build_pass"), QString::number(pass));
}

std::optional<qint64> LocalDirectory::countGeneration(qint64 generation)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE seen = ?"))) {
        fail(QStringLiteral("count"), q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(generation);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("count"), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool LocalDirectory::finishBuild(qint64 generation, qint64 serverTotal)
{
    if (!m_db.transaction())
        return fail(QStringLiteral("begin"), m_db.lastError().text());
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral("DELETE FROM users WHERE seen <> ?"));
    q.addBindValue(generation);
    ok = ok && q.exec();
    const QString error = ok ? QString() : q.lastError().text();
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    ok = ok && exec(QStringLiteral("DELETE FROM pages_done"))
        && setMeta(QStringLiteral("building"), QStringLiteral("0")) && setMeta(QStringLiteral("built_at"), now)
        && setMeta(QStringLiteral("used_at"), now)
        && setMeta(QStringLiteral("server_total"), QString::number(serverTotal));
    if (!ok) {
        m_db.rollback();
        return error.isEmpty() ? false : fail(QStringLiteral("finish build"), error);
    }
    if (!m_db.commit())
        return fail(QStringLiteral("commit"), m_db.lastError().text());
    return true;
}

std::optional<QDateTime> LocalDirectory::builtAt()
{
    const auto value = meta(QStringLiteral("built_at"));
    if (!value)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
}

void LocalDirectory::touch()
{
    setMeta(QStringLiteral("used_at"), QString::number(QDateTime::currentMSecsSinceEpoch()));
}

std::optional<qint64> LocalDirectory::count(const DirectoryQuery& query)
{
    const WhereClause where = whereFor(query);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM users") + where.sql)) {
        fail(QStringLiteral("count"), q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant& value : where.values)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("count"), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<EndUserSummary>> LocalDirectory::rows(const DirectoryQuery& query, qint64 offset, int limit)
{
    const WhereClause where = whereFor(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(SelectColumns + where.sql + orderFor(query) + QStringLiteral(" LIMIT ? OFFSET ?"))) {
        fail(QStringLiteral("read rows"), q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant& value : where.values)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        fail(QStringLiteral("read rows"), q.lastError().text());
        return std::nullopt;
    }
    QList<EndUserSummary> users;
    users.reserve(limit);
    while (q.next())
        users.append(userFrom(q));
    return users;
}

bool LocalDirectory::forEach(const DirectoryQuery& query, const std::function<bool(const EndUserSummary&)>& row)
{
    const WhereClause where = whereFor(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(SelectColumns + where.sql + orderFor(query)))
        return fail(QStringLiteral("read rows"), q.lastError().text());
    for (const QVariant& value : where.values)
        q.addBindValue(value);
    if (!q.exec())
        return fail(QStringLiteral("read rows"), q.lastError().text());
    while (q.next()) {
        if (!row(userFrom(q)))
            break;
    }
    return true;
}

std::optional<QList<EndUserSummary>> LocalDirectory::findEmail(const QString& email)
{
    QSqlQuery q(m_db);
    if (!q.prepare(SelectColumns + QStringLiteral(" WHERE email_lower = ? ORDER BY id"))) {
        fail(QStringLiteral("find"), q.lastError().text());
        return std::nullopt;
    }
    q.addBindValue(email.trimmed().toLower());
    if (!q.exec()) {
        fail(QStringLiteral("find"), q.lastError().text());
        return std::nullopt;
    }
    QList<EndUserSummary> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
}

qint64 LocalDirectory::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

} // namespace UserAdmin
