// SPDX-License-Identifier: MIT
#include "Seeder.h"

#include "Database.h"
#include "Timestamps.h"

#include <QDateTime>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

#include <array>
#include <cstdio>

namespace UserAdmin::DevServer {

namespace {

// Fixed rids: the fixed rows are inserted first, in this order.
enum OrgRid : qint64 { AcmeOrg = 1, GlobexOrg = 2, InitechOrg = 3, UmbrellaOrg = 4 };

struct FixedService
{
    qint64 orgRid;
    int idx;
    const char* slug;
    const char* name;
    const char* type;
};

// Service rid = position + 1; acme's five come first so that their idx equals rid - 1.
const std::array<FixedService, 8> Services = {{
    {AcmeOrg, 0, "main-app", "Main Application", "web"},
    {AcmeOrg, 1, "mobile-app", "Mobile App", "mobile"},
    {AcmeOrg, 2, "billing-portal", "Billing Portal", "web"},
    {AcmeOrg, 3, "partner-api", "Partner API", "api"},
    {AcmeOrg, 4, "desktop-app", "Desktop App", "desktop"},
    {GlobexOrg, 0, "globex-web", "Globex Web", "web"},
    {GlobexOrg, 1, "globex-mobile", "Globex Mobile", "mobile"},
    {InitechOrg, 0, "initech-portal", "Initech Portal", "web"},
}};

struct FixedEndUser
{
    const char* email;
    const char* createdAt;
    const char* lastLoginAt; // nullptr: never signed in
    bool mfa;
    bool verified;
    std::array<int, 3> serviceRids; // 0 ends the list
    const char* identities; // "github:12345 google:..." (provider:provider_user_id)
    int activeSessions;
    int expiredSessions;
};

const FixedEndUser EndUsers[] = {
    {"john@customer.com", "2025-01-15T10:30:00Z", "2025-01-16T14:20:00Z", true, true, {1, 2, 0}, "github:12345", 2, 1},
    {"john+test@customer.com",
     "2025-02-01T09:00:00Z",
     "2025-02-03T08:00:00Z",
     true,
     true,
     {1, 0, 0},
     "google:104857600000000000001",
     1,
     0},
    {"JANE.DOE@Example.COM",
     "2025-02-10T11:15:00Z",
     "2025-03-01T16:45:00Z",
     true,
     true,
     {1, 3, 0},
     "microsoft:6f1c9a52-5d1e-4c4b-9d1f-2f4b8c1e7a10",
     1,
     0},
    {"zoë.müller@example.de",
     "2025-03-05T07:00:00Z",
     "2025-03-06T07:30:00Z",
     false,
     true,
     {2, 0, 0},
     "github:77821",
     1,
     0},
    {"<b>bold</b>@markup.example", "2025-03-10T12:00:00Z", "2025-03-11T12:00:00Z", true, true, {1, 0, 0}, "", 1, 0},
    {"o'brien&sons@example.ie", "2025-03-12T13:00:00Z", "2025-03-13T13:00:00Z", true, true, {4, 0, 0}, "", 1, 0},
    {"100%real@example.com", "2025-03-15T14:00:00Z", "2025-03-16T14:00:00Z", true, true, {1, 0, 0}, "", 1, 0},
    {"never.signed.in@example.com", "2025-04-01T08:00:00Z", nullptr, false, true, {1, 3, 0}, "", 0, 0},
    {"no.mfa@example.com", "2025-04-02T08:00:00Z", "2025-04-03T09:00:00Z", false, false, {1, 0, 0}, "", 1, 0},
    {"many.identities@example.com",
     "2025-04-03T08:00:00Z",
     "2025-04-04T10:00:00Z",
     true,
     true,
     {1, 5, 0},
     "github:31337 google:109876543210987654321 microsoft:0a1b2c3d-0000-4000-8000-00000000beef",
     1,
     0},
    {"forty.sessions@example.com",
     "2025-04-04T08:00:00Z",
     "2025-04-05T11:00:00Z",
     true,
     true,
     {1, 0, 0},
     "github:40404",
     40,
     0},
    {"zero.sessions@example.com", "2025-04-05T08:00:00Z", "2025-04-06T12:00:00Z", true, true, {1, 0, 0}, "", 0, 2},
    {"\"jane smith\"@quoted.example", "2025-04-06T08:00:00Z", "2025-04-07T12:00:00Z", true, true, {1, 0, 0}, "", 1, 0},
    {"ÅSA.ÖBERG@EXAMPLE.SE",
     "2025-04-07T08:00:00Z",
     "2025-04-08T12:00:00Z",
     true,
     true,
     {5, 0, 0},
     "google:100000000000000000777",
     1,
     0},
    {"shared.user@example.com",
     "2025-04-08T08:00:00Z",
     "2025-04-09T12:00:00Z",
     true,
     true,
     {1, 6, 0},
     "github:5150",
     4,
     0},
};

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

qint64 parseStamp(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

Seeder::Seeder(Database& database, quint64 seed)
    : m_database(database)
    , m_seed(seed)
{ }

quint64 Seeder::mix(quint64 value)
{
    // splitmix64
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

QString Seeder::uuid(quint64 kind, quint64 number) const
{
    const quint64 a = mix(m_seed * 0x100000001b3ULL ^ (kind << 56) ^ number);
    const quint64 b = mix(a ^ number);
    char buffer[40];
    const int length = std::snprintf(buffer,
                                     sizeof buffer,
                                     "%08x-%04x-4%03x-%04x-%012llx",
                                     unsigned(a >> 32),
                                     unsigned((a >> 16) & 0xffff),
                                     unsigned(a & 0xfff),
                                     unsigned(0x8000 | ((b >> 48) & 0x3fff)),
                                     static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return QString::fromLatin1(buffer, length);
}

bool Seeder::insert(const QString& table, const QStringList& columns, const QVariantList& values, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    query.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                      .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *errorMessage = QStringLiteral("insert into %1: %2").arg(table, query.lastError().text());
    return false;
}

qint64 Seeder::insertUser(const QString& email,
                          qint64 createdAt,
                          const QVariant& lastLoginAt,
                          bool mfa,
                          bool verified,
                          bool member,
                          bool platformOwner,
                          QString* errorMessage)
{
    const qint64 rid = m_nextUserRid++;
    const QString created = Timestamps::fromEpoch(createdAt);
    const QVariant updated = lastLoginAt.isNull() ? QVariant(created) : lastLoginAt;
    if (!insert(QStringLiteral("users"),
                {QStringLiteral("rid"),
                 QStringLiteral("id"),
                 QStringLiteral("email"),
                 QStringLiteral("email_lc"),
                 QStringLiteral("created_at"),
                 QStringLiteral("updated_at"),
                 QStringLiteral("email_verified"),
                 QStringLiteral("mfa_enabled"),
                 QStringLiteral("last_login_at"),
                 QStringLiteral("is_platform_owner"),
                 QStringLiteral("is_member")},
                {rid,
                 uuid(1, quint64(rid)),
                 email,
                 email.toLower(),
                 created,
                 updated,
                 verified,
                 mfa,
                 lastLoginAt,
                 platformOwner,
                 member},
                errorMessage))
        return -1;
    return rid;
}

bool Seeder::seed(qint64 generatedUsers, QString* errorMessage)
{
    m_now = Timestamps::nowSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto phase = [&](const char* name) {
        std::fprintf(stderr, "seeding: %s done at %lld ms\n", name, static_cast<long long>(timer.elapsed()));
        return true;
    };
    return m_database.beginSeeding(errorMessage) && seedFixed(errorMessage) && phase("fixed accounts")
        && seedGenerated(generatedUsers, errorMessage) && phase("users") && deriveGenerated(errorMessage)
        && phase("subscriptions, identities, sessions") && m_database.finishSeeding(errorMessage) && phase("indexes");
}

bool Seeder::seedFixed(QString* errorMessage)
{
    const QVariant null(QMetaType::fromType<QString>());
    const QVariant nullInt(QMetaType::fromType<qint64>());
    const auto stamp = [](const char* text) { return QString::fromLatin1(text); };
    if (!insert(QStringLiteral("tiers"),
                {QStringLiteral("id"),
                 QStringLiteral("name"),
                 QStringLiteral("display_name"),
                 QStringLiteral("default_max_services"),
                 QStringLiteral("default_max_users"),
                 QStringLiteral("features"),
                 QStringLiteral("price_cents"),
                 QStringLiteral("currency"),
                 QStringLiteral("created_at")},
                {QStringLiteral("tier_free"),
                 QStringLiteral("free"),
                 QStringLiteral("Free Tier"),
                 2,
                 3,
                 QStringLiteral("{\"api_access\": false}"),
                 0,
                 QStringLiteral("usd"),
                 stamp("2024-01-01T00:00:00Z")},
                errorMessage)
        || !insert(QStringLiteral("tiers"),
                   {QStringLiteral("id"),
                    QStringLiteral("name"),
                    QStringLiteral("display_name"),
                    QStringLiteral("default_max_services"),
                    QStringLiteral("default_max_users"),
                    QStringLiteral("features"),
                    QStringLiteral("price_cents"),
                    QStringLiteral("currency"),
                    QStringLiteral("created_at")},
                   {QStringLiteral("tier_pro"),
                    QStringLiteral("pro"),
                    QStringLiteral("Pro Tier"),
                    10,
                    25,
                    QStringLiteral("{\"api_access\": true}"),
                    4900,
                    QStringLiteral("usd"),
                    stamp("2024-01-01T00:00:00Z")},
                   errorMessage))
        return false;

    // Members (people who use the desktop client).
    struct MemberSpec
    {
        const char* email;
        const char* createdAt;
        bool platformOwner;
    };
    const MemberSpec members[] = {
        {"owner@acme.test", "2024-01-01T09:00:00Z", false},
        {"admin@acme.test", "2024-01-02T09:00:00Z", false},
        {"member@acme.test", "2024-01-03T09:00:00Z", false},
        {"owner@globex.test", "2024-02-01T09:00:00Z", false},
        {"nobody@example.test", "2024-02-05T09:00:00Z", false},
        {"owner@initech.test", "2024-03-01T09:00:00Z", false},
        {"owner@umbrella.test", "2024-04-01T09:00:00Z", false},
        {"platform.owner@example.test", "2023-12-01T09:00:00Z", true},
    };
    QList<qint64> memberRids;
    for (const MemberSpec& member : members) {
        const qint64 rid = insertUser(QString::fromUtf8(member.email),
                                      parseStamp(member.createdAt),
                                      QVariant(stamp(member.createdAt)),
                                      true,
                                      true,
                                      true,
                                      member.platformOwner,
                                      errorMessage);
        if (rid < 0)
            return false;
        memberRids << rid;
    }
    const QString platformOwnerId = uuid(1, quint64(memberRids.at(7)));

    struct OrgSpec
    {
        const char* slug;
        const char* name;
        int ownerIndex;
        const char* status;
        const char* tier;
        const char* createdAt;
    };
    const OrgSpec orgs[] = {
        {"acme-corp", "Acme Corp", 0, "active", "tier_pro", "2024-01-01T09:00:00Z"},
        {"globex", "Globex Corporation", 3, "active", "tier_free", "2024-02-01T09:00:00Z"},
        {"initech", "Initech", 5, "suspended", "tier_free", "2024-03-01T09:00:00Z"},
        {"umbrella", "Umbrella", 6, "pending", "tier_free", "2024-04-01T09:00:00Z"},
    };
    qint64 orgRid = 0;
    for (const OrgSpec& org : orgs) {
        ++orgRid;
        const bool approved = qstrcmp(org.status, "pending") != 0;
        if (!insert(QStringLiteral("organizations"),
                    {QStringLiteral("rid"),
                     QStringLiteral("id"),
                     QStringLiteral("slug"),
                     QStringLiteral("name"),
                     QStringLiteral("owner_rid"),
                     QStringLiteral("status"),
                     QStringLiteral("tier_id"),
                     QStringLiteral("max_services"),
                     QStringLiteral("max_users"),
                     QStringLiteral("approved_by"),
                     QStringLiteral("approved_at"),
                     QStringLiteral("created_at"),
                     QStringLiteral("updated_at")},
                    {orgRid,
                     uuid(2, quint64(orgRid)),
                     stamp(org.slug),
                     stamp(org.name),
                     memberRids.at(org.ownerIndex),
                     stamp(org.status),
                     stamp(org.tier),
                     orgRid == AcmeOrg ? QVariant(20) : nullInt,
                     nullInt,
                     approved ? QVariant(platformOwnerId) : null,
                     approved ? QVariant(stamp(org.createdAt)) : null,
                     stamp(org.createdAt),
                     stamp(org.createdAt)},
                    errorMessage))
            return false;
    }

    struct MembershipSpec
    {
        qint64 orgRid;
        int memberIndex;
        const char* role;
        const char* createdAt;
    };
    const MembershipSpec memberships[] = {
        {AcmeOrg, 0, "owner", "2024-01-01T09:00:00Z"},
        {AcmeOrg, 1, "admin", "2024-01-02T09:00:00Z"},
        {AcmeOrg, 2, "member", "2024-01-03T09:00:00Z"},
        {GlobexOrg, 3, "owner", "2024-02-01T09:00:00Z"},
        {GlobexOrg, 1, "member", "2024-02-02T09:00:00Z"},
        {InitechOrg, 5, "owner", "2024-03-01T09:00:00Z"},
        {InitechOrg, 1, "admin", "2024-03-02T09:00:00Z"},
        {UmbrellaOrg, 6, "owner", "2024-04-01T09:00:00Z"},
        {UmbrellaOrg, 1, "member", "2024-04-02T09:00:00Z"},
    };
    qint64 membershipNumber = 0;
    for (const MembershipSpec& membership : memberships) {
        if (!insert(QStringLiteral("memberships"),
                    {QStringLiteral("id"),
                     QStringLiteral("org_rid"),
                     QStringLiteral("user_rid"),
                     QStringLiteral("role"),
                     QStringLiteral("created_at")},
                    {uuid(3, quint64(++membershipNumber)),
                     membership.orgRid,
                     memberRids.at(membership.memberIndex),
                     stamp(membership.role),
                     stamp(membership.createdAt)},
                    errorMessage))
            return false;
    }

    qint64 serviceRid = 0;
    for (const FixedService& service : Services) {
        ++serviceRid;
        const QString slug = stamp(service.slug);
        if (!insert(QStringLiteral("services"),
                    {QStringLiteral("rid"),
                     QStringLiteral("id"),
                     QStringLiteral("org_rid"),
                     QStringLiteral("idx"),
                     QStringLiteral("slug"),
                     QStringLiteral("name"),
                     QStringLiteral("service_type"),
                     QStringLiteral("client_id"),
                     QStringLiteral("redirect_uris"),
                     QStringLiteral("github_scopes"),
                     QStringLiteral("created_at")},
                    {serviceRid,
                     uuid(4, quint64(serviceRid)),
                     service.orgRid,
                     service.idx,
                     slug,
                     stamp(service.name),
                     stamp(service.type),
                     QStringLiteral("client-") + slug,
                     QStringLiteral("[\"https://%1.example.com/callback\"]").arg(slug),
                     QStringLiteral("[\"user:email\"]"),
                     Timestamps::fromEpoch(parseStamp("2024-01-05T09:00:00Z") + serviceRid * 86400)},
                    errorMessage))
            return false;
        // Plan rid = (service rid - 1) * 2 + idx + 1: the bulk generator relies on it.
        for (int idx = 0; idx < 2; ++idx) {
            if (!insert(QStringLiteral("plans"),
                        {QStringLiteral("rid"),
                         QStringLiteral("id"),
                         QStringLiteral("service_rid"),
                         QStringLiteral("idx"),
                         QStringLiteral("name")},
                        {(serviceRid - 1) * 2 + idx + 1,
                         uuid(5, quint64((serviceRid - 1) * 2 + idx + 1)),
                         serviceRid,
                         idx,
                         idx == 0 ? QStringLiteral("basic") : QStringLiteral("pro")},
                        errorMessage))
                return false;
        }
    }

    // Fixed end-users.
    for (const FixedEndUser& user : EndUsers) {
        const QString email = QString::fromUtf8(user.email);
        const QVariant lastLogin = user.lastLoginAt ? QVariant(stamp(user.lastLoginAt)) : null;
        const qint64 rid = insertUser(
            email, parseStamp(user.createdAt), lastLogin, user.mfa, user.verified, false, false, errorMessage);
        if (rid < 0)
            return false;
        const QString id = uuid(1, quint64(rid));
        QList<int> services;
        for (int serviceRidValue : user.serviceRids) {
            if (serviceRidValue == 0)
                break;
            services << serviceRidValue;
            const FixedService& service = Services.at(std::size_t(serviceRidValue - 1));
            if (!insert(QStringLiteral("eus"),
                        {QStringLiteral("user_rid"),
                         QStringLiteral("service_rid"),
                         QStringLiteral("org_rid"),
                         QStringLiteral("user_id"),
                         QStringLiteral("user_created_at"),
                         QStringLiteral("email_lc"),
                         QStringLiteral("first_login_at"),
                         QStringLiteral("last_login_at"),
                         QStringLiteral("plan_rid"),
                         QStringLiteral("status"),
                         QStringLiteral("current_period_end"),
                         QStringLiteral("created_at")},
                        {rid,
                         serviceRidValue,
                         service.orgRid,
                         id,
                         stamp(user.createdAt),
                         email.toLower(),
                         user.lastLoginAt ? QVariant(stamp(user.createdAt)) : null,
                         lastLogin,
                         (serviceRidValue - 1) * 2 + 1,
                         QStringLiteral("active"),
                         QStringLiteral("2026-01-31T00:00:00Z"),
                         stamp(user.createdAt)},
                        errorMessage))
                return false;
        }
        const QStringList identities = QString::fromLatin1(user.identities).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < identities.size(); ++i) {
            const QStringList parts = identities.at(i).split(QLatin1Char(':'));
            const qint64 linked = parseStamp(user.createdAt) + i * 86400;
            if (!insert(QStringLiteral("identities"),
                        {QStringLiteral("user_rid"),
                         QStringLiteral("provider"),
                         QStringLiteral("provider_user_id"),
                         QStringLiteral("email"),
                         QStringLiteral("linked_at")},
                        {rid,
                         parts.at(0),
                         parts.at(1),
                         parts.at(0) == QLatin1String("microsoft") ? null : QVariant(email),
                         Timestamps::fromEpoch(linked)},
                        errorMessage))
                return false;
        }
        const qint64 lastLoginSeconds = user.lastLoginAt ? parseStamp(user.lastLoginAt) : parseStamp(user.createdAt);
        for (int i = 0; i < user.activeSessions + user.expiredSessions; ++i) {
            const bool active = i < user.activeSessions;
            const int serviceRidValue = services.at(i % services.size());
            const qint64 created = active ? lastLoginSeconds - i * 600 : lastLoginSeconds - 90 * 86400 - i * 600;
            if (!insert(QStringLiteral("eu_sessions"),
                        {QStringLiteral("user_rid"),
                         QStringLiteral("org_rid"),
                         QStringLiteral("service_rid"),
                         QStringLiteral("created_at"),
                         QStringLiteral("expires_at")},
                        {rid,
                         Services.at(std::size_t(serviceRidValue - 1)).orgRid,
                         serviceRidValue,
                         Timestamps::fromEpoch(created),
                         active ? m_now + 30 * 86400 : m_now - 86400},
                        errorMessage))
                return false;
        }
    }
    return true;
}

bool Seeder::seedGenerated(qint64 count, QString* errorMessage)
{
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
    QSqlQuery batch(m_database.connection());
    if (!batch.prepare(statementFor(BatchRows))) {
        *errorMessage = batch.lastError().text();
        return false;
    }
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
    const auto flush = [&](QSqlQuery& query) {
        for (qsizetype i = 0; i < pending.size(); ++i)
            query.bindValue(int(i), pending.at(i));
        if (!query.exec()) {
            *errorMessage = QStringLiteral("generating users: %1").arg(query.lastError().text());
            return false;
        }
        pending.clear();
        return true;
    };

    for (qint64 i = 0; i < count; ++i) {
        const quint64 h = mix(m_seed * 0x9e3779b97f4a7c15ULL + quint64(i));
        const quint64 h2 = mix(h);
        const quint64 h3 = mix(h2);
        const qint64 rid = m_nextUserRid++;

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
        const qint64 org = orgRoll < 80 ? AcmeOrg : orgRoll < 92 ? GlobexOrg : InitechOrg;
        const int serviceCount = org == AcmeOrg ? 5 : org == GlobexOrg ? 2 : 1;
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

        pending << rid << uuid(1, quint64(rid)) << email << email.toLower() << createdText
                << (neverSignedIn ? QVariant(createdText) : lastLogin) << verified << mfa << lastLogin << org << mask
                << sessions << primary << identities << int((h3 >> 60) & 1);
        if (pending.size() == BatchRows * Columns && !flush(batch))
            return false;
    }
    if (!pending.isEmpty()) {
        QSqlQuery tail(m_database.connection());
        if (!tail.prepare(statementFor(int(pending.size() / Columns)))) {
            *errorMessage = tail.lastError().text();
            return false;
        }
        if (!flush(tail))
            return false;
    }
    return true;
}

bool Seeder::deriveGenerated(QString* errorMessage)
{
    const QString subscriptions = QStringLiteral(
        "INSERT INTO eus(user_rid, service_rid, org_rid, user_id, user_created_at, email_lc, first_login_at,"
        " last_login_at, plan_rid, status, current_period_end, created_at)"
        " SELECT u.rid, s.rid, s.org_rid, u.id, u.created_at, u.email_lc,"
        " CASE WHEN u.last_login_at IS NULL THEN NULL ELSE u.created_at END, u.last_login_at,"
        " (s.rid - 1) * 2 + u.g_plan + 1,"
        " CASE WHEN u.rid % 23 = 0 THEN 'canceled' ELSE 'active' END,"
        " CASE WHEN u.rid % 23 = 0 THEN NULL ELSE '2026-01-31T00:00:00Z' END, u.created_at"
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
    const QString sessions =
        QStringLiteral(
            "INSERT INTO eu_sessions(user_rid, org_rid, service_rid, created_at, expires_at)"
            " SELECT u.rid, u.g_org, s.rid, strftime('%Y-%m-%dT%H:%M:%SZ', u.last_login_at, '-' || (n.k * 7) || ' "
            "hours'), %1"
            " FROM users u JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) n ON n.k < u.g_sessions"
            " JOIN services s ON s.org_rid = u.g_org AND s.idx = u.g_session_service"
            " WHERE u.g_org IS NOT NULL AND u.last_login_at IS NOT NULL")
            .arg(m_now + 30 * 86400);
    return m_database.exec(subscriptions, errorMessage) && m_database.exec(identities, errorMessage)
        && m_database.exec(sessions, errorMessage);
}

} // namespace UserAdmin::DevServer
