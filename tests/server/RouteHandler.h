// SPDX-License-Identifier: MIT
#pragma once

#include "HttpReply.h"

#include <QHash>
#include <QString>

namespace UserAdmin::DevServer {

struct HttpRequestData;

/// The values of a route pattern's ":name" segments, decoded.
using RouteParams = QHash<QString, QString>;

/// Answers one endpoint (one method and path pattern of a Router).
class RouteHandler
{
public:
    virtual ~RouteHandler() = default;
    virtual HttpReply handle(const HttpRequestData& request, const RouteParams& params) = 0;
};

} // namespace UserAdmin::DevServer
