// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin {

/// A member's role in an organization (contract 5.3), with the few rules the client derives from it. The 2026
/// server also has custom roles (e.g. "Support"), whose rights only its capabilities tell (contract 9.4).
class MemberRole
{
public:
    enum class Value { Member, Admin, Owner, Custom };

    MemberRole() = default;
    MemberRole(Value value)
        : m_value(value)
    { }
    Value value() const { return m_value; }
    /// `owner` / `admin` / `member` (case-insensitive) as built-in roles; nullopt for an empty text.
    /// Any other name is a custom role, kept as sent.
    static std::optional<MemberRole> fromString(QStringView text);
    /// The name as the server says it ("owner", "Support").
    QString toString() const;
    /// Revoking end-user sessions needs owner or admin when the server reports no capabilities (the server
    /// enforces; this is the UI's advice). A custom role's rights are unknown without them.
    bool canRevokeSessions() const { return m_value == Value::Owner || m_value == Value::Admin; }
    friend bool operator==(const MemberRole& a, const MemberRole& b)
    {
        return a.m_value == b.m_value && a.m_customName == b.m_customName;
    }

private:
    Value m_value = Value::Member;
    QString m_customName;
};

} // namespace UserAdmin
