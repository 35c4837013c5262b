// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin::DevServer {

class ApiContext;
class Router;

/// The route table of the platform API: every endpoint of the context's shape and its handler.
void addApiRoutes(Router& router, ApiContext& context);

} // namespace UserAdmin::DevServer
