// SPDX-License-Identifier: MIT
#include "HttpRequestData.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace UserAdmin::DevServer {

namespace {

QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

HttpRequestData HttpRequestData::from(const QHttpServerRequest& request)
{
    HttpRequestData data;
    data.method = methodName(request.method());
    const QUrl url = request.url();
    const QByteArray encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    data.path = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedPath));
    const QList<QByteArray> parts = encodedPath.split('/');
    for (qsizetype i = 1; i < parts.size(); ++i)
        data.segments << QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(i)));
    data.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    if (!data.rawQuery.isEmpty()) {
        for (const QByteArray& item : data.rawQuery.split('&')) {
            if (item.isEmpty())
                continue;
            const qsizetype equals = item.indexOf('=');
            if (equals < 0)
                data.queryItems.append({formDecode(item), QString()});
            else
                data.queryItems.append({formDecode(item.left(equals)), formDecode(item.mid(equals + 1))});
        }
    }
    data.headers = request.headers();
    data.body = request.body();
    data.peer = request.remoteAddress();
    return data;
}

QByteArray HttpRequestData::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList HttpRequestData::queryValues(const QString& name) const
{
    QStringList values;
    for (const auto& [key, value] : queryItems) {
        if (key == name)
            values << value;
    }
    return values;
}

bool HttpRequestData::hasJsonContentType() const
{
    const QByteArray type = header("Content-Type").split(';').constFirst().trimmed().toLower();
    return type == "application/json";
}

} // namespace UserAdmin::DevServer
