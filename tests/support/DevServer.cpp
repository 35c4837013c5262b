// SPDX-License-Identifier: MIT
#include "DevServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace UserAdmin::Test {

DevServer::DevServer(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

DevServer::~DevServer()
{
    stop();
}

QString DevServer::executablePath()
{
    const QByteArray fromEnv = qgetenv("SSO_DEV_SERVER");
    return fromEnv.isEmpty() ? QStringLiteral(SSO_DEV_SERVER_PATH) : QString::fromLocal8Bit(fromEnv);
}

bool DevServer::start(int timeoutMs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executablePath());
    QStringList args = m_arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(), [this] {
        m_stderr += m_process->readAllStandardError();
    });
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process->errorString());
        return false;
    }
    const bool wantsToken = args.contains(QStringLiteral("--print-token"));
    const bool wantsTotp = args.contains(QStringLiteral("--print-totp"));
    QElapsedTimer timer;
    timer.start();
    QByteArray pending;
    while (timer.elapsed() < timeoutMs) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("sso-dev-server exited early: %1").arg(QString::fromLocal8Bit(m_stderr));
            return false;
        }
        m_process->waitForReadyRead(100);
        pending += m_process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line.startsWith("listening "))
                m_baseUrl = QUrl(QString::fromLatin1(line.mid(10)));
            else if (line.startsWith("token "))
                m_printedToken = QString::fromLatin1(line.mid(6));
            else if (line.startsWith("totp "))
                m_printedTotp = QString::fromLatin1(line.mid(5));
        }
        if (m_baseUrl.isValid() && (!wantsToken || !m_printedToken.isEmpty())
            && (!wantsTotp || !m_printedTotp.isEmpty()))
            return true;
    }
    m_error = QStringLiteral("sso-dev-server did not report its address in time");
    return false;
}

void DevServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool DevServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl DevServer::url(const QString& pathAndQuery) const
{
    return QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + pathAndQuery, QUrl::StrictMode);
}

QByteArray DevServer::log()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QJsonObject DevServer::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray DevServer::Reply::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

QByteArray DevServer::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DevServer::Reply DevServer::send(const QByteArray& method,
                                 const QString& pathAndQuery,
                                 const QString& bearerToken,
                                 const QByteArray& body,
                                 const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                                 int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : extraHeaders)
        request.setRawHeader(name, value);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    if (m_ignoreSslErrors)
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.status = -1;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.networkError = int(reply->error());
        if (reply->error() != QNetworkReply::NoError)
            result.errorString = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

DevServer::Reply DevServer::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(method, path, {}, payload);
}

QString DevServer::tokenFor(const QString& email, int expiresInSeconds)
{
    return tokensFor(email, expiresInSeconds, false).value(QStringLiteral("access_token")).toString();
}

QJsonObject DevServer::tokensFor(const QString& email, int expiresInSeconds, bool withRefresh)
{
    return control("POST",
                   QStringLiteral("/__control/token"),
                   {{QStringLiteral("email"), email},
                    {QStringLiteral("expires_in"), expiresInSeconds},
                    {QStringLiteral("refresh"), withRefresh}})
        .json();
}

int DevServer::addFault(const QJsonObject& spec)
{
    const Reply reply = control("POST", QStringLiteral("/__control/faults"), spec);
    return reply.status == 200 ? reply.json().value(QStringLiteral("id")).toInt(-1) : -1;
}

void DevServer::clearFaults()
{
    control("DELETE", QStringLiteral("/__control/faults"));
}

QJsonArray DevServer::requests(const QString& pathGlob, const QString& method)
{
    QUrlQuery query;
    if (!pathGlob.isEmpty())
        query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(pathGlob)));
    if (!method.isEmpty())
        query.addQueryItem(QStringLiteral("method"), method);
    QString path = QStringLiteral("/__control/requests");
    if (!query.isEmpty())
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return control("GET", path).json().value(QStringLiteral("requests")).toArray();
}

void DevServer::clearRequests()
{
    control("DELETE", QStringLiteral("/__control/requests"));
}

bool DevServer::setRateLimit(const QJsonObject& settings)
{
    return control("POST", QStringLiteral("/__control/rate-limit"), settings).status == 200;
}

bool DevServer::approveDevice(const QString& userCode, const QString& email)
{
    return control("POST",
                   QStringLiteral("/__control/device/approve"),
                   {{QStringLiteral("user_code"), userCode}, {QStringLiteral("email"), email}})
               .status
        == 200;
}

QString DevServer::totpFor(const QString& email)
{
    return control("GET",
                   QStringLiteral("/__control/totp?email=") + QString::fromLatin1(QUrl::toPercentEncoding(email)))
        .json()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject DevServer::scopedTokensFor(const QString& email, const QString& organization, int expiresInSeconds)
{
    const Reply reply = control("POST",
                                QStringLiteral("/__control/token"),
                                {{QStringLiteral("email"), email},
                                 {QStringLiteral("org"), organization},
                                 {QStringLiteral("expires_in"), expiresInSeconds}});
    return reply.status == 200 ? reply.json() : QJsonObject();
}

bool DevServer::setMembership(const QString& email, const QString& organization, const QString& role)
{
    return control("POST",
                   QStringLiteral("/__control/membership"),
                   {{QStringLiteral("email"), email},
                    {QStringLiteral("org"), organization},
                    {QStringLiteral("role"), role.isEmpty() ? QJsonValue() : QJsonValue(role)}})
               .status
        == 200;
}

DevServer::Reply DevServer::signInWithPassword(const QString& email,
                                               const QString& password,
                                               const QString& organization,
                                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!organization.isEmpty())
        body.insert(QStringLiteral("org_slug"), organization);
    const Reply login = send("POST",
                             QStringLiteral("/api/auth/login"),
                             {},
                             QJsonDocument(body).toJson(QJsonDocument::Compact),
                             extraHeaders);
    // A pre-authentication token comes with an empty refresh token.
    if (login.status != 200 || !login.json().value(QStringLiteral("refresh_token")).toString().isEmpty())
        return login;
    const QJsonObject verify {{QStringLiteral("preauth_token"), login.json().value(QStringLiteral("access_token"))},
                              {QStringLiteral("code"), totpFor(email)}};
    return send("POST",
                QStringLiteral("/api/auth/mfa/verify"),
                {},
                QJsonDocument(verify).toJson(QJsonDocument::Compact),
                extraHeaders);
}

} // namespace UserAdmin::Test
