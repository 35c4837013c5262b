// SPDX-License-Identifier: MIT
#include "Fault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace UserAdmin::DevServer {

namespace {

bool kindFromName(const QString& name, Fault::Kind* kind)
{
    static const QList<QPair<QString, Fault::Kind>> kinds = {
        {QStringLiteral("status"), Fault::Kind::Status},
        {QStringLiteral("latency"), Fault::Kind::Latency},
        {QStringLiteral("malformed"), Fault::Kind::Malformed},
        {QStringLiteral("truncated"), Fault::Kind::Truncated},
        {QStringLiteral("close"), Fault::Kind::Close},
        {QStringLiteral("trickle"), Fault::Kind::Trickle},
        {QStringLiteral("redirect"), Fault::Kind::Redirect},
        {QStringLiteral("drip"), Fault::Kind::Drip},
        {QStringLiteral("reset"), Fault::Kind::Reset},
        {QStringLiteral("hang"), Fault::Kind::Hang},
        {QStringLiteral("huge"), Fault::Kind::Huge},
        {QStringLiteral("gzip"), Fault::Kind::Gzip},
        {QStringLiteral("invalid_utf8"), Fault::Kind::InvalidUtf8},
        {QStringLiteral("content_type"), Fault::Kind::ContentType},
        {QStringLiteral("duplicate_keys"), Fault::Kind::DuplicateKeys},
        {QStringLiteral("patch"), Fault::Kind::Patch},
    };
    for (const auto& [candidate, value] : kinds) {
        if (candidate == name) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QRegularExpression globToRegex(const QString& pattern)
{
    QStringList pieces;
    for (const QString& piece : pattern.split(QLatin1Char('*')))
        pieces << QRegularExpression::escape(piece);
    return QRegularExpression(QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".+"))));
}

} // namespace

bool Fault::fromJson(const QJsonObject& spec, Fault* fault, QString* errorMessage)
{
    fault->pathPattern = spec.value(QStringLiteral("path")).toString();
    if (fault->pathPattern.isEmpty()) {
        *errorMessage = QStringLiteral("a fault needs a path");
        return false;
    }
    if (!kindFromName(spec.value(QStringLiteral("kind")).toString(), &fault->kind)) {
        *errorMessage = QStringLiteral("unknown fault kind");
        return false;
    }
    fault->pathRegex = globToRegex(fault->pathPattern);
    fault->method = spec.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault->remaining = spec.value(QStringLiteral("count")).toInt(1);
    if (fault->remaining == 0 || fault->remaining < -1) {
        *errorMessage = QStringLiteral("count must be positive or -1");
        return false;
    }
    const int defaultStatus = fault->kind == Kind::Redirect ? 302 : 500;
    fault->status = spec.value(QStringLiteral("status")).toInt(defaultStatus);
    const QJsonValue body = spec.value(QStringLiteral("body"));
    fault->hasBody = !body.isUndefined() && !body.isNull();
    if (body.isString())
        fault->body = body.toString().toUtf8();
    else if (body.isObject())
        fault->body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        fault->body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    fault->milliseconds = spec.value(QStringLiteral("ms")).toInt(fault->kind == Kind::Trickle ? 2000 : 1000);
    if (fault->milliseconds < 0 || fault->milliseconds > 3600 * 1000) {
        *errorMessage = QStringLiteral("ms must be 0 to 3600000");
        return false;
    }
    fault->location = spec.value(QStringLiteral("location")).toString().toUtf8();
    const QJsonValue retryAfter = spec.value(QStringLiteral("retry_after"));
    fault->retryAfter =
        retryAfter.isDouble() ? QByteArray::number(qint64(retryAfter.toDouble())) : retryAfter.toString().toLatin1();
    fault->handleBeforeClose = spec.value(QStringLiteral("handle")).toBool(false);
    const qint64 defaultBytes = fault->kind == Kind::Gzip ? qint64(1) << 30 : 20 * 1000 * 1000;
    fault->bytes = qint64(spec.value(QStringLiteral("bytes")).toDouble(double(defaultBytes)));
    if (fault->bytes < 16 || fault->bytes > (qint64(16) << 30)) {
        *errorMessage = QStringLiteral("bytes must be 16 to 16 GiB");
        return false;
    }
    fault->contentType =
        spec.value(QStringLiteral("content_type")).toString(QStringLiteral("text/html; charset=utf-8")).toUtf8();
    fault->set = spec.value(QStringLiteral("set")).toObject();
    fault->setRaw = spec.value(QStringLiteral("set_raw")).toObject();
    for (auto it = fault->setRaw.constBegin(); it != fault->setRaw.constEnd(); ++it) {
        if (!it.value().isString()) {
            *errorMessage = QStringLiteral("set_raw values are JSON text in strings");
            return false;
        }
    }
    return true;
}

bool Fault::fromSpec(const QString& spec, Fault* fault, QString* errorMessage)
{
    QJsonObject object;
    for (const QString& pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *errorMessage = QStringLiteral("bad fault item: %1").arg(pair);
            return false;
        }
        const QString key = pair.left(equals).trimmed();
        const QString value = pair.mid(equals + 1).trimmed();
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        if (key == QLatin1String("handle"))
            object.insert(key, value == QLatin1String("true") || value == QLatin1String("1"));
        else if (isNumber && key != QLatin1String("body") && key != QLatin1String("path")
                 && key != QLatin1String("location") && key != QLatin1String("content_type"))
            object.insert(key, double(number));
        else
            object.insert(key, value);
    }
    return fromJson(object, fault, errorMessage);
}

bool Fault::matches(const QByteArray& requestMethod, const QString& path) const
{
    if (remaining == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (!pathPattern.contains(QLatin1Char('*')))
        return pathPattern == path;
    return pathRegex.match(path).hasMatch();
}

} // namespace UserAdmin::DevServer
