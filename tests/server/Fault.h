// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace UserAdmin::DevServer {

/// One injected fault (see README.md, "Control endpoint").
struct Fault
{
    enum class Kind {
        Status,
        Latency,
        Malformed,
        Truncated,
        Close,
        Trickle,
        Redirect,
        Drip,
        Reset,
        Hang,
        Huge,
        Gzip,
        InvalidUtf8,
        ContentType,
        DuplicateKeys,
        Patch,
    };

    int id = 0;
    QString pathPattern;
    QRegularExpression pathRegex;
    QByteArray method; // empty: any
    Kind kind = Kind::Status;
    int remaining = 1; // -1: for ever
    int status = 0;
    QByteArray body;
    bool hasBody = false;
    int milliseconds = 0;
    QByteArray location;
    QByteArray retryAfter; // status: the Retry-After header sent with it (empty: none)
    bool handleBeforeClose = false;
    qint64 bytes = 0; // huge: body size; gzip: expanded size
    QByteArray contentType;
    QJsonObject set; // patch: dotted path -> JSON value
    QJsonObject setRaw; // patch: dotted path -> JSON text spliced in as it is

    /// Builds a fault from the control endpoint's JSON; on failure returns false and sets errorMessage.
    static bool fromJson(const QJsonObject& spec, Fault* fault, QString* errorMessage);
    /// Parses the --fault form "path=/x,kind=status,status=503".
    static bool fromSpec(const QString& spec, Fault* fault, QString* errorMessage);
    bool matches(const QByteArray& requestMethod, const QString& path) const;
};

} // namespace UserAdmin::DevServer
