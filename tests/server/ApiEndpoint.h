// SPDX-License-Identifier: MIT
#pragma once

#include "ApiContext.h"
#include "RouteHandler.h"

namespace UserAdmin::DevServer {

/// A handler of one platform API endpoint, with the shared context.
class ApiEndpoint : public RouteHandler
{
public:
    explicit ApiEndpoint(ApiContext& context)
        : m_context(context)
    { }

protected:
    ApiContext& m_context;
};

} // namespace UserAdmin::DevServer
