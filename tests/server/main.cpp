// SPDX-License-Identifier: MIT
#include "ApiContext.h"
#include "ApiRoutes.h"
#include "AuditLogRepository.h"
#include "ControlHandler.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DevHttpServer.h"
#include "DeviceGrants.h"
#include "Directory.h"
#include "EndUserRepository.h"
#include "FaultInjector.h"
#include "RateLimiter.h"
#include "RequestJournal.h"
#include "RiskEventRepository.h"
#include "Router.h"
#include "SearchIndex.h"
#include "Seeder.h"
#include "ServerOptions.h"
#include "SessionStore.h"
#include "ShapeRules.h"
#include "ShapeSerializer.h"
#include "Timestamps.h"
#include "Totp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace UserAdmin::DevServer;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

/// Loads the certificate and key; QAbstractHttpServer then serves TLS on every port it listens on.
bool setUpTls(DevHttpServer& server, const ServerOptions& options, QString* errorMessage)
{
    if (!QSslSocket::supportsSsl()) {
        *errorMessage = QStringLiteral("--tls: no TLS backend (%1)").arg(QSslSocket::activeBackend());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *errorMessage = QStringLiteral("--cert: no PEM certificate in %1").arg(options.certificateFile);
        return false;
    }
    QFile keyFile(options.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("--key: cannot read %1").arg(options.keyFile);
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *errorMessage = QStringLiteral("--key: no unencrypted RSA or EC key in %1").arg(options.keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.sslSetup(configuration);
    return true;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "sso-dev-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sso-dev-server"));
    // SIGTERM and SIGINT end the event loop normally (through a self-pipe) so the temporary database is removed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    ServerOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        const bool help = QCoreApplication::arguments().contains(QStringLiteral("--help"))
            || QCoreApplication::arguments().contains(QStringLiteral("-h"));
        std::fprintf(help ? stdout : stderr, "%s\n", qPrintable(error));
        return help ? 0 : 1;
    }

    Database database;
    if (!database.open(options.databasePath, &error))
        return fail(error);
    QElapsedTimer seedTimer;
    seedTimer.start();
    Seeder seeder(database, options.seed, options.shape);
    if (!seeder.seed(options.seedUsers, &error))
        return fail(error);
    SearchIndex searchIndex;
    if (!searchIndex.load(database, &error))
        return fail(error);
    Directory directory(database);
    EndUserRepository endUsers(database, searchIndex);
    std::fprintf(stderr,
                 "seeded %lld generated end-users in %lld ms\n",
                 static_cast<long long>(options.seedUsers),
                 static_cast<long long>(seedTimer.elapsed()));

    const ShapeRules rules = ShapeRules::forShape(options.shape, options.noRefreshToken);
    SessionStore sessions(database, options.tokenLifetimeSeconds, rules.managementTokens);
    DeviceGrants deviceGrants(options.deviceExpiresInSeconds, options.deviceIntervalSeconds);
    RateLimiter rateLimiter;
    rateLimiter.configure(options.rateLimitEnabled, options.rateAuth, options.rateDevice, options.rateMfa);
    FaultInjector faults;
    for (const QString& spec : std::as_const(options.faults)) {
        Fault fault;
        if (!Fault::fromSpec(spec, &fault, &error))
            return fail(QStringLiteral("--fault %1: %2").arg(spec, error));
        faults.add(fault);
    }
    RequestJournal journal;
    try {
        SessionStore::Member approver;
        if (!options.autoApproveEmail.isEmpty() && !sessions.findMemberByEmail(options.autoApproveEmail, &approver))
            return fail(QStringLiteral("--auto-approve: no member %1").arg(options.autoApproveEmail));

        const std::unique_ptr<ShapeSerializer> serializer = ShapeSerializer::create(options.shape);
        AuditLogRepository auditLog(database);
        RiskEventRepository riskEvents(database);
        ApiContext context(options,
                           rules,
                           *serializer,
                           directory,
                           endUsers,
                           sessions,
                           deviceGrants,
                           rateLimiter,
                           auditLog,
                           riskEvents);
        Router api;
        addApiRoutes(api, context);
        ControlHandler control(sessions, faults, journal, rateLimiter, deviceGrants, endUsers, directory);
        DevHttpServer server(api, control, faults, journal, options.quiet, rules.bodyLimitBytes);
        if (options.tls) {
            QString tlsError;
            if (!setUpTls(server, options, &tlsError))
                return fail(tlsError);
        }
        const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
        if (port == 0)
            return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options.port));
        const QString baseUrl = QStringLiteral("%1://127.0.0.1:%2")
                                    .arg(options.tls ? QStringLiteral("https") : QStringLiteral("http"))
                                    .arg(port);
        context.setBaseUrl(baseUrl);
        sessions.setIssuer(baseUrl);

        std::printf("listening %s\n", qPrintable(baseUrl));
        if (!options.printTokenEmail.isEmpty()) {
            SessionStore::Member member;
            if (!sessions.findMemberByEmail(options.printTokenEmail, &member))
                return fail(QStringLiteral("--print-token: no member %1").arg(options.printTokenEmail));
            std::printf("token %s\n", qPrintable(sessions.createSession(member, false).accessToken));
        }
        if (!options.printTotpEmail.isEmpty()) {
            SessionStore::Member member;
            const std::optional<QByteArray> key = sessions.findMemberByEmail(options.printTotpEmail, &member)
                ? Totp::decodeBase32(member.totpSecret)
                : std::nullopt;
            if (!key)
                return fail(QStringLiteral("--print-totp: no member %1 with MFA").arg(options.printTotpEmail));
            // The code of this 30-second step; GET /__control/totp gives the current one later.
            std::printf("totp %s\n", qPrintable(Totp::code(*key, Timestamps::nowSeconds())));
        }
        std::fflush(stdout);
        return QCoreApplication::exec();
    } catch (const DatabaseError& failure) {
        return fail(failure.message());
    }
}
