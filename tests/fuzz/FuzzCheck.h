// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

/// Helpers shared by the libFuzzer targets. A target checks what the decoded value may be (the invariants of the
/// contract), not only that decoding does not crash: a broken invariant aborts, and libFuzzer keeps the input.

/// An invariant the decoded value must hold; a broken one aborts.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::UserAdminFuzz::fail(#condition, __FILE__, __LINE__);                                                     \
    } while (false)

namespace UserAdminFuzz {

[[noreturn]] inline void fail(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "\n==FUZZ== invariant broken: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

/// The fuzz input as a QByteArray, copied (the app's bodies are always NUL-terminated copies).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Splits `input` at the first `separator`; the head is returned, `input` keeps the rest (empty when none).
inline QByteArray takeUntil(QByteArray& input, char separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0) {
        QByteArray all = input;
        input.clear();
        return all;
    }
    QByteArray head = input.left(at);
    input.remove(0, at + 1);
    return head;
}

/// A timestamp the decoders may hand out: a valid UTC time with a four-digit year.
inline bool isSaneTimestamp(const QDateTime& time)
{
    return time.isValid() && time.timeSpec() == Qt::UTC && time.date().year() >= 1 && time.date().year() <= 9999;
}

/// A timestamp a decoder handed out: valid UTC, a year within 1..9999 (offsets are range-checked: finding 7 of issue
/// 14, `0001-01-01T00:00:00+01:00` would be year 0).
inline void checkTimestamp(const std::optional<QDateTime>& time)
{
    if (!time)
        return;
    FUZZ_CHECK(time->isValid() && time->timeSpec() == Qt::UTC);
    FUZZ_CHECK(isSaneTimestamp(*time));
}

/// Well-formed Unicode (no lone surrogates): what an id must be to build an unambiguous request.
inline bool isWellFormed(const QString& text)
{
    return QStringView(text).isValidUtf16();
}

/// Keeps Qt's warnings about bad input out of the fuzzer's output.
void silenceQtMessages();

} // namespace UserAdminFuzz
