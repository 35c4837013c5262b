// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "directory/DirectoryQuery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace UserAdmin {

class LocalDirectory;

/// What one pasted address turned out to be in the local copy.
struct FoundAddress
{
    enum class Status { Found, NotFound, FoundMoreThanOnce };
    QString address;
    Status status = Status::NotFound;
    QList<EndUserSummary> users;
};

/// CSV export of the local copy (RFC 4180, UTF-8, header row) and the find-many lookup, shared by the window and
/// the command line.
class DirectoryExport
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error; ///< English detail (SQLite's or the file's message)
    };
    /// Called every few thousand rows with the rows written; returning false cancels.
    using Progress = std::function<bool(qint64 rows)>;

    static QStringList header();
    static QStringList fields(const EndUserSummary& user);
    /// Writes every row matching `query`, in its order.
    static Result
    writeCsv(LocalDirectory& directory, const DirectoryQuery& query, QIODevice* device, const Progress& progress = {});

    static QList<FoundAddress> find(LocalDirectory& directory, const QStringList& addresses, QString* error = nullptr);
    static QStringList findHeader();
    /// "found", "not found" or "found more than once" (file values, not translated).
    static QString statusValue(FoundAddress::Status status);
    static Result writeFindCsv(const QList<FoundAddress>& results, QIODevice* device);
};

} // namespace UserAdmin
