// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace UserAdmin {

/// Builds request URLs with every path segment and query value fully percent-encoded.
/// QUrlQuery leaves `+` alone (which a server reads as a space), so values are encoded here instead.
class UrlEncoding
{
public:
    using QueryItems = QList<QPair<QString, QString>>;

    /// Everything but RFC 3986 unreserved characters is encoded, so `a/b` and `../x` stay one segment.
    static QByteArray encodePathSegment(QStringView segment);
    /// False for an empty segment and for `.` / `..`: QUrl decodes `%2E` back to a dot, so such a segment
    /// would be taken for a dot-segment (or a trailing slash) on the way. No valid slug or id looks like that.
    /// False as well for text that is not well-formed UTF-16 (a lone surrogate would become `%3F`).
    static bool isSafePathSegment(QStringView segment);
    /// Everything but unreserved characters, so `+`, `&`, `#`, `%`, `=`, space and non-ASCII survive.
    static QByteArray encodeQueryValue(QStringView value);
    static QByteArray encodeQuery(const QueryItems& items);
    /// `base` may carry a path prefix (e.g. `https://host/sso`); its query and fragment are dropped.
    /// Returns an invalid URL when a segment is not safe (see isSafePathSegment) or a query name or value is not
    /// well-formed UTF-16.
    static QUrl buildUrl(const QUrl& base, const QStringList& segments, const QueryItems& query = {});
};

} // namespace UserAdmin
