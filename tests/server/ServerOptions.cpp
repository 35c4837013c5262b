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

} // namespace

bool ServerOptions::parse(const QStringList& arguments, QString* errorMessage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local SSO server for the tests and the demo of SSO User Admin"));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port (0: any free one)"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("SQLite database file"), QStringLiteral("PATH"));
    const QCommandLineOption usersOption(QStringLiteral("seed-users"),
                                         QStringLiteral("generated end-users"),
                                         QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("generator seed"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption printTokenOption(
        QStringLiteral("print-token"), QStringLiteral("print a token for that member"), QStringLiteral("EMAIL"));
    const QCommandLineOption autoApproveOption(
        QStringLiteral("auto-approve"), QStringLiteral("approve device codes as that member"), QStringLiteral("EMAIL"));
    const QCommandLineOption legacyOption(QStringLiteral("legacy-shape"),
                                          QStringLiteral("answer in the older server's shapes"));
    const QCommandLineOption noRefreshOption(QStringLiteral("no-refresh-token"),
                                             QStringLiteral("device flow returns no refresh token"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("access-token lifetime"),
                                            QStringLiteral("S"),
                                            QStringLiteral("86400"));
    const QCommandLineOption intervalOption(QStringLiteral("device-interval"),
                                            QStringLiteral("device-flow interval"),
                                            QStringLiteral("S"),
                                            QStringLiteral("5"));
    const QCommandLineOption expiresOption(QStringLiteral("device-expires-in"),
                                           QStringLiteral("device-flow expires_in"),
                                           QStringLiteral("S"),
                                           QStringLiteral("900"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        QStringLiteral("rate limiting on|off"),
                                        QStringLiteral("on|off"),
                                        QStringLiteral("on"));
    const QCommandLineOption burstAuthOption(QStringLiteral("rate-burst-auth"),
                                             QStringLiteral("auth bucket size"),
                                             QStringLiteral("N"),
                                             QStringLiteral("20"));
    const QCommandLineOption burstDeviceOption(QStringLiteral("rate-burst-device"),
                                               QStringLiteral("device bucket size"),
                                               QStringLiteral("N"),
                                               QStringLiteral("10"));
    const QCommandLineOption refillOption(QStringLiteral("rate-refill"),
                                          QStringLiteral("seconds per credit regained"),
                                          QStringLiteral("S"),
                                          QStringLiteral("60"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("a fault: key=value pairs separated by commas"),
                                         QStringLiteral("SPEC"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("do not log requests"));
    parser.addOptions({portOption,
                       dbOption,
                       usersOption,
                       seedOption,
                       printTokenOption,
                       autoApproveOption,
                       legacyOption,
                       noRefreshOption,
                       lifetimeOption,
                       intervalOption,
                       expiresOption,
                       rateOption,
                       burstAuthOption,
                       burstDeviceOption,
                       refillOption,
                       faultOption,
                       quietOption});
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
    printTokenEmail = parser.value(printTokenOption);
    autoApproveEmail = parser.value(autoApproveOption);
    shape = parser.isSet(legacyOption) ? ServerShape::Reference : ServerShape::Seed;
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
    rateBurstAuth = int(number);
    if (!integer(burstDeviceOption, 1))
        return false;
    rateBurstDevice = int(number);
    bool ok = false;
    rateRefillSeconds = parser.value(refillOption).toDouble(&ok);
    if (!ok || rateRefillSeconds <= 0) {
        *errorMessage = QStringLiteral("invalid value for --rate-refill");
        return false;
    }
    faults = parser.values(faultOption);
    quiet = parser.isSet(quietOption);
    return true;
}

} // namespace UserAdmin::DevServer
