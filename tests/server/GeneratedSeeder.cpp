// SPDX-License-Identifier: MIT
#include "GeneratedSeeder.h"

#include "Database.h"
#include "DatabaseError.h"
#include "SeedIds.h"
#include "SqlQuery.h"
#include "Timestamps.h"

#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace UserAdmin::DevServer {

namespace {

const char* const FirstNames[] = {
    "james", "mary",    "john",     "patricia", "robert",    "jennifer", "michael", "linda",  "william", "elizabeth",
    "david", "barbara", "richard",  "susan",    "joseph",    "jessica",  "thomas",  "sarah",  "charles", "karen",
    "zoë",   "jürgen",  "françois", "søren",    "łukasz",    "josé",     "mónica",  "björn",  "élodie",  "anaïs",
    "ömer",  "ingrid",  "hana",     "yuki",     "wei",       "priya",    "arjun",   "fatima", "olga",    "dmitri",
    "chloé", "renée",   "noël",     "maría",    "sebastián", "émile",    "ærin",    "ørjan",  "ágnes",   "ümit",
};
const char* const LastNames[] = {
    "smith",  "johnson", "williams",  "brown",   "jones",  "garcia",    "miller", "davis",  "rodriguez", "martinez",
    "müller", "schmidt", "schneider", "fischer", "weber",  "meyer",     "wagner", "becker", "dubois",    "lefèvre",
    "møller", "nowak",   "kowalski",  "rossi",   "russo",  "tanaka",    "suzuki", "kim",    "lee",       "chen",
    "wang",   "singh",   "patel",     "o'neil",  "nguyen", "andersson", "żółć",   "øst",    "çelik",     "ågren",
};
const char* const Domains[] = {
    "example.com",
    "example.org",
    "mail.example",
    "customer.com",
    "corp.example",
    "example.de",
    "example.fr",
    "example.co.uk",
    "inbox.example",
    "post.example",
};

constexpr qint64 GeneratedFrom = 1672531200; // 2023-01-01
constexpr qint64 GeneratedUntil = 1764460800; // 2025-11-30
constexpr qint64 LoginsUntil = 1765756800; // 2025-12-15

} // namespace

GeneratedSeeder::GeneratedSeeder(Database& database, const SeedIds& ids, QHash<qint64, int> serviceCounts, qint64 now)
    : m_database(database)
    , m_ids(ids)
    , m_serviceCounts(std::move(serviceCounts))
    , m_now(now)
{ }

qint64 GeneratedSeeder::seedUsers(qint64 firstRid, qint64 count)
{
    if (count > 0 && (m_serviceCounts.value(1) < 1 || m_serviceCounts.value(2) < 1 || m_serviceCounts.value(3) < 1))
        throw DatabaseError(QStringLiteral("the generator needs services in the first three organizations"));
    constexpr int Columns = 15;
    constexpr int BatchRows = 64;
    const qint64 shift = std::max<qint64>(0, (m_now / 86400) * 86400 - LoginsUntil);
    const QString rowMarks = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QString head = QStringLiteral(
        "INSERT INTO users(rid, id, email, email_lc, created_at, updated_at, email_verified, mfa_enabled,"
        " last_login_at, g_org, g_services, g_sessions, g_session_service, g_identities, g_plan) VALUES ");
    const auto statementFor = [&](int rows) {
        QStringList marks;
        for (int i = 0; i < rows; ++i)
            marks << rowMarks;
        return head + marks.join(QLatin1Char(','));
    };
    SqlQuery batch(m_database.connection());
    batch.prepare(statementFor(BatchRows));
    const QVariant null(QMetaType::fromType<QString>());
    constexpr auto firstCount = sizeof FirstNames / sizeof *FirstNames;
    constexpr auto lastCount = sizeof LastNames / sizeof *LastNames;
    constexpr auto domainCount = sizeof Domains / sizeof *Domains;
    QList<QString> firstNames;
    QList<QString> lastNames;
    for (const char* name : FirstNames)
        firstNames << QString::fromUtf8(name);
    for (const char* name : LastNames)
        lastNames << QString::fromUtf8(name);

    QVariantList pending;
    pending.reserve(BatchRows * Columns);
    const auto flush = [&](SqlQuery& query) {
        for (qsizetype i = 0; i < pending.size(); ++i)
            query.bindAt(int(i), pending.at(i));
        query.exec();
        pending.clear();
    };

    for (qint64 i = 0; i < count; ++i) {
        const quint64 h = SeedIds::mix(m_ids.seed() * 0x9e3779b97f4a7c15ULL + quint64(i));
        const quint64 h2 = SeedIds::mix(h);
        const quint64 h3 = SeedIds::mix(h2);
        const qint64 rid = firstRid + i;

        const QString& first = firstNames.at(qsizetype(h2 % firstCount));
        const QString& last = lastNames.at(qsizetype((h2 >> 16) % lastCount));
        const QString domain = QString::fromLatin1(Domains[(h2 >> 32) % domainCount]);
        const QString number = QString::number(i + 1);
        QString email;
        switch ((h2 >> 40) % 10) {
        case 5:
            email = first + QLatin1Char('.') + last + QLatin1Char('+') + QStringLiteral("shop") + number
                + QLatin1Char('@') + domain;
            break;
        case 6:
            email = (first + QLatin1Char('.') + last + QLatin1Char('.') + number + QLatin1Char('@') + domain).toUpper();
            break;
        case 7:
            email = first + QLatin1Char('_') + last + number + QLatin1Char('@') + domain;
            break;
        case 8:
            email = first.left(1) + QLatin1Char('.') + last + number + QLatin1Char('@') + domain;
            break;
        case 9: {
            QString capitalizedFirst = first;
            QString capitalizedLast = last;
            capitalizedFirst[0] = capitalizedFirst.at(0).toUpper();
            capitalizedLast[0] = capitalizedLast.at(0).toUpper();
            email = capitalizedFirst + QLatin1Char('.') + capitalizedLast + QLatin1Char('.') + number + QLatin1Char('@')
                + domain;
            break;
        }
        default:
            email = first + QLatin1Char('.') + last + QLatin1Char('.') + number + QLatin1Char('@') + domain;
            break;
        }

        const int orgRoll = int(h % 100);
        const qint64 org = orgRoll < 80 ? 1 : orgRoll < 92 ? 2 : 3;
        const int serviceCount = m_serviceCounts.value(org);
        const int primary = int((h >> 8) % quint64(serviceCount));
        int mask = 1 << primary;
        if ((h >> 12) % 100 < 40)
            mask |= 1 << int((h >> 16) % quint64(serviceCount));
        const bool neverSignedIn = (h >> 24) % 100 < 7;
        const bool mfa = !neverSignedIn && (h >> 32) % 100 < 60;
        const bool verified = (h >> 40) % 100 < 85;
        const int identityRoll = int((h >> 48) % 100);
        const int identities = neverSignedIn ? 0
            : identityRoll < 30              ? 0
            : identityRoll < 75              ? 1
            : identityRoll < 93              ? 2
                                             : 3;
        const int sessions = neverSignedIn ? 0 : int((h >> 56) % 4);
        const qint64 created = GeneratedFrom + qint64(h3 % quint64(GeneratedUntil - GeneratedFrom));
        // Generated activity is moved forward so that it ends today (whole days, so a day's runs agree):
        // the demo then shows recent logins rather than ones a year old.
        const QString createdText = Timestamps::fromEpoch(created + shift);
        QVariant lastLogin = null;
        if (!neverSignedIn)
            lastLogin = Timestamps::fromEpoch(created + qint64((h3 >> 20) % quint64(LoginsUntil - created)) + shift);

        pending << rid << m_ids.uuid(SeedIds::User, quint64(rid)) << email << email.toLower() << createdText
                << (neverSignedIn ? QVariant(createdText) : lastLogin) << verified << mfa << lastLogin << org << mask
                << sessions << primary << identities << int((h3 >> 60) & 1);
        if (pending.size() == BatchRows * Columns)
            flush(batch);
    }
    if (!pending.isEmpty()) {
        SqlQuery tail(m_database.connection());
        tail.prepare(statementFor(int(pending.size() / Columns)));
        flush(tail);
    }
    return firstRid + count;
}

void GeneratedSeeder::deriveRows(bool sessionDetails)
{
    // Built by concatenation, not QString::arg(), which would also take SQL's "%0…" patterns for markers.
    const QString subscriptions =
        QStringLiteral(
            "INSERT INTO eus(user_rid, service_rid, org_rid, user_id, user_created_at, email_lc, first_login_at,"
            " last_login_at, plan_rid, status, current_period_end, created_at)"
            " SELECT u.rid, s.rid, s.org_rid, u.id, u.created_at, u.email_lc,"
            " CASE WHEN u.last_login_at IS NULL THEN NULL ELSE u.created_at END, u.last_login_at,"
            " (s.rid - 1) * 2 + u.g_plan + 1,"
            " CASE WHEN u.rid % 23 = 0 THEN 'canceled' ELSE 'active' END,"
            " CASE WHEN u.rid % 23 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', u.created_at, '+30 days') ELSE '")
        + Timestamps::fromEpoch((m_now / 86400) * 86400 + 30 * 86400)
        + QStringLiteral("' END, u.created_at"
                         " FROM users u JOIN services s ON s.org_rid = u.g_org AND ((u.g_services >> s.idx) & 1) = 1"
                         " WHERE u.g_org IS NOT NULL");
    const QString identities =
        QStringLiteral("INSERT INTO identities(user_rid, provider, provider_user_id, email, linked_at)"
                       " SELECT u.rid, p.name,"
                       " CASE p.k WHEN 0 THEN CAST(100000 + u.rid * 37 AS TEXT)"
                       " WHEN 1 THEN '10' || printf('%019d', u.rid * 7919)"
                       " ELSE printf('%08x-0000-4000-8000-%012x', u.rid, u.rid * 31) END,"
                       " CASE WHEN p.k = 2 AND u.rid % 3 = 0 THEN NULL ELSE u.email END,"
                       " CASE WHEN p.k = 0 OR u.last_login_at IS NULL THEN u.created_at ELSE u.last_login_at END"
                       " FROM users u JOIN (SELECT 0 AS k, 'github' AS name UNION ALL SELECT 1, 'google' UNION ALL "
                       "SELECT 2, 'microsoft') p"
                       " ON p.k < u.g_identities WHERE u.g_org IS NOT NULL");
    const QString details = sessionDetails
        ? QStringLiteral("printf('%08x-%04x-4000-a000-%012x', u.rid, n.k, u.rid * 3 + n.k),"
                         " '203.0.113.' || ((u.rid * 3 + n.k) % 254 + 1),"
                         " CASE (u.rid + n.k) % 4 WHEN 0 THEN 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) "
                         "Gecko/20100101 Firefox/128.0'"
                         " WHEN 1 THEN 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15'"
                         " WHEN 2 THEN 'curl/8.5.0' ELSE NULL END, ")
            + QString::number(m_now + 59 * 86400)
        : QStringLiteral("NULL, NULL, NULL, NULL");
    const QString sessions =
        QStringLiteral(
            "INSERT INTO eu_sessions(user_rid, org_rid, service_rid, created_at, expires_at, id, ip_address, "
            "user_agent,"
            " refresh_expires_at)"
            " SELECT u.rid, u.g_org, s.rid, strftime('%Y-%m-%dT%H:%M:%SZ', u.last_login_at, '-' || (n.k * 7) || ' "
            "hours'), ")
        + QString::number(m_now + 30 * 86400) + QStringLiteral(", ") + details
        + QStringLiteral(
            " FROM users u JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) n ON n.k < u.g_sessions"
            " JOIN services s ON s.org_rid = u.g_org AND s.idx = u.g_session_service"
            " WHERE u.g_org IS NOT NULL AND u.last_login_at IS NOT NULL");
    m_database.exec(subscriptions);
    m_database.exec(identities);
    m_database.exec(sessions);
}

} // namespace UserAdmin::DevServer
