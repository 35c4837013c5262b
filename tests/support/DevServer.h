// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace UserAdmin::Test {

/// A sso-dev-server process for one test: started on a free loopback port, stopped on destruction.
/// Control calls block with a local event loop, which is acceptable in tests only.
class DevServer
{
public:
    explicit DevServer(QStringList arguments = {});
    ~DevServer();
    DevServer(const DevServer&) = delete;
    DevServer& operator=(const DevServer&) = delete;

    /// Starts the server and waits for its "listening" line (up to timeoutMs). False on failure; see errorString().
    bool start(int timeoutMs = 60000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString& pathAndQuery) const;
    /// The line printed after "token " when started with --print-token.
    QString printedToken() const { return m_printedToken; }
    /// The code printed after "totp " when started with --print-totp (valid in the 30-second step of the start).
    QString printedTotp() const { return m_printedTotp; }
    /// Everything the server wrote on standard error so far (its request log).
    QByteArray log();

    /// A fresh access token for a member, through the control endpoint. expiresIn may be negative.
    QString tokenFor(const QString& email, int expiresInSeconds = 3600);
    QJsonObject tokensFor(const QString& email, int expiresInSeconds = 3600, bool withRefresh = true);

    /// Adds a fault (see tests/server/README.md); returns its id or -1.
    int addFault(const QJsonObject& spec);
    void clearFaults();
    /// Requests the server received, filtered by path glob and method (empty: all).
    QJsonArray requests(const QString& pathGlob = {}, const QString& method = {});
    void clearRequests();
    bool setRateLimit(const QJsonObject& settings);
    bool approveDevice(const QString& userCode, const QString& email);

    /// The member's current MFA code (GET /__control/totp); empty when the member has no MFA.
    QString totpFor(const QString& email);
    /// An organization-scoped session as POST /api/organizations/:slug/select makes it: {access_token,
    /// refresh_token}; empty when the member is not a member of that organization.
    QJsonObject scopedTokensFor(const QString& email, const QString& organization, int expiresInSeconds = 3600);
    /// Gives the member that role in the organization (adding the membership); an empty role removes it.
    bool setMembership(const QString& email, const QString& organization, const QString& role);

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
        QJsonArray jsonArray() const;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray& name) const;
        int networkError = 0; // QNetworkReply::NetworkError of the exchange (0: none)
        QString errorString;
    };
    /// A plain HTTP request to the server (not through the code under test), for contract tests.
    Reply send(const QByteArray& method,
               const QString& pathAndQuery,
               const QString& bearerToken = {},
               const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {},
               int timeoutMs = 30000);
    Reply control(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    /// POST /api/auth/login, then POST /api/auth/mfa/verify with the current code when the server asks for
    /// it (2026 shape). The last answer: the tokens on success, else the failure.
    Reply signInWithPassword(const QString& email,
                             const QString& password,
                             const QString& organization = {},
                             const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

    /// For a server started with --tls: the certificate authorities send() and control() trust (added to the
    /// system's), or no verification at all (to reach a server with a broken certificate's control endpoint).
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates = certificates; }
    void setIgnoreSslErrors(bool ignore) { m_ignoreSslErrors = ignore; }

    static QString executablePath();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_printedToken;
    QString m_printedTotp;
    QString m_error;
    QByteArray m_stderr;
    QList<QSslCertificate> m_caCertificates;
    bool m_ignoreSslErrors = false;
};

} // namespace UserAdmin::Test
