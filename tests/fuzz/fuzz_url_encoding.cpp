// SPDX-License-Identifier: MIT
// Request URLs from server-given ids and typed searches: every segment stays one segment and decodes back, and
// different ids never build the same request. Input: a mode byte, then text (UTF-8, or raw UTF-16 so lone
// surrogates occur) split at NUL into segments; the last part is a query value.
#include "FuzzCheck.h"

#include "api/UrlEncoding.h"

#include <cctype>
#include <cstring>

using namespace UserAdmin;
using namespace UserAdminFuzz;

namespace {

bool isUnreservedOrEscape(const QByteArray& encoded)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~')
            continue;
        if (c != '%' || i + 2 >= encoded.size() || !isxdigit(encoded.at(i + 1)) || !isxdigit(encoded.at(i + 2)))
            return false;
        i += 2;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    QString text;
    if (data[0] & 1) {
        text.resize(qsizetype((size - 1) / 2));
        std::memcpy(text.data(), data + 1, size_t(text.size()) * sizeof(QChar));
    } else
        text = QString::fromUtf8(bytes(data + 1, size - 1));
    QStringList parts = text.split(QChar(0));
    const QString queryValue = parts.size() > 1 ? parts.takeLast() : QString();

    for (const QString& part : parts) {
        const QByteArray encoded = UrlEncoding::encodePathSegment(part);
        FUZZ_CHECK(isUnreservedOrEscape(encoded));
        FUZZ_CHECK(!encoded.contains('/'));
        FUZZ_CHECK(QByteArray::fromPercentEncoding(encoded) == part.toUtf8());
        // Safe: not empty, not a dot segment, and well-formed UTF-16 (a lone surrogate would collapse to `%3F`).
        FUZZ_CHECK(UrlEncoding::isSafePathSegment(part)
                   == (!part.isEmpty() && part != u"." && part != u".." && QStringView(part).isValidUtf16()));
    }
    // Two different ids must not build the same request (finding 7: lone surrogates collapse to `%3F`, which is why
    // an unsafe segment is refused before any request is built).
    if (parts.size() >= 2 && parts.at(0) != parts.at(1) && UrlEncoding::isSafePathSegment(parts.at(0))
        && UrlEncoding::isSafePathSegment(parts.at(1)))
        FUZZ_CHECK(UrlEncoding::encodePathSegment(parts.at(0)) != UrlEncoding::encodePathSegment(parts.at(1)));

    const QByteArray encodedValue = UrlEncoding::encodeQueryValue(queryValue);
    FUZZ_CHECK(isUnreservedOrEscape(encodedValue));
    FUZZ_CHECK(QByteArray::fromPercentEncoding(encodedValue) == queryValue.toUtf8());

    const QUrl base(QStringLiteral("https://sso.example.test/api/"));
    const UrlEncoding::QueryItems query {{QStringLiteral("search"), queryValue},
                                         {QStringLiteral("page"), QStringLiteral("2")}};
    const QUrl url = UrlEncoding::buildUrl(base, parts, query);
    // buildUrl refuses unsafe segments and a query value that is not well-formed UTF-16.
    bool safe = QStringView(queryValue).isValidUtf16();
    for (const QString& part : parts)
        safe = safe && UrlEncoding::isSafePathSegment(part);
    FUZZ_CHECK(url.isValid() == safe);
    if (!safe)
        return 0;
    FUZZ_CHECK(url.scheme() == u"https" && url.host() == u"sso.example.test");
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QList<QByteArray> segments = path.split('/');
    FUZZ_CHECK(segments.size() == parts.size() + 2); // "", "api", then one per part
    for (qsizetype i = 0; i < parts.size(); ++i)
        FUZZ_CHECK(QByteArray::fromPercentEncoding(segments.at(i + 2)) == parts.at(i).toUtf8());
    const QList<QByteArray> pairs = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    FUZZ_CHECK(pairs.size() == 2);
    FUZZ_CHECK(QByteArray::fromPercentEncoding(pairs.at(0)) == "search=" + queryValue.toUtf8());
    return 0;
}
