// SPDX-License-Identifier: MIT
#include "api/ApiClient.h"

#include "api/TokenSyntax.h"
#include "api/TransportPolicy.h"
#include "core/Logging.h"

#include <QFile>
#include <QNetworkReply>

namespace UserAdmin {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed by ApiJob itself, so that the token never crosses to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl& url)
{
    if (TransportPolicy::origin(url) != TransportPolicy::origin(m_baseUrl))
        m_listShape.reset();
    m_baseUrl = url;
}

QString ApiClient::origin() const
{
    return TransportPolicy::origin(m_baseUrl);
}

void ApiClient::setAccessToken(const QString& token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    ++m_tokenGeneration;
    qCDebug(lcApi) << "access token set:" << Logging::redactedToken(token);
    emit accessTokenChanged();
}

TransportPolicy::Refusal ApiClient::transportRefusal(const QUrl& url) const
{
    return TransportPolicy::check(url, m_allowInsecureHttp);
}

void ApiClient::reportUnauthorized(const ApiError& error, quint64 tokenGeneration)
{
    emit unauthorizedReceived(error, tokenGeneration == m_tokenGeneration);
}

bool ApiClient::setCaFile(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("The CA file %1 holds no PEM certificate.").arg(path);
        return false;
    }
    setExtraCaCertificates(certificates);
    return true;
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates = certificates;
}

QSslConfiguration ApiClient::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_extraCaCertificates.isEmpty())
        configuration.addCaCertificates(m_extraCaCertificates);
    return configuration;
}

QUrl ApiClient::urlFor(const ApiRequest& request) const
{
    return UrlEncoding::buildUrl(m_baseUrl, request.path, request.query);
}

QNetworkReply*
ApiClient::send(const ApiRequest& request, const QUrl& url, QIODevice* body, TransportPolicy::Refusal* refusal)
{
    const TransportPolicy::Refusal refused = transportRefusal(url);
    if (refusal)
        *refusal = refused;
    if (refused != TransportPolicy::Refusal::None) {
        qCWarning(lcApi) << "refused by transport policy:" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        return nullptr;
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0)
        networkRequest.setSslConfiguration(sslConfiguration());
    // The token only ever goes to the configured origin; a redirect elsewhere carries none.
    const QString& token = request.bearerOverride.isEmpty() ? m_accessToken : request.bearerOverride;
    // The last line of defence: every entry point checks tokens, and a malformed one is still never a header (a
    // CR/LF in it would add header lines of the server's choosing). The server then answers 401.
    if (request.authenticated && !token.isEmpty() && TransportPolicy::origin(url) == origin()) {
        if (TokenSyntax::isWellFormed(token))
            networkRequest.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
        else
            qCWarning(lcApi) << "a malformed access token was not sent";
    }
    if (!request.idempotent()) {
        // See OneShotBodyDevice: no silent second send of a DELETE or POST. HTTP/2 multiplexing is kept out
        // of it as well, so the one-connection-one-request reasoning holds.
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.hasBody ? request.jsonBody.size() : 0);
    }
    if (request.hasBody)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (request.idempotent())
        return m_network->get(networkRequest);
    return m_network->sendCustomRequest(networkRequest, request.verb(), body);
}

} // namespace UserAdmin
