// SPDX-License-Identifier: MIT
#pragma once

#include "ServerShape.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

/// The fixed rows of data/fixed-data.json (compiled in as :/sso-dev-server/fixed-data.json), checked and
/// typed. Rows may name the shapes they belong to; rows without "shapes" belong to every shape.
struct FixedData
{
    struct Tier
    {
        QString id;
        QString name;
        QString displayName;
        qint64 defaultMaxServices = 0;
        qint64 defaultMaxUsers = 0;
        QString features;
        qint64 priceCents = 0;
        QString currency;
        QString createdAt;
    };
    struct Member
    {
        QString email;
        QString createdAt;
        bool platformOwner = false;
        QString password; // empty: the account signs in only through a provider
        QString totpSecret; // base32; non-empty: MFA is on
        QStringList shapes;
    };
    struct Organization
    {
        QString slug;
        QString name;
        QString owner;
        QString status;
        QString tier;
        std::optional<qint64> maxServices;
        QString createdAt;
    };
    struct Membership
    {
        QString organization;
        QString member;
        QString role;
        QString createdAt;
        QStringList shapes;
    };
    struct Role
    {
        QString organization; // empty: a built-in role of every organization
        QString name;
        QString description;
        QStringList permissions;
        QString createdAt;
    };
    struct Service
    {
        QString organization;
        QString slug;
        QString name;
        QString type;
        bool deviceActivation = false;
        QStringList shapes;
    };
    struct Identity
    {
        QString provider;
        QString providerUserId;
    };
    struct EndUser
    {
        QString email;
        QString createdAt;
        std::optional<QString> lastLoginAt;
        bool mfa = false;
        bool verified = false;
        QStringList services;
        QList<Identity> identities;
        int activeSessions = 0;
        int expiredSessions = 0;
        int organizationSessions = 0; // active sessions tied to the organization, not to a service
        bool password = false;
        bool subscribed = true; // false: identities through the services, no subscription
        std::optional<QString> deletedAt;
        int loginSeries = 0;
        QStringList shapes;
    };
    struct AuditEntry
    {
        QString organization;
        QString actor; // member email; empty: the system
        QString action;
        QString targetType;
        QString targetId;
        bool success = true;
        QString ipAddress;
        int userAgent = -1; // index into SeedCatalogue::userAgent, -1: none
        QString metadata; // compact JSON or empty
        QString createdAt;
    };
    struct AuditSeries
    {
        QString organization;
        int count = 0;
        QString newest;
    };

    QList<Tier> tiers;
    QList<Member> members;
    QList<Organization> organizations;
    QList<Membership> memberships;
    QList<Role> roles;
    QList<Service> services;
    QList<EndUser> endUsers;
    QList<AuditEntry> auditLog;
    AuditSeries auditLoginSeries;

    /// The compiled-in resource.
    static std::optional<FixedData> load(QString* errorMessage);
    /// Parses and checks a document; on failure sets errorMessage with the path of the bad value.
    static std::optional<FixedData> parse(const QByteArray& json, QString* errorMessage);
    /// Whether a row with that "shapes" list is seeded for the shape.
    static bool inShape(const QStringList& shapes, ServerShape shape);
};

} // namespace UserAdmin::DevServer
