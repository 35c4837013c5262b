// SPDX-License-Identifier: MIT
#include "RequestJournal.h"

#include "HttpRequestData.h"

#include <QRegularExpression>

namespace UserAdmin::DevServer {

void RequestJournal::record(const HttpRequestData& request, int status, qint64 milliseconds)
{
    QJsonObject items;
    for (const auto& [name, value] : request.queryItems)
        items.insert(name, value);
    const QByteArray authorization = request.header("Authorization");
    QString authorizationKind = QStringLiteral("none");
    if (authorization.startsWith("Bearer "))
        authorizationKind = QStringLiteral("bearer");
    else if (!authorization.isEmpty())
        authorizationKind = QStringLiteral("other");
    m_records.append(QJsonObject {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                  {QStringLiteral("path"), request.path},
                                  {QStringLiteral("query"), QString::fromLatin1(request.rawQuery)},
                                  {QStringLiteral("query_items"), items},
                                  {QStringLiteral("authorization"), authorizationKind},
                                  {QStringLiteral("content_type"), QString::fromLatin1(request.header("Content-Type"))},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("ms"), milliseconds}});
}

void RequestJournal::clear()
{
    m_records.clear();
}

QJsonArray RequestJournal::find(const QString& pathGlob, const QString& method) const
{
    QRegularExpression regex;
    if (!pathGlob.isEmpty()) {
        QStringList pieces;
        for (const QString& piece : pathGlob.split(QLatin1Char('*')))
            pieces << QRegularExpression::escape(piece);
        regex.setPattern(QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".+"))));
    }
    QJsonArray result;
    for (const QJsonObject& record : m_records) {
        if (!method.isEmpty()
            && record.value(QStringLiteral("method")).toString().compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!pathGlob.isEmpty() && !regex.match(record.value(QStringLiteral("path")).toString()).hasMatch())
            continue;
        result.append(record);
    }
    return result;
}

} // namespace UserAdmin::DevServer
