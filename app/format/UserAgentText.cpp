// SPDX-License-Identifier: MIT
#include "format/UserAgentText.h"

#include <array>

namespace UserAdmin {

namespace {

struct Marker
{
    const char16_t* token;
    const char* name;
};

// Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", and Android says "Linux".
constexpr std::array Browsers {
    Marker {u"Edg/", "Edge"},
    Marker {u"OPR/", "Opera"},
    Marker {u"Firefox/", "Firefox"},
    Marker {u"Chrome/", "Chrome"},
    Marker {u"CriOS/", "Chrome"},
    Marker {u"Safari/", "Safari"},
};
constexpr std::array Systems {
    Marker {u"Android", "Android"},
    Marker {u"iPhone", "iOS"},
    Marker {u"iPad", "iPadOS"},
    Marker {u"Windows", "Windows"},
    Marker {u"Mac OS X", "macOS"},
    Marker {u"CrOS", "ChromeOS"},
    Marker {u"Linux", "Linux"},
};

template<std::size_t N>
QString find(const QString& text, const std::array<Marker, N>& markers)
{
    for (const Marker& marker : markers) {
        if (text.contains(QStringView(marker.token)))
            return QLatin1String(marker.name);
    }
    return {};
}

} // namespace

QString UserAgentText::shortForm(const QString& userAgent)
{
    const QString text = userAgent.trimmed().left(512);
    if (text.isEmpty())
        return {};
    const QString browser = text.startsWith(QLatin1String("Mozilla/")) ? find(text, Browsers) : QString();
    const QString system = find(text, Systems);
    if (!browser.isEmpty() && !system.isEmpty())
        //: A device in the sessions table: %1 is a browser such as Firefox, %2 a system such as Linux
        return tr("%1 on %2").arg(browser, system);
    if (!browser.isEmpty())
        return browser;
    // Not a browser: the first product token ("curl/8.5.0" -> "curl", "okhttp/4.12" -> "okhttp").
    const QString product = text.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('/'), 0, 0);
    if (!system.isEmpty() && product == QLatin1String("Mozilla"))
        return system;
    return product.left(40);
}

} // namespace UserAdmin
