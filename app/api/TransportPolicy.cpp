// SPDX-License-Identifier: MIT
#include "api/TransportPolicy.h"

#include <QHostAddress>

namespace UserAdmin {

bool TransportPolicy::isLoopbackHost(const QString& host)
{
    const QString lower = host.toLower();
    if (lower == QStringLiteral("localhost") || lower.endsWith(QStringLiteral(".localhost")))
        return true;
    QString address = lower;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

TransportPolicy::Refusal TransportPolicy::check(const QUrl& url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return Refusal::InvalidUrl;
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return Refusal::None;
    if (scheme == QStringLiteral("http"))
        return allowInsecureHttp || isLoopbackHost(url.host()) ? Refusal::None : Refusal::InsecureHttp;
    return Refusal::UnsupportedScheme;
}

QString TransportPolicy::origin(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QStringLiteral("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(url.port(defaultPort));
}

} // namespace UserAdmin
