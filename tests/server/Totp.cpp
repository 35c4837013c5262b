// SPDX-License-Identifier: MIT
#include "Totp.h"

#include <QMessageAuthenticationCode>

namespace UserAdmin::DevServer {

std::optional<QByteArray> Totp::decodeBase32(const QString& secret)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : secret) {
        int value = -1;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A';
        else if (c >= QLatin1Char('2') && c <= QLatin1Char('7'))
            value = c.unicode() - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QString Totp::code(const QByteArray& key, qint64 unixSeconds)
{
    const auto counter = quint64(unixSeconds / StepSeconds);
    QByteArray message(8, '\0');
    for (int i = 0; i < 8; ++i)
        message[7 - i] = char((counter >> (8 * i)) & 0xff);
    const QByteArray hash = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = hash.at(19) & 0x0f;
    const quint32 binary = (quint32(hash.at(offset) & 0x7f) << 24) | (quint32(quint8(hash.at(offset + 1))) << 16)
        | (quint32(quint8(hash.at(offset + 2))) << 8) | quint32(quint8(hash.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool Totp::accepts(const QByteArray& key, const QString& code, qint64 unixSeconds)
{
    if (code.size() != 6)
        return false;
    for (qint64 step : {qint64(0), -StepSeconds, StepSeconds}) {
        if (Totp::code(key, unixSeconds + step) == code)
            return true;
    }
    return false;
}

} // namespace UserAdmin::DevServer
