// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
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

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
        QJsonArray jsonArray() const;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray& name) const;
    };
    /// A plain HTTP request to the server (not through the code under test), for contract tests.
    Reply send(const QByteArray& method,
               const QString& pathAndQuery,
               const QString& bearerToken = {},
               const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {},
               int timeoutMs = 30000);
    Reply control(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    static QString executablePath();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_printedToken;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace UserAdmin::Test
