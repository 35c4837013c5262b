// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// Which server sso-dev-server imitates: the seed specification, the reference server of Oct 2025 or the
/// platform as deployed in 2026 (contract sections 1, 6 and 9).
enum class ServerShape { Seed, Reference, Y2026 };

/// "seed", "ref" or "2026": the names of --shape and of the "shapes" lists in data/fixed-data.json.
QString shapeName(ServerShape shape);
std::optional<ServerShape> shapeFromName(const QString& name);

} // namespace UserAdmin::DevServer
