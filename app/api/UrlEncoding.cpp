// SPDX-License-Identifier: MIT
#include "api/UrlEncoding.h"

namespace UserAdmin {

QByteArray UrlEncoding::encodePathSegment(QStringView segment)
{
    if (segment == u"." || segment == u"..")
        return QByteArray(segment.size(), '.').replace(".", "%2E");
    return QUrl::toPercentEncoding(segment.toString());
}

QByteArray UrlEncoding::encodeQueryValue(QStringView value)
{
    return QUrl::toPercentEncoding(value.toString());
}

QByteArray UrlEncoding::encodeQuery(const QueryItems& items)
{
    QByteArray query;
    for (const auto& [name, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += encodeQueryValue(name) + '=' + encodeQueryValue(value);
    }
    return query;
}

bool UrlEncoding::isSafePathSegment(QStringView segment)
{
    // A lone surrogate has no UTF-8 form: it would be encoded as `%3F`, so two different ids would ask for the
    // same resource.
    return !segment.isEmpty() && segment != u"." && segment != u".." && segment.isValidUtf16();
}

QUrl UrlEncoding::buildUrl(const QUrl& base, const QStringList& segments, const QueryItems& query)
{
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    for (const QString& segment : segments) {
        if (!isSafePathSegment(segment))
            return {};
        encoded += '/' + encodePathSegment(segment);
    }
    for (const auto& [name, value] : query) {
        if (!QStringView(name).isValidUtf16() || !QStringView(value).isValidUtf16())
            return {};
    }
    if (!query.isEmpty())
        encoded += '?' + encodeQuery(query);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace UserAdmin
