// SPDX-License-Identifier: MIT
#include "FixedData.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace UserAdmin::DevServer {

namespace {

/// Reads typed values and remembers the first problem with its path ("end_users[3].email").
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    QString text(const QJsonObject& object, const QString& path, const char* key, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().isEmpty())
            fail(path, key, "a non-empty string");
        return value.toString();
    }

    QString time(const QJsonObject& object, const QString& path, const char* key)
    {
        const QString value = text(object, path, key);
        if (!failed() && !isTime(value))
            fail(path, key, "a time like 2025-01-15T10:30:00Z");
        return value;
    }

    std::optional<QString> optionalTime(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return time(object, path, key);
    }

    bool boolean(const QJsonObject& object, const QString& path, const char* key, bool fallback)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(path, key, "true or false");
        return value.toBool();
    }

    qint64 integer(const QJsonObject& object,
                   const QString& path,
                   const char* key,
                   qint64 minimum,
                   qint64 maximum,
                   std::optional<qint64> fallback = std::nullopt)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && fallback)
            return *fallback;
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum)
            || number > double(maximum))
            fail(path, key, "an integer in range");
        return qint64(number);
    }

    QStringList texts(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        QStringList result;
        if (value.isUndefined())
            return result;
        if (!value.isArray())
            fail(path, key, "an array of strings");
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                fail(path, key, "an array of strings");
            result << item.toString();
        }
        return result;
    }

    QStringList shapes(const QJsonObject& object, const QString& path)
    {
        const QStringList names = texts(object, path, "shapes");
        for (const QString& name : names) {
            if (!shapeFromName(name))
                fail(path, "shapes", "a list of seed, ref, 2026");
        }
        return names;
    }

    QList<QJsonObject> objects(const QJsonObject& root, const char* key)
    {
        QList<QJsonObject> result;
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(QString(), key, "an array");
            return result;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isObject())
                fail(QString(), key, "an array of objects");
            result << item.toObject();
        }
        return result;
    }

    static bool isTime(const QString& value)
    {
        return value.size() == 20 && value.endsWith(QLatin1Char('Z'))
            && QDateTime::fromString(value, Qt::ISODate).isValid();
    }

    void fail(const QString& path, const char* key, const char* expected)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1%2%3 must be %4")
                        .arg(path, path.isEmpty() ? QString() : QStringLiteral("."), QLatin1String(key))
                        .arg(QLatin1String(expected));
    }
};

QString at(const char* table, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(table)).arg(index);
}

} // namespace

bool FixedData::inShape(const QStringList& shapes, ServerShape shape)
{
    return shapes.isEmpty() || shapes.contains(shapeName(shape));
}

std::optional<FixedData> FixedData::load(QString* errorMessage)
{
    QFile file(QStringLiteral(":/sso-dev-server/fixed-data.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("the fixed data resource is missing");
        return std::nullopt;
    }
    return parse(file.readAll(), errorMessage);
}

std::optional<FixedData> FixedData::parse(const QByteArray& json, QString* errorMessage)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *errorMessage = QStringLiteral("fixed data: not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader r;
    FixedData data;
    qsizetype i = 0;
    for (const QJsonObject& o : r.objects(root, "tiers")) {
        const QString p = at("tiers", i++);
        data.tiers.append({r.text(o, p, "id"),
                           r.text(o, p, "name"),
                           r.text(o, p, "display_name"),
                           r.integer(o, p, "default_max_services", 0, 1000),
                           r.integer(o, p, "default_max_users", 0, 100000),
                           r.text(o, p, "features"),
                           r.integer(o, p, "price_cents", 0, 10000000),
                           r.text(o, p, "currency"),
                           r.time(o, p, "created_at")});
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "members")) {
        const QString p = at("members", i++);
        Member member;
        member.email = r.text(o, p, "email");
        member.createdAt = r.time(o, p, "created_at");
        member.platformOwner = r.boolean(o, p, "platform_owner", false);
        member.password = r.text(o, p, "password", false);
        member.totpSecret = r.text(o, p, "totp_secret", false);
        static const QRegularExpression base32(QStringLiteral("^(?:[A-Z2-7]{8})+$"));
        if (!member.totpSecret.isEmpty() && !base32.match(member.totpSecret).hasMatch())
            r.fail(p, "totp_secret", "base32 in groups of eight characters");
        member.shapes = r.shapes(o, p);
        data.members.append(member);
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "organizations")) {
        const QString p = at("organizations", i++);
        Organization org {r.text(o, p, "slug"),
                          r.text(o, p, "name"),
                          r.text(o, p, "owner"),
                          r.text(o, p, "status"),
                          r.text(o, p, "tier"),
                          std::nullopt,
                          r.time(o, p, "created_at")};
        if (o.contains(QStringLiteral("max_services")))
            org.maxServices = r.integer(o, p, "max_services", 0, 1000);
        data.organizations.append(org);
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "memberships")) {
        const QString p = at("memberships", i++);
        data.memberships.append({r.text(o, p, "organization"),
                                 r.text(o, p, "member"),
                                 r.text(o, p, "role"),
                                 r.time(o, p, "created_at"),
                                 r.shapes(o, p)});
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "roles")) {
        const QString p = at("roles", i++);
        Role role {r.text(o, p, "organization", false),
                   r.text(o, p, "name"),
                   r.text(o, p, "description"),
                   r.texts(o, p, "permissions"),
                   QStringLiteral("2024-01-01T00:00:00Z")};
        if (o.contains(QStringLiteral("created_at")))
            role.createdAt = r.time(o, p, "created_at");
        data.roles.append(role);
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "services")) {
        const QString p = at("services", i++);
        data.services.append({r.text(o, p, "organization"),
                              r.text(o, p, "slug"),
                              r.text(o, p, "name"),
                              r.text(o, p, "type"),
                              r.boolean(o, p, "device_activation", false),
                              r.shapes(o, p)});
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "end_users")) {
        const QString p = at("end_users", i++);
        EndUser user;
        user.email = r.text(o, p, "email");
        user.createdAt = r.time(o, p, "created_at");
        user.lastLoginAt = r.optionalTime(o, p, "last_login_at");
        user.mfa = r.boolean(o, p, "mfa", false);
        user.verified = r.boolean(o, p, "verified", false);
        user.services = r.texts(o, p, "services");
        if (user.services.isEmpty())
            r.fail(p, "services", "a non-empty array of service slugs");
        qsizetype k = 0;
        for (const QJsonValue& value : o.value(QStringLiteral("identities")).toArray()) {
            const QString ip = p + QStringLiteral(".identities[%1]").arg(k++);
            user.identities.append(
                {r.text(value.toObject(), ip, "provider"), r.text(value.toObject(), ip, "provider_user_id")});
        }
        user.activeSessions = int(r.integer(o, p, "active_sessions", 0, 1000, 0));
        user.expiredSessions = int(r.integer(o, p, "expired_sessions", 0, 1000, 0));
        user.organizationSessions = int(r.integer(o, p, "org_sessions", 0, 100, 0));
        user.password = r.boolean(o, p, "password", false);
        user.subscribed = r.boolean(o, p, "subscribed", true);
        user.deletedAt = r.optionalTime(o, p, "deleted_at");
        user.loginSeries = int(r.integer(o, p, "login_series", 0, 100, 0));
        user.shapes = r.shapes(o, p);
        if (!user.subscribed && user.identities.isEmpty())
            r.fail(p, "identities", "non-empty for a user without subscription (the list shows them for an identity)");
        data.endUsers.append(user);
    }
    i = 0;
    for (const QJsonObject& o : r.objects(root, "audit_log")) {
        const QString p = at("audit_log", i++);
        AuditEntry entry;
        entry.organization = r.text(o, p, "organization");
        entry.actor = r.text(o, p, "actor", false);
        entry.action = r.text(o, p, "action");
        entry.targetType = r.text(o, p, "target_type");
        entry.targetId = r.text(o, p, "target_id");
        entry.success = r.boolean(o, p, "success", true);
        entry.ipAddress = r.text(o, p, "ip_address", false);
        entry.userAgent = int(r.integer(o, p, "user_agent", 0, 5, -1));
        if (o.value(QStringLiteral("metadata")).isObject())
            entry.metadata = QString::fromUtf8(
                QJsonDocument(o.value(QStringLiteral("metadata")).toObject()).toJson(QJsonDocument::Compact));
        entry.createdAt = r.time(o, p, "created_at");
        data.auditLog.append(entry);
    }
    const QJsonObject series = root.value(QStringLiteral("audit_login_series")).toObject();
    data.auditLoginSeries = {r.text(series, QStringLiteral("audit_login_series"), "organization"),
                             int(r.integer(series, QStringLiteral("audit_login_series"), "count", 0, 10000)),
                             r.time(series, QStringLiteral("audit_login_series"), "newest")};

    // References between tables.
    QSet<QString> memberEmails;
    for (const Member& member : std::as_const(data.members))
        memberEmails.insert(member.email);
    QSet<QString> tierIds;
    for (const Tier& tier : std::as_const(data.tiers))
        tierIds.insert(tier.id);
    QSet<QString> slugs;
    for (const Organization& org : std::as_const(data.organizations)) {
        if (!memberEmails.contains(org.owner))
            r.fail(org.slug, "owner", "a member's email");
        if (!tierIds.contains(org.tier))
            r.fail(org.slug, "tier", "a tier id");
        if (!QStringList({QStringLiteral("active"),
                          QStringLiteral("pending"),
                          QStringLiteral("suspended"),
                          QStringLiteral("rejected")})
                 .contains(org.status))
            r.fail(org.slug, "status", "active, pending, suspended or rejected");
        slugs.insert(org.slug);
    }
    QSet<QString> roleNames;
    for (const Role& role : std::as_const(data.roles)) {
        if (!role.organization.isEmpty() && !slugs.contains(role.organization))
            r.fail(role.name, "organization", "a known organization");
        roleNames.insert(role.name);
    }
    for (const Membership& membership : std::as_const(data.memberships)) {
        if (!slugs.contains(membership.organization) || !memberEmails.contains(membership.member))
            r.fail(membership.member, "organization", "a known organization and member");
        if (!roleNames.contains(membership.role))
            r.fail(membership.member, "role", "a role of the roles table");
    }
    for (const AuditEntry& entry : std::as_const(data.auditLog)) {
        if (!slugs.contains(entry.organization) || (!entry.actor.isEmpty() && !memberEmails.contains(entry.actor)))
            r.fail(entry.action, "organization", "a known organization and actor");
    }
    QSet<QString> serviceSlugs;
    QSet<QString> organizationsWithShapeServices;
    for (const Service& service : std::as_const(data.services)) {
        // The generator uses an organization's services by position: those of every shape come first.
        if (!service.shapes.isEmpty())
            organizationsWithShapeServices.insert(service.organization);
        else if (organizationsWithShapeServices.contains(service.organization))
            r.fail(service.slug, "shapes", "set only on services after the organization's other services");
        if (!slugs.contains(service.organization))
            r.fail(service.slug, "organization", "a known organization");
        if (serviceSlugs.contains(service.slug))
            r.fail(service.slug, "slug", "unique");
        serviceSlugs.insert(service.slug);
    }
    for (const EndUser& user : std::as_const(data.endUsers)) {
        for (const QString& slug : user.services) {
            if (!serviceSlugs.contains(slug))
                r.fail(user.email, "services", "known service slugs");
        }
    }
    if (r.failed()) {
        *errorMessage = QStringLiteral("fixed data: %1").arg(r.error);
        return std::nullopt;
    }
    return data;
}

} // namespace UserAdmin::DevServer
