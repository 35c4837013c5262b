// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace UserAdmin::Test {

/// Throw-away TLS material for one test run, made with the openssl command line: a certificate authority and,
/// signed by it, a valid server certificate for 127.0.0.1 and localhost, an expired one and one for another
/// host name. Files are PEM, keys unencrypted RSA, all in a temporary directory removed on destruction.
class TestCertificates
{
public:
    enum class Kind { Valid, Expired, WrongHost };

    TestCertificates();
    ~TestCertificates();
    TestCertificates(const TestCertificates&) = delete;
    TestCertificates& operator=(const TestCertificates&) = delete;

    /// Generates everything (a second or two); false with errorString() when openssl is missing or fails.
    bool generate();
    QString errorString() const { return m_error; }

    QString caFile() const;
    QString certificateFile(Kind kind) const;
    QString keyFile(Kind kind) const;
    /// The sso-dev-server arguments that serve that certificate: --tls --cert FILE --key FILE.
    QStringList serverArguments(Kind kind) const;

private:
    bool run(const QStringList& arguments);
    bool sign(
        const QString& name, const QString& subject, const QString& altNames, const QString& start, const QString& end);
    QString path(const QString& name) const;
    static QString nameOf(Kind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

} // namespace UserAdmin::Test
