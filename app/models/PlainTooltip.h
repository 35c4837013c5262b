// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace UserAdmin {

/// Tooltips are shown as rich text whenever they look like markup, so user data in a tooltip is escaped and
/// wrapped in an explicit paragraph: an email such as `<b>x</b>@y.com` then reads literally.
inline QString plainTooltip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace UserAdmin
