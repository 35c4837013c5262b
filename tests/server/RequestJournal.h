// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace UserAdmin::DevServer {

struct HttpRequestData;

/// The requests the server answered (or dropped), for the control endpoint. Never holds a token.
class RequestJournal
{
public:
    void record(const HttpRequestData& request, int status, qint64 milliseconds);
    void clear();
    /// Records oldest first, filtered by a path glob ("*" for one or more characters) and a method.
    QJsonArray find(const QString& pathGlob, const QString& method) const;

private:
    QList<QJsonObject> m_records;
};

} // namespace UserAdmin::DevServer
