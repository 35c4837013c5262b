// SPDX-License-Identifier: MIT
#include "api/MemberRole.h"

namespace UserAdmin {

std::optional<MemberRole> MemberRole::fromString(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == QStringLiteral("owner"))
        return MemberRole(Value::Owner);
    if (lower == QStringLiteral("admin"))
        return MemberRole(Value::Admin);
    if (lower == QStringLiteral("member"))
        return MemberRole(Value::Member);
    if (lower.isEmpty())
        return std::nullopt;
    MemberRole custom(Value::Custom);
    custom.m_customName = text.trimmed().left(64).toString();
    return custom;
}

QString MemberRole::toString() const
{
    switch (m_value) {
    case Value::Owner:
        return QStringLiteral("owner");
    case Value::Admin:
        return QStringLiteral("admin");
    case Value::Custom:
        return m_customName;
    case Value::Member:
        break;
    }
    return QStringLiteral("member");
}

} // namespace UserAdmin
