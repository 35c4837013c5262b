// SPDX-License-Identifier: MIT
#include "ShapeSerializer.h"

#include "RefSerializer.h"
#include "SeedSerializer.h"
#include "Shape2026Serializer.h"

namespace UserAdmin::DevServer {

std::unique_ptr<ShapeSerializer> ShapeSerializer::create(ServerShape shape)
{
    switch (shape) {
    case ServerShape::Seed:
        return std::make_unique<SeedSerializer>();
    case ServerShape::Reference:
        return std::make_unique<RefSerializer>();
    case ServerShape::Y2026:
        return std::make_unique<Shape2026Serializer>();
    }
    return std::make_unique<SeedSerializer>();
}

} // namespace UserAdmin::DevServer
