// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace UserAdmin {

/// A member's role in an organization (contract 5.3), with the few rules the client derives from it.
class MemberRole
{
public:
    enum class Value { Member, Admin, Owner };

    MemberRole() = default;
    constexpr MemberRole(Value value)
        : m_value(value)
    { }
    Value value() const { return m_value; }
    /// `owner` / `admin` / `member` (case-insensitive); nullopt for anything else.
    static std::optional<MemberRole> fromString(QStringView text);
    QString toString() const;
    /// Revoking end-user sessions needs owner or admin (the server enforces; this is the UI's advice).
    bool canRevokeSessions() const { return m_value != Value::Member; }
    friend bool operator==(MemberRole a, MemberRole b) { return a.m_value == b.m_value; }

private:
    Value m_value = Value::Member;
};

} // namespace UserAdmin
