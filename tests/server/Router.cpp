// SPDX-License-Identifier: MIT
#include "Router.h"

#include "DatabaseError.h"
#include "HttpRequestData.h"

#include <cstdio>

namespace UserAdmin::DevServer {

void Router::add(const QByteArray& method, const QString& pattern, std::unique_ptr<RouteHandler> handler)
{
    RouteHandler* raw = handler.get();
    m_handlers.push_back(std::move(handler));
    add(method, pattern, [raw](const HttpRequestData& request, const RouteParams& params) {
        return raw->handle(request, params);
    });
}

void Router::add(const QByteArray& method, const QString& pattern, Function function)
{
    m_routes.push_back({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(function)});
}

bool Router::matches(const Route& route, const QStringList& segments, RouteParams* params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char(':')))
            params->insert(expected.mid(1), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    return true;
}

HttpReply Router::dispatch(const HttpRequestData& request) const
{
    for (const QString& segment : request.segments) {
        if (segment.isEmpty())
            return HttpReply::empty(404);
    }
    bool pathKnown = false;
    for (const Route& route : m_routes) {
        RouteParams params;
        if (!matches(route, request.segments, &params))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        try {
            return route.function(request, params);
        } catch (const DatabaseError& error) {
            std::fprintf(stderr, "database error: %s\n", qPrintable(error.message()));
            return HttpReply::error(500, QStringLiteral("DATABASE_ERROR"), QStringLiteral("Database error"));
        }
    }
    return HttpReply::empty(pathKnown ? 405 : 404);
}

} // namespace UserAdmin::DevServer
