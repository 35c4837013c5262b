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
    struct Service
    {
        QString organization;
        QString slug;
        QString name;
        QString type;
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
        QStringList shapes;
    };

    QList<Tier> tiers;
    QList<Member> members;
    QList<Organization> organizations;
    QList<Membership> memberships;
    QList<Service> services;
    QList<EndUser> endUsers;

    /// The compiled-in resource.
    static std::optional<FixedData> load(QString* errorMessage);
    /// Parses and checks a document; on failure sets errorMessage with the path of the bad value.
    static std::optional<FixedData> parse(const QByteArray& json, QString* errorMessage);
    /// Whether a row with that "shapes" list is seeded for the shape.
    static bool inShape(const QStringList& shapes, ServerShape shape);
};

} // namespace UserAdmin::DevServer
