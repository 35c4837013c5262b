// SPDX-License-Identifier: MIT
#include "FaultBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <array>

namespace UserAdmin::DevServer {

namespace {

QJsonValue different(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return -value.toDouble() - 1;
    case QJsonValue::String:
        return QStringLiteral("duplicate");
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Array:
        return QJsonArray();
    case QJsonValue::Object:
        return QJsonObject();
    default:
        return 0;
    }
}

QByteArray encode(const QJsonValue& value)
{
    // Wrapped in an array so that scalars serialize too, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void setAt(QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        object.insert(path.constFirst(), value);
        return;
    }
    QJsonObject inner = object.value(path.constFirst()).toObject();
    setAt(inner, path.mid(1), value);
    object.insert(path.constFirst(), inner);
}

/// CRC-32 (IEEE) of count zero bytes continuing from crc, in O(log count): zlib's crc32_combine method.
quint32 gf2Times(const std::array<quint32, 32>& matrix, quint32 vector)
{
    quint32 sum = 0;
    for (int i = 0; vector; vector >>= 1, ++i) {
        if (vector & 1)
            sum ^= matrix[std::size_t(i)];
    }
    return sum;
}

std::array<quint32, 32> gf2Square(const std::array<quint32, 32>& matrix)
{
    std::array<quint32, 32> square {};
    for (std::size_t i = 0; i < 32; ++i)
        square[i] = gf2Times(matrix, matrix[i]);
    return square;
}

quint32 crcOfZeros(qint64 count)
{
    // The register is "one's complement in, one's complement out"; zero bytes only shift it.
    quint32 crc = 0xffffffffU;
    std::array<quint32, 32> odd {}; // the operator for one zero bit
    odd[0] = 0xedb88320U;
    for (std::size_t i = 1; i < 32; ++i)
        odd[i] = 1U << (i - 1);
    std::array<quint32, 32> even = gf2Square(odd); // two bits
    odd = gf2Square(even); // four bits
    auto bits = quint64(count); // in bytes: each step squares to the next power of two of bytes
    do {
        even = gf2Square(odd); // first pass: one byte
        if (bits & 1)
            crc = gf2Times(even, crc);
        bits >>= 1;
        if (!bits)
            break;
        odd = gf2Square(even);
        if (bits & 1)
            crc = gf2Times(odd, crc);
        bits >>= 1;
    } while (bits);
    return crc ^ 0xffffffffU;
}

class BitWriter
{
public:
    explicit BitWriter(QByteArray* out)
        : m_out(out)
    { }
    /// value's bits from least significant (deflate's order for headers and extra bits).
    void bits(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
    }
    /// A Huffman code, most significant bit first.
    void code(quint32 value, int length)
    {
        for (int i = length - 1; i >= 0; --i)
            bit((value >> i) & 1);
    }
    void flush()
    {
        if (m_count > 0)
            m_out->append(char(m_byte));
        m_byte = 0;
        m_count = 0;
    }

private:
    void bit(quint32 b)
    {
        m_byte |= quint8(b << m_count);
        if (++m_count == 8) {
            m_out->append(char(m_byte));
            m_byte = 0;
            m_count = 0;
        }
    }
    QByteArray* m_out;
    quint8 m_byte = 0;
    int m_count = 0;
};

void appendLittleEndian(QByteArray* out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out->append(char((value >> (8 * i)) & 0xff));
}

} // namespace

QByteArray FaultBodies::invalidUtf8(const QByteArray& json)
{
    static const QByteArray invalid = QByteArrayLiteral("\xC0\xAF\x80\xFF");
    QByteArray body = json.isEmpty() ? QByteArrayLiteral("{\"error\":\"\"}") : json;
    // The first string value: after the first ':"'.
    const qsizetype at = body.indexOf(":\"");
    if (at >= 0)
        body.insert(at + 2, invalid);
    else
        body.append(invalid);
    return body;
}

QByteArray FaultBodies::duplicateKeys(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QByteArray out = "{";
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QByteArray key = encode(it.key());
        if (out.size() > 1)
            out += ',';
        out += key + ':' + encode(different(it.value())) + ',' + key + ':' + encode(it.value());
    }
    return out + '}';
}

QByteArray FaultBodies::patch(const QByteArray& json, const QJsonObject& set, const QJsonObject& setRaw)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        setAt(object, it.key().split(QLatin1Char('.')), it.value());
    // Raw values go in as unique placeholder strings, replaced after serializing.
    QList<QPair<QByteArray, QByteArray>> raw;
    for (auto it = setRaw.constBegin(); it != setRaw.constEnd(); ++it) {
        const QString placeholder = QStringLiteral("__sso_dev_server_raw_%1__").arg(raw.size());
        setAt(object, it.key().split(QLatin1Char('.')), placeholder);
        raw.append({encode(placeholder), it.value().toString().toUtf8()});
    }
    QByteArray out = QJsonDocument(object).toJson(QJsonDocument::Compact);
    for (const auto& [placeholder, text] : raw)
        out.replace(placeholder, text);
    return out;
}

QByteArray FaultBodies::hugeChunk(qint64 total, qint64 offset, qint64 size)
{
    static const QByteArray head = QByteArrayLiteral("{\"padding\":\"");
    static const QByteArray tail = QByteArrayLiteral("\"}");
    QByteArray chunk;
    chunk.reserve(size);
    for (qint64 i = offset; i < offset + size && i < total; ++i) {
        if (i < head.size())
            chunk.append(head.at(i));
        else if (i >= total - tail.size())
            chunk.append(tail.at(i - (total - tail.size())));
        else
            chunk.append('a');
    }
    return chunk;
}

QByteArray FaultBodies::gzipOfZeros(qint64 expandedBytes)
{
    QByteArray out = QByteArrayLiteral("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"); // gzip, deflate, Unix
    out.reserve(int(expandedBytes / 258 * 13 / 8 + 64));
    BitWriter writer(&out);
    writer.bits(1, 1); // the final block
    writer.bits(1, 2); // fixed Huffman codes
    writer.code(0x30, 8); // literal 0x00
    qint64 remaining = expandedBytes - 1;
    while (remaining > 0) {
        // Length 258 is code 285 (8 bits 11000101); shorter ones for the rest: codes 257..284 with extra bits.
        const qint64 length = remaining >= 258 ? 258 : remaining;
        if (length == 258) {
            writer.code(0xc5, 8);
        } else if (length < 3) {
            for (qint64 i = 0; i < length; ++i)
                writer.code(0x30, 8);
            remaining -= length;
            continue;
        } else {
            static const std::array<int, 29> base = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                     31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
            static const std::array<int, 29> extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
            std::size_t index = 0;
            while (index + 1 < base.size() && base[index + 1] <= length)
                ++index;
            const int symbol = 257 + int(index);
            // Symbols 256..279 have 7-bit codes from 0; 280..287 8-bit codes from 0xc0.
            if (symbol <= 279)
                writer.code(quint32(symbol - 256), 7);
            else
                writer.code(quint32(0xc0 + symbol - 280), 8);
            writer.bits(quint32(length - base[index]), extra[index]);
        }
        writer.code(0, 5); // distance 1
        remaining -= length;
    }
    writer.code(0, 7); // end of block
    writer.flush();
    appendLittleEndian(&out, crcOfZeros(expandedBytes));
    appendLittleEndian(&out, quint32(expandedBytes & 0xffffffffU));
    return out;
}

} // namespace UserAdmin::DevServer
