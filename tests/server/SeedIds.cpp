// SPDX-License-Identifier: MIT
#include "SeedIds.h"

#include <cstdio>

namespace UserAdmin::DevServer {

SeedIds::SeedIds(quint64 seed)
    : m_seed(seed)
{ }

quint64 SeedIds::mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

QString SeedIds::uuid(quint64 kind, quint64 number) const
{
    const quint64 a = mix(m_seed * 0x100000001b3ULL ^ (kind << 56) ^ number);
    const quint64 b = mix(a ^ number);
    char buffer[40];
    const int length = std::snprintf(buffer,
                                     sizeof buffer,
                                     "%08x-%04x-4%03x-%04x-%012llx",
                                     unsigned(a >> 32),
                                     unsigned((a >> 16) & 0xffff),
                                     unsigned(a & 0xfff),
                                     unsigned(0x8000 | ((b >> 48) & 0x3fff)),
                                     static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return QString::fromLatin1(buffer, length);
}

} // namespace UserAdmin::DevServer
