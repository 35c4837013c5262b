// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace UserAdmin::DevServer {

/// One HTTP answer before it is written to the socket.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject& object, int status = 200);
    static HttpReply json(const QJsonArray& array, int status = 200);
    /// The error envelope {error, error_code, timestamp}.
    static HttpReply error(int status, const QString& errorCode, const QString& message);
    static HttpReply badRequest(const QString& message);
    static HttpReply unauthorized(const QString& message);
    static HttpReply forbidden(const QString& message);
    static HttpReply notFound(const QString& message);
    static HttpReply text(int status, const QString& text);
    static HttpReply html(int status, const QString& html);
    static HttpReply empty(int status);
    /// The raw bytes of the status line, headers and body.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace UserAdmin::DevServer
