// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <limits>
#include <optional>

namespace UserAdmin {

/// Reads typed fields out of JSON while tracking the field path; the first problem is kept as a Decoding error.
/// After a failure every accessor returns an empty value, so a decoder can read on and check ok() once.
class JsonReader
{
public:
    /// The largest count or quota a decoder accepts: no real one comes near, and it keeps arithmetic on it safe.
    static constexpr qint64 MaxCount = std::numeric_limits<qint32>::max();
    /// The decoder skeleton: parses `body` as a JSON object, reads it with `read(JsonReader&, const QJsonObject&)`
    /// and returns the value only when nothing went wrong; otherwise nullopt, with `error` naming the field.
    template<typename T, typename Read>
    static std::optional<T> decodeObject(const QByteArray& body, ApiError& error, Read&& read)
    {
        JsonReader reader;
        std::optional<T> result;
        if (const auto root = reader.parseObject(body))
            result = read(reader, *root);
        if (!reader.ok()) {
            error = reader.error();
            return std::nullopt;
        }
        return result;
    }
    /// The same for a body that must be a JSON array: `read(JsonReader&, const QJsonArray&)`.
    template<typename T, typename Read>
    static std::optional<T> decodeArray(const QByteArray& body, ApiError& error, Read&& read)
    {
        JsonReader reader;
        std::optional<T> result;
        if (const auto root = reader.parseArray(body))
            result = read(reader, *root);
        if (!reader.ok()) {
            error = reader.error();
            return std::nullopt;
        }
        return result;
    }

    /// Reads every element of `array` (named `key`, empty for a bare array) as an object with
    /// `read(const QJsonObject&)`, each inside the scope `key[i]`; stops at the first problem.
    template<typename T, typename Read>
    QList<T> readObjects(const QJsonArray& array, QStringView key, Read&& read)
    {
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QJsonObject object = objectAt(array, key, i);
            Scope scope(*this, QStringLiteral("%1[%2]").arg(key).arg(i));
            T item = read(object);
            if (ok())
                items.append(std::move(item));
        }
        return items;
    }

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
    /// An identifier (id, slug): a string of 1..MaxIdLength characters of well-formed UTF-16. An empty id or
    /// one with a lone surrogate (which would be sent as `%3F`, the same as another id) is a failure.
    QString requireId(const QJsonObject& object, QStringView key);
    static constexpr qsizetype MaxIdLength = 1000;
    /// Missing key or null: nullopt. Another type: failure.
    std::optional<QString> optionalString(const QJsonObject& object, QStringView key);
    std::optional<bool> optionalBool(const QJsonObject& object, QStringView key);
    qint64 requireInteger(const QJsonObject& object, QStringView key);
    std::optional<qint64> optionalInteger(const QJsonObject& object, QStringView key);
    /// An integer that must lie in [minimum, maximum] when present; outside it is a failure naming the field.
    std::optional<qint64> optionalInteger(const QJsonObject& object, QStringView key, qint64 minimum, qint64 maximum);
    qint64 requireInteger(const QJsonObject& object, QStringView key, qint64 minimum, qint64 maximum);
    /// Missing or null is a failure; an unparsable string becomes nullopt with a warning (shown as "—").
    std::optional<QDateTime>
    requireTimestamp(const QJsonObject& object, QStringView key, Timestamp::Zone zone = Timestamp::Zone::Required);
    std::optional<QDateTime>
    optionalTimestamp(const QJsonObject& object, QStringView key, Timestamp::Zone zone = Timestamp::Zone::Required);
    QJsonObject requireObject(const QJsonObject& object, QStringView key);
    std::optional<QJsonObject> optionalObject(const QJsonObject& object, QStringView key);
    QJsonArray requireArray(const QJsonObject& object, QStringView key);
    std::optional<QJsonArray> optionalArray(const QJsonObject& object, QStringView key);
    /// Each element must be a string.
    QStringList stringList(const QJsonArray& array, QStringView key);
    /// Element `index` of `array` (named `key`) as an object.
    QJsonObject objectAt(const QJsonArray& array, QStringView key, qsizetype index);

private:
    std::optional<QDateTime> timestamp(const QJsonValue& value, QStringView key, Timestamp::Zone zone);
    bool present(const QJsonObject& object, QStringView key, QJsonValue& value) const;
    enum class Container { Object, Array };
    /// The value at `key` when it is an object (or array); a failure when it is another type, or absent and required.
    std::optional<QJsonValue> container(const QJsonObject& object, QStringView key, Container kind, bool required);

    QStringList m_path;
    bool m_failed = false;
    QString m_field;
    QString m_problem;
};

} // namespace UserAdmin
