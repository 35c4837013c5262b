// SPDX-License-Identifier: MIT
#pragma once

#include "RateLimiter.h"
#include "ServerShape.h"

#include <QString>
#include <QStringList>

namespace UserAdmin::DevServer {

/// The command line of sso-dev-server (see README.md).
struct ServerOptions
{
    quint16 port = 0;
    QString databasePath;
    qint64 seedUsers = 2000;
    quint64 seed = 1;
    QString printTokenEmail;
    QString printTotpEmail;
    QString autoApproveEmail;
    ServerShape shape = ServerShape::Seed;
    bool noRefreshToken = false;
    qint64 tokenLifetimeSeconds = 86400;
    int deviceIntervalSeconds = 5;
    int deviceExpiresInSeconds = 900;
    bool rateLimitEnabled = true;
    RateLimiter::Bucket rateAuth;
    RateLimiter::Bucket rateDevice;
    RateLimiter::Bucket rateMfa;
    QStringList faults;
    bool quiet = false;
    bool tls = false;
    QString certificateFile; // PEM, with --tls
    QString keyFile; // PEM RSA or EC private key, unencrypted, with --tls

    /// Parses the arguments; on failure returns false and sets errorMessage.
    bool parse(const QStringList& arguments, QString* errorMessage);
};

} // namespace UserAdmin::DevServer
