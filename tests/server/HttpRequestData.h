// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QHttpServerRequest;

namespace UserAdmin::DevServer {

/// A copy of what sso-dev-server needs from a request, so it can be handled later (latency faults).
struct HttpRequestData
{
    QByteArray method;
    QString path; // decoded path, for logging and fault matching
    QStringList segments; // decoded path segments (empty segments kept: a trailing slash gives "")
    QByteArray rawQuery; // as received
    QList<QPair<QString, QString>> queryItems; // form-decoded ('+' is a space)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    static HttpRequestData from(const QHttpServerRequest& request);
    QByteArray header(const QByteArray& name) const;
    /// Values of one query parameter, in order.
    QStringList queryValues(const QString& name) const;
    bool hasJsonContentType() const;
};

} // namespace UserAdmin::DevServer
