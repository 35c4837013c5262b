// SPDX-License-Identifier: MIT
#include "audit/AuditOutcome.h"

#include <array>
#include <utility>

namespace UserAdmin {

namespace {

// The names are the journal's on-disk vocabulary: changing one makes old journals unreadable.
constexpr std::array kindNames {
    std::pair {AuditOutcome::Kind::Revoked, u"revoked"},
    std::pair {AuditOutcome::Kind::Refused, u"refused"},
    std::pair {AuditOutcome::Kind::NotFound, u"not_found"},
    std::pair {AuditOutcome::Kind::NotReached, u"not_reached"},
    std::pair {AuditOutcome::Kind::Unknown, u"unknown"},
    std::pair {AuditOutcome::Kind::NotRevoked, u"not_revoked"},
};

constexpr std::array reachNames {
    std::pair {AuditOutcome::Reach::Unspecified, u"unspecified"},
    std::pair {AuditOutcome::Reach::ConnectionRefused, u"connection_refused"},
    std::pair {AuditOutcome::Reach::HostNotFound, u"host_not_found"},
    std::pair {AuditOutcome::Reach::SecureConnectionFailed, u"secure_connection_failed"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return QString::fromUtf16(table.front().second);
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& name)
{
    for (const auto& [v, text] : table) {
        if (name == QStringView(text))
            return v;
    }
    return std::nullopt;
}

} // namespace

AuditOutcome AuditOutcome::revoked(std::optional<qint64> count)
{
    AuditOutcome o;
    o.kind = Kind::Revoked;
    o.count = count;
    return o;
}

AuditOutcome AuditOutcome::refused(int httpStatus, const QString& errorCode, const QString& serverMessage)
{
    AuditOutcome o;
    o.kind = Kind::Refused;
    o.httpStatus = httpStatus;
    o.errorCode = errorCode;
    o.serverMessage = serverMessage;
    return o;
}

AuditOutcome AuditOutcome::notFound(int httpStatus, const QString& errorCode, const QString& serverMessage)
{
    AuditOutcome o = refused(httpStatus, errorCode, serverMessage);
    o.kind = Kind::NotFound;
    return o;
}

AuditOutcome AuditOutcome::notReached(Reach reach)
{
    AuditOutcome o;
    o.kind = Kind::NotReached;
    o.reach = reach;
    return o;
}

AuditOutcome AuditOutcome::unknown()
{
    return AuditOutcome {};
}

AuditOutcome AuditOutcome::notRevoked()
{
    AuditOutcome o;
    o.kind = Kind::NotRevoked;
    return o;
}

bool AuditOutcome::definitelyNotDone() const
{
    return kind == Kind::Refused || kind == Kind::NotFound || kind == Kind::NotReached || kind == Kind::NotRevoked;
}

QString AuditOutcome::kindName(Kind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<AuditOutcome::Kind> AuditOutcome::kindFromName(const QString& name)
{
    return valueOf(kindNames, name);
}

QString AuditOutcome::reachName(Reach reach)
{
    return nameOf(reachNames, reach);
}

std::optional<AuditOutcome::Reach> AuditOutcome::reachFromName(const QString& name)
{
    return valueOf(reachNames, name);
}

} // namespace UserAdmin
