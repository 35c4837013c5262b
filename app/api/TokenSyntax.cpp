// SPDX-License-Identifier: MIT
#include "api/TokenSyntax.h"

namespace UserAdmin {

namespace {

bool isTokenCharacter(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_' || c == u'~' || c == u'+' || c == u'/';
}

} // namespace

bool TokenSyntax::isWellFormed(QStringView token)
{
    if (token.isEmpty() || token.size() > MaxLength)
        return false;
    qsizetype i = 0;
    while (i < token.size() && isTokenCharacter(token.at(i).unicode()))
        ++i;
    if (i == 0)
        return false;
    while (i < token.size() && token.at(i) == u'=')
        ++i;
    return i == token.size();
}

} // namespace UserAdmin
