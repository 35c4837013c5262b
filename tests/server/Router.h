// SPDX-License-Identifier: MIT
#pragma once

#include "RouteHandler.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace UserAdmin::DevServer {

/// A route table: method and path pattern ("/api/organizations/:slug/users/:user_id") to one handler.
/// An empty path segment (trailing slash, "//") or an unknown path answers 404 with an empty body, a known
/// path with another method 405, as the reference server does; a DatabaseError becomes 500 DATABASE_ERROR.
class Router
{
public:
    using Function = std::function<HttpReply(const HttpRequestData&, const RouteParams&)>;

    void add(const QByteArray& method, const QString& pattern, std::unique_ptr<RouteHandler> handler);
    void add(const QByteArray& method, const QString& pattern, Function function);
    HttpReply dispatch(const HttpRequestData& request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // ":name" matches any one non-empty segment
        Function function;
    };
    static bool matches(const Route& route, const QStringList& segments, RouteParams* params);

    std::vector<Route> m_routes;
    std::vector<std::unique_ptr<RouteHandler>> m_handlers;
};

} // namespace UserAdmin::DevServer
