// SPDX-License-Identifier: MIT
#include "api/ServerAddress.h"

namespace UserAdmin {

ServerAddress::Result ServerAddress::fromUserInput(const QString& text, bool allowInsecureHttp)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    QUrl url;
    if (!trimmed.contains(QLatin1String("://"))) {
        const QUrl probe(QStringLiteral("http://") + trimmed, QUrl::TolerantMode);
        const bool loopback = probe.isValid() && TransportPolicy::isLoopbackHost(probe.host());
        url = QUrl((loopback ? QStringLiteral("http://") : QStringLiteral("https://")) + trimmed, QUrl::TolerantMode);
    } else {
        url = QUrl(trimmed, QUrl::TolerantMode);
    }
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid() || url.host().isEmpty()) {
        result.problem = Problem::NotAUrl;
        return result;
    }
    result.url = url;
    switch (TransportPolicy::check(url, allowInsecureHttp)) {
    case TransportPolicy::Refusal::None:
        result.problem = Problem::None;
        break;
    case TransportPolicy::Refusal::InvalidUrl:
        result.problem = Problem::NotAUrl;
        break;
    case TransportPolicy::Refusal::InsecureHttp:
        result.problem = Problem::InsecureHttp;
        break;
    case TransportPolicy::Refusal::UnsupportedScheme:
        result.problem = Problem::UnsupportedScheme;
        break;
    }
    return result;
}

} // namespace UserAdmin
