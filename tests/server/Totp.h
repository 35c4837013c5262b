// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace UserAdmin::DevServer {

/// RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA-1, 30-second steps,
/// 6 digits, secrets in base32 (RFC 4648, no padding).
class Totp
{
public:
    static constexpr qint64 StepSeconds = 30;

    static std::optional<QByteArray> decodeBase32(const QString& secret);
    /// The code of the step that contains unixSeconds.
    static QString code(const QByteArray& key, qint64 unixSeconds);
    /// True when code is the code of the current step or of the one before or after (clock skew).
    static bool accepts(const QByteArray& key, const QString& code, qint64 unixSeconds);
};

} // namespace UserAdmin::DevServer
