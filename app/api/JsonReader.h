// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace UserAdmin {

/// Reads typed fields out of JSON while tracking the field path; the first problem is kept as a Decoding error.
/// After a failure every accessor returns an empty value, so a decoder can read on and check ok() once.
class JsonReader
{
public:
    /// Parses a body that must be a JSON object (parseObject) or array (parseArray).
    std::optional<QJsonObject> parseObject(const QByteArray& body);
    std::optional<QJsonArray> parseArray(const QByteArray& body);

    bool ok() const { return !m_failed; }
    ApiError error() const;
    void fail(const QString& field, const QString& problem);

    /// Names the current position, e.g. `users[3]`; nest with Scope.
    class Scope
    {
    public:
        Scope(JsonReader& reader, const QString& segment);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        JsonReader& m_reader;
    };
    QString path(QStringView key = {}) const;

    QString requireString(const QJsonObject& object, QStringView key);
    /// Missing key or null: nullopt. Another type: failure.
    std::optional<QString> optionalString(const QJsonObject& object, QStringView key);
    std::optional<bool> optionalBool(const QJsonObject& object, QStringView key);
    qint64 requireInteger(const QJsonObject& object, QStringView key);
    std::optional<qint64> optionalInteger(const QJsonObject& object, QStringView key);
    /// Missing or null is a failure; an unparsable string becomes nullopt with a warning (shown as "—").
    std::optional<QDateTime> requireTimestamp(const QJsonObject& object, QStringView key);
    std::optional<QDateTime> optionalTimestamp(const QJsonObject& object, QStringView key);
    QJsonObject requireObject(const QJsonObject& object, QStringView key);
    std::optional<QJsonObject> optionalObject(const QJsonObject& object, QStringView key);
    QJsonArray requireArray(const QJsonObject& object, QStringView key);
    std::optional<QJsonArray> optionalArray(const QJsonObject& object, QStringView key);
    /// Each element must be a string.
    QStringList stringList(const QJsonArray& array, QStringView key);
    /// Element `index` of `array` (named `key`) as an object.
    QJsonObject objectAt(const QJsonArray& array, QStringView key, qsizetype index);

private:
    std::optional<QDateTime> timestamp(const QJsonValue& value, QStringView key);
    bool present(const QJsonObject& object, QStringView key, QJsonValue& value) const;

    QStringList m_path;
    bool m_failed = false;
    QString m_field;
    QString m_problem;
};

} // namespace UserAdmin
