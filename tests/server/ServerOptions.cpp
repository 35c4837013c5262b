// SPDX-License-Identifier: MIT
#include "ServerOptions.h"

#include <QCommandLineParser>

namespace UserAdmin::DevServer {

namespace {

bool toInteger(const QString& text, qint64 minimum, qint64* out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

QCommandLineOption valued(const char* name, const char* description, const char* valueName, const char* fallback = "")
{
    return QCommandLineOption(QString::fromLatin1(name),
                              QString::fromLatin1(description),
                              QString::fromLatin1(valueName),
                              QString::fromLatin1(fallback));
}

} // namespace

bool ServerOptions::parse(const QStringList& arguments, QString* errorMessage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local SSO server for the tests and the demo of SSO User Admin"));
    parser.addHelpOption();
    const QCommandLineOption portOption = valued("port", "TCP port (0: any free one)", "N", "0");
    const QCommandLineOption dbOption = valued("db", "SQLite database file", "PATH");
    const QCommandLineOption usersOption = valued("seed-users", "generated end-users", "N", "2000");
    const QCommandLineOption seedOption = valued("seed", "generator seed", "N", "1");
    const QCommandLineOption shapeOption =
        valued("shape", "which server to imitate: seed, ref or 2026", "NAME", "seed");
    const QCommandLineOption legacyOption(QStringLiteral("legacy-shape"), QStringLiteral("the same as --shape ref"));
    const QCommandLineOption printTokenOption = valued("print-token", "print a token for that member", "EMAIL");
    const QCommandLineOption printTotpOption = valued("print-totp", "print that member's current MFA code", "EMAIL");
    const QCommandLineOption autoApproveOption = valued("auto-approve", "approve device codes as that member", "EMAIL");
    const QCommandLineOption noRefreshOption(QStringLiteral("no-refresh-token"),
                                             QStringLiteral("device flow returns no refresh token"));
    const QCommandLineOption lifetimeOption = valued("token-lifetime", "access-token lifetime", "S", "86400");
    const QCommandLineOption intervalOption = valued("device-interval", "device-flow interval", "S", "5");
    const QCommandLineOption expiresOption = valued("device-expires-in", "device-flow expires_in", "S", "900");
    const QCommandLineOption rateOption = valued("rate-limit", "rate limiting on|off", "on|off", "on");
    const QCommandLineOption burstAuthOption = valued("rate-burst-auth", "auth bucket size", "N", "20");
    const QCommandLineOption burstDeviceOption = valued("rate-burst-device", "device bucket size", "N", "10");
    const QCommandLineOption burstMfaOption = valued("rate-burst-mfa", "MFA-verify bucket size", "N", "3");
    const QCommandLineOption refillOption = valued("rate-refill", "seconds per credit regained, every group", "S");
    const QCommandLineOption refillAuthOption = valued("rate-refill-auth", "seconds per auth credit", "S");
    const QCommandLineOption refillDeviceOption = valued("rate-refill-device", "seconds per device credit", "S");
    const QCommandLineOption refillMfaOption = valued("rate-refill-mfa", "seconds per MFA-verify credit", "S");
    const QCommandLineOption faultOption = valued("fault", "a fault: key=value pairs separated by commas", "SPEC");
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("do not log requests"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"), QStringLiteral("serve HTTPS (needs --cert and --key)"));
    const QCommandLineOption certOption = valued("cert", "server certificate (PEM) for --tls", "FILE");
    const QCommandLineOption keyOption = valued("key", "private key (PEM) for --tls", "FILE");
    parser.addOptions({portOption,        dbOption,         usersOption,     seedOption,        shapeOption,
                       legacyOption,      printTokenOption, printTotpOption, autoApproveOption, noRefreshOption,
                       lifetimeOption,    intervalOption,   expiresOption,   rateOption,        burstAuthOption,
                       burstDeviceOption, burstMfaOption,   refillOption,    refillAuthOption,  refillDeviceOption,
                       refillMfaOption,   faultOption,      quietOption,     tlsOption,         certOption,
                       keyOption});
    if (!parser.parse(arguments)) {
        *errorMessage = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *errorMessage = parser.helpText();
        return false;
    }
    qint64 number = 0;
    const auto integer = [&](const QCommandLineOption& option, qint64 minimum) {
        if (!toInteger(parser.value(option), minimum, &number)) {
            *errorMessage =
                QStringLiteral("invalid value for --%1: %2").arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        return true;
    };
    if (!integer(portOption, 0) || number > 65535)
        return false;
    port = quint16(number);
    databasePath = parser.value(dbOption);
    if (!integer(usersOption, 0))
        return false;
    seedUsers = number;
    if (!integer(seedOption, 0))
        return false;
    seed = quint64(number);
    const std::optional<ServerShape> named = shapeFromName(parser.value(shapeOption));
    if (!named) {
        *errorMessage = QStringLiteral("--shape takes seed, ref or 2026");
        return false;
    }
    shape = *named;
    if (parser.isSet(legacyOption)) {
        if (parser.isSet(shapeOption) && shape != ServerShape::Reference) {
            *errorMessage = QStringLiteral("--legacy-shape is --shape ref; it contradicts --shape %1")
                                .arg(parser.value(shapeOption));
            return false;
        }
        shape = ServerShape::Reference;
    }
    printTokenEmail = parser.value(printTokenOption);
    printTotpEmail = parser.value(printTotpOption);
    autoApproveEmail = parser.value(autoApproveOption);
    noRefreshToken = parser.isSet(noRefreshOption);
    if (!integer(lifetimeOption, 1))
        return false;
    tokenLifetimeSeconds = number;
    if (!integer(intervalOption, 0))
        return false;
    deviceIntervalSeconds = int(number);
    if (!integer(expiresOption, 1))
        return false;
    deviceExpiresInSeconds = int(number);
    const QString rate = parser.value(rateOption);
    if (rate != QLatin1String("on") && rate != QLatin1String("off")) {
        *errorMessage = QStringLiteral("--rate-limit takes on or off");
        return false;
    }
    rateLimitEnabled = rate == QLatin1String("on");
    if (!integer(burstAuthOption, 1))
        return false;
    rateAuth.burst = int(number);
    if (!integer(burstDeviceOption, 1))
        return false;
    rateDevice.burst = int(number);
    if (!integer(burstMfaOption, 1))
        return false;
    rateMfa.burst = int(number);
    // Refill: the reference server's one credit a minute, or the 2026 server's own rates (contract 9.7);
    // --rate-refill sets every group, --rate-refill-<group> one of them.
    const bool y2026 = shape == ServerShape::Y2026;
    rateAuth.refillSeconds = y2026 ? 1 : 60;
    rateDevice.refillSeconds = y2026 ? 5 : 60;
    rateMfa.refillSeconds = y2026 ? 1 : 60;
    const auto seconds = [&](const QCommandLineOption& option, double* out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || !(value > 0)) {
            *errorMessage = QStringLiteral("invalid value for --%1").arg(option.names().constFirst());
            return false;
        }
        *out = value;
        return true;
    };
    double all = 0;
    if (!seconds(refillOption, &all))
        return false;
    if (all > 0)
        rateAuth.refillSeconds = rateDevice.refillSeconds = rateMfa.refillSeconds = all;
    if (!seconds(refillAuthOption, &rateAuth.refillSeconds) || !seconds(refillDeviceOption, &rateDevice.refillSeconds)
        || !seconds(refillMfaOption, &rateMfa.refillSeconds))
        return false;
    faults = parser.values(faultOption);
    quiet = parser.isSet(quietOption);
    tls = parser.isSet(tlsOption);
    certificateFile = parser.value(certOption);
    keyFile = parser.value(keyOption);
    if (tls != (!certificateFile.isEmpty() && !keyFile.isEmpty()) || certificateFile.isEmpty() != keyFile.isEmpty()) {
        *errorMessage = QStringLiteral("--tls, --cert and --key go together");
        return false;
    }
    return true;
}

} // namespace UserAdmin::DevServer
