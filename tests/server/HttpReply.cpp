// SPDX-License-Identifier: MIT
#include "HttpReply.h"

#include "Timestamps.h"

#include <QJsonDocument>

namespace UserAdmin::DevServer {

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpReply HttpReply::json(const QJsonArray& array, int status)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

HttpReply HttpReply::error(int status, const QString& errorCode, const QString& message)
{
    return json(QJsonObject {{QStringLiteral("error"), message},
                             {QStringLiteral("error_code"), errorCode},
                             {QStringLiteral("timestamp"), Timestamps::envelopeNow()}},
                status);
}

HttpReply HttpReply::badRequest(const QString& message)
{
    return error(400, QStringLiteral("BAD_REQUEST"), message);
}

HttpReply HttpReply::unauthorized(const QString& message)
{
    return error(401, QStringLiteral("UNAUTHORIZED"), message);
}

HttpReply HttpReply::forbidden(const QString& message)
{
    return error(403, QStringLiteral("FORBIDDEN"), message);
}

HttpReply HttpReply::notFound(const QString& message)
{
    return error(404, QStringLiteral("NOT_FOUND"), message);
}

HttpReply HttpReply::text(int status, const QString& text)
{
    return {status, QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8(), {}};
}

HttpReply HttpReply::html(int status, const QString& html)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), {}};
}

HttpReply HttpReply::empty(int status)
{
    return {status, {}, {}, {}};
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray HttpReply::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace UserAdmin::DevServer
