// SPDX-License-Identifier: MIT
#include "api/JsonReader.h"

#include "api/Timestamp.h"
#include "core/Logging.h"

#include <QJsonDocument>

#include <cmath>

namespace UserAdmin {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

} // namespace

JsonReader::Scope::Scope(JsonReader& reader, const QString& segment)
    : m_reader(reader)
{
    m_reader.m_path.append(segment);
}

JsonReader::Scope::~Scope()
{
    m_reader.m_path.removeLast();
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(),
             QStringLiteral("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(QString(), QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonArray> JsonReader::parseArray(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(),
             QStringLiteral("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isArray()) {
        fail(QString(), QStringLiteral("expected a JSON array"));
        return std::nullopt;
    }
    return document.array();
}

ApiError JsonReader::error() const
{
    return m_failed ? ApiError::decoding(m_field, m_problem) : ApiError();
}

void JsonReader::fail(const QString& field, const QString& problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_field = field;
    m_problem = problem;
    qCWarning(lcApi) << "decoding error:" << (field.isEmpty() ? QStringLiteral("<body>") : field) << problem;
}

QString JsonReader::path(QStringView key) const
{
    QString result;
    for (const QString& segment : m_path) {
        if (!result.isEmpty() && !segment.startsWith(u'['))
            result += u'.';
        result += segment;
    }
    if (!key.isEmpty()) {
        if (!result.isEmpty() && !key.startsWith(u'['))
            result += u'.';
        result += key;
    }
    return result;
}

bool JsonReader::present(const QJsonObject& object, QStringView key, QJsonValue& value) const
{
    if (m_failed)
        return false;
    value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::requireString(const QJsonObject& object, QStringView key)
{
    QJsonValue value;
    if (!present(object, key, value)) {
        if (!m_failed)
            fail(path(key), QStringLiteral("required string is %1").arg(typeName(value)));
        return {};
    }
    if (!value.isString()) {
        fail(path(key), QStringLiteral("expected a string, got %1").arg(typeName(value)));
        return {};
    }
    return value.toString();
}

QString JsonReader::requireId(const QJsonObject& object, QStringView key)
{
    QString id = requireString(object, key);
    if (m_failed)
        return {};
    if (id.isEmpty()) {
        fail(path(key), QStringLiteral("empty identifier"));
        return {};
    }
    if (id.size() > MaxIdLength) {
        fail(path(key), QStringLiteral("identifier longer than %1 characters").arg(MaxIdLength));
        return {};
    }
    if (!QStringView(id).isValidUtf16()) {
        fail(path(key), QStringLiteral("identifier is not well-formed Unicode"));
        return {};
    }
    return id;
}

std::optional<QString> JsonReader::optionalString(const QJsonObject& object, QStringView key)
{
    QJsonValue value;
    if (!present(object, key, value))
        return std::nullopt;
    if (!value.isString()) {
        fail(path(key), QStringLiteral("expected a string, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonReader::optionalBool(const QJsonObject& object, QStringView key)
{
    QJsonValue value;
    if (!present(object, key, value))
        return std::nullopt;
    if (!value.isBool()) {
        fail(path(key), QStringLiteral("expected a boolean, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonReader::optionalInteger(const QJsonObject& object, QStringView key)
{
    QJsonValue value;
    if (!present(object, key, value))
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15) {
        fail(path(key), QStringLiteral("expected an integer, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 JsonReader::requireInteger(const QJsonObject& object, QStringView key)
{
    QJsonValue value;
    if (!present(object, key, value)) {
        if (!m_failed)
            fail(path(key), QStringLiteral("required integer is %1").arg(typeName(value)));
        return 0;
    }
    return optionalInteger(object, key).value_or(0);
}

std::optional<qint64>
JsonReader::optionalInteger(const QJsonObject& object, QStringView key, qint64 minimum, qint64 maximum)
{
    const auto value = optionalInteger(object, key);
    if (value && (*value < minimum || *value > maximum)) {
        fail(path(key), QStringLiteral("%1 is outside %2..%3").arg(*value).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

qint64 JsonReader::requireInteger(const QJsonObject& object, QStringView key, qint64 minimum, qint64 maximum)
{
    const qint64 value = requireInteger(object, key);
    if (ok() && (value < minimum || value > maximum)) {
        fail(path(key), QStringLiteral("%1 is outside %2..%3").arg(value).arg(minimum).arg(maximum));
        return minimum;
    }
    return value;
}

std::optional<QDateTime> JsonReader::timestamp(const QJsonValue& value, QStringView key, Timestamp::Zone zone)
{
    if (!value.isString()) {
        fail(path(key), QStringLiteral("expected a timestamp string, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    auto parsed = Timestamp::parse(value.toString(), zone);
    if (!parsed)
        qCWarning(lcApi) << "unparsable timestamp in" << path(key) << value.toString().left(64); // never a whole body
    return parsed;
}

std::optional<QDateTime> JsonReader::requireTimestamp(const QJsonObject& object, QStringView key, Timestamp::Zone zone)
{
    QJsonValue value;
    if (!present(object, key, value)) {
        if (!m_failed)
            fail(path(key), QStringLiteral("required timestamp is %1").arg(typeName(value)));
        return std::nullopt;
    }
    return timestamp(value, key, zone);
}

std::optional<QDateTime> JsonReader::optionalTimestamp(const QJsonObject& object, QStringView key, Timestamp::Zone zone)
{
    QJsonValue value;
    if (!present(object, key, value))
        return std::nullopt;
    return timestamp(value, key, zone);
}

std::optional<QJsonValue>
JsonReader::container(const QJsonObject& object, QStringView key, Container kind, bool required)
{
    const bool isObject = kind == Container::Object;
    QJsonValue value;
    if (!present(object, key, value)) {
        if (required && !m_failed)
            fail(path(key),
                 (isObject ? QStringLiteral("required object is %1") : QStringLiteral("required array is %1"))
                     .arg(typeName(value)));
        return std::nullopt;
    }
    if (isObject ? !value.isObject() : !value.isArray()) {
        fail(path(key),
             (isObject ? QStringLiteral("expected an object, got %1") : QStringLiteral("expected an array, got %1"))
                 .arg(typeName(value)));
        return std::nullopt;
    }
    return value;
}

QJsonObject JsonReader::requireObject(const QJsonObject& object, QStringView key)
{
    return container(object, key, Container::Object, true).value_or(QJsonValue()).toObject();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QJsonObject& object, QStringView key)
{
    const auto value = container(object, key, Container::Object, false);
    return value ? std::optional<QJsonObject>(value->toObject()) : std::nullopt;
}

QJsonArray JsonReader::requireArray(const QJsonObject& object, QStringView key)
{
    return container(object, key, Container::Array, true).value_or(QJsonValue()).toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QJsonObject& object, QStringView key)
{
    const auto value = container(object, key, Container::Array, false);
    return value ? std::optional<QJsonArray>(value->toArray()) : std::nullopt;
}

QStringList JsonReader::stringList(const QJsonArray& array, QStringView key)
{
    QStringList result;
    for (qsizetype i = 0; i < array.size() && !m_failed; ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString()) {
            fail(path(key) + QStringLiteral("[%1]").arg(i),
                 QStringLiteral("expected a string, got %1").arg(typeName(value)));
            return {};
        }
        result.append(value.toString());
    }
    return result;
}

QJsonObject JsonReader::objectAt(const QJsonArray& array, QStringView key, qsizetype index)
{
    if (m_failed)
        return {};
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(path(key) + QStringLiteral("[%1]").arg(index),
             QStringLiteral("expected an object, got %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

} // namespace UserAdmin
