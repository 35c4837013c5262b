// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace UserAdmin::DevServer {

/// The bodies of the faults that change an answer rather than the connection (README.md, "Faults").
class FaultBodies
{
public:
    /// Invalid UTF-8 (an overlong sequence, a lone continuation byte and 0xFF) inside the first string value.
    static QByteArray invalidUtf8(const QByteArray& json);
    /// Every top-level member twice: first with a different value of the same type, then the real one.
    static QByteArray duplicateKeys(const QByteArray& json);
    /// The answer with values replaced at dotted paths ("pagination.limit"); raw values are JSON text spliced
    /// in unchanged (for numbers a double cannot hold, such as 9223372036854775807).
    static QByteArray patch(const QByteArray& json, const QJsonObject& set, const QJsonObject& setRaw);
    /// Part of a JSON object {"padding":"aaa..."} of exactly total bytes: bytes [offset, offset + size).
    static QByteArray hugeChunk(qint64 total, qint64 offset, qint64 size);
    /// A gzip member that inflates to expandedBytes zero bytes, built without holding them: one deflate block of
    /// fixed Huffman codes, a literal and then length-258 copies (about 6.5 MB for 1 GiB).
    static QByteArray gzipOfZeros(qint64 expandedBytes);
};

} // namespace UserAdmin::DevServer
