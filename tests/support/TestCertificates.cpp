// SPDX-License-Identifier: MIT
#include "TestCertificates.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace UserAdmin::Test {

namespace {

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

} // namespace

TestCertificates::TestCertificates() = default;
TestCertificates::~TestCertificates() = default;

QString TestCertificates::path(const QString& name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

QString TestCertificates::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Valid:
        return QStringLiteral("server");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::WrongHost:
        return QStringLiteral("wronghost");
    }
    return {};
}

QString TestCertificates::caFile() const
{
    return path(QStringLiteral("ca.pem"));
}

QString TestCertificates::certificateFile(Kind kind) const
{
    return path(nameOf(kind) + QStringLiteral(".pem"));
}

QString TestCertificates::keyFile(Kind kind) const
{
    return path(nameOf(kind) + QStringLiteral(".key"));
}

QStringList TestCertificates::serverArguments(Kind kind) const
{
    return {QStringLiteral("--tls"),
            QStringLiteral("--cert"),
            certificateFile(kind),
            QStringLiteral("--key"),
            keyFile(kind)};
}

bool TestCertificates::run(const QStringList& arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run openssl (Debian package openssl): %1").arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::sign(
    const QString& name, const QString& subject, const QString& altNames, const QString& start, const QString& end)
{
    QFile extensions(path(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return false;
    }
    extensions.write("basicConstraints = CA:FALSE\nkeyUsage = digitalSignature, keyEncipherment\n"
                     "extendedKeyUsage = serverAuth\nsubjectAltName = "
                     + altNames.toLatin1() + '\n');
    extensions.close();
    // "openssl ca" is the command-line tool that takes explicit start and end dates (for the expired one).
    return run({QStringLiteral("req"),
                QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"),
                QStringLiteral("-keyout"),
                name + QStringLiteral(".key"),
                QStringLiteral("-out"),
                name + QStringLiteral(".csr"),
                QStringLiteral("-subj"),
                subject})
        && run({QStringLiteral("ca"),
                QStringLiteral("-batch"),
                QStringLiteral("-notext"),
                QStringLiteral("-config"),
                QStringLiteral("ca.cnf"),
                QStringLiteral("-startdate"),
                start,
                QStringLiteral("-enddate"),
                end,
                QStringLiteral("-extfile"),
                name + QStringLiteral(".ext"),
                QStringLiteral("-in"),
                name + QStringLiteral(".csr"),
                QStringLiteral("-out"),
                name + QStringLiteral(".pem")});
}

bool TestCertificates::generate()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QFile config(path(QStringLiteral("ca.cnf")));
    QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    if (!config.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(config.fileName());
        return false;
    }
    config.write("[ca]\ndefault_ca = test_ca\n[test_ca]\ndir = .\ndatabase = index.txt\nnew_certs_dir = .\n"
                 "certificate = ca.pem\nprivate_key = ca.key\nrand_serial = yes\ndefault_md = sha256\n"
                 "policy = anything\nunique_subject = no\ncopy_extensions = none\n"
                 "[anything]\ncommonName = supplied\n");
    config.close();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return run({QStringLiteral("req"),
                QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"),
                QStringLiteral("-keyout"),
                QStringLiteral("ca.key"),
                QStringLiteral("-out"),
                QStringLiteral("ca.pem"),
                QStringLiteral("-days"),
                QStringLiteral("2"),
                QStringLiteral("-subj"),
                QStringLiteral("/CN=sso-dev-server test CA"),
                QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
        && sign(QStringLiteral("server"),
                QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("IP:127.0.0.1, DNS:localhost"),
                stamp(now.addSecs(-3600)),
                stamp(now.addDays(1)))
        && sign(QStringLiteral("expired"),
                QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("IP:127.0.0.1, DNS:localhost"),
                stamp(now.addDays(-30)),
                stamp(now.addDays(-1)))
        && sign(QStringLiteral("wronghost"),
                QStringLiteral("/CN=sso.wrong-host.example"),
                QStringLiteral("DNS:sso.wrong-host.example"),
                stamp(now.addSecs(-3600)),
                stamp(now.addDays(1)));
}

} // namespace UserAdmin::Test
